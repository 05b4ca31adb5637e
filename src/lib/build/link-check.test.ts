import { describe, expect, it } from 'vitest';
import { findDeadLinks, idsIn, linksIn } from './link-check';

const page = (path: string, html: string) => ({ path, html });

describe('findDeadLinks', () => {
  const chapter = page(
    '/chapters/a/',
    '<h2 id="tell-it-all">Tell</h2><a href="#tell-it-all">x</a>',
  );

  it('accepts links to pages and sections that exist', () => {
    const home = page('/', '<a href="/chapters/a/#tell-it-all">a</a><a href="/favicon.svg">i</a>');
    expect(findDeadLinks([home, chapter], new Set(['/favicon.svg']))).toEqual([]);
  });

  it('reports a link to a renamed section, naming page and link', () => {
    const home = page('/', '<a href="/chapters/a/#tell-it-now">a</a>');
    expect(findDeadLinks([home, chapter], new Set())).toEqual([
      {
        page: '/',
        href: '/chapters/a/#tell-it-now',
        reason: 'has no element with id "tell-it-now" on /chapters/a/',
      },
    ]);
  });

  it('reports a link to a page that was not built', () => {
    const home = page('/', '<a class="x" href="/chapters/b/">b</a>');
    expect(findDeadLinks([home, chapter], new Set())[0]?.reason).toMatch(/no built page/);
  });

  it('resolves relative links and ignores other sites', () => {
    const home = page('/chapters/', '<a href="a/">a</a><a href="https://example.org/x">x</a>');
    expect(findDeadLinks([home, chapter], new Set())).toEqual([]);
  });

  it('checks links under a sub-path', () => {
    const home = page(
      '/',
      '<a href="/handbook/chapters/a/#tell-it-all">a</a><a href="/chapters/a/">b</a>',
    );
    const dead = findDeadLinks([home, chapter], new Set(), '/handbook/');
    expect(dead.map((d) => d.href)).toEqual(['/chapters/a/']);
  });
});

describe('idsIn and linksIn', () => {
  it('reads ids and hrefs, decoding entities', () => {
    expect([...idsIn('<p id="a">x</p><div data-id="no" id="b"></div>')]).toEqual(['a', 'b']);
    expect(linksIn('<a href="/s/?q=a&amp;b">x</a><link href="/x.css">')).toEqual(['/s/?q=a&b']);
  });
});
