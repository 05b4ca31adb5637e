import { describe, expect, it } from 'vitest';
import { parsePage } from './built-site';
import { findDeadLinks, idsIn, linksIn, repeatedIds, srcsetUrls } from './link-check';

const page = (path: string, html: string) => parsePage(path, html);
const chapter = page('/chapters/a/', '<h2 id="tell-it-all">Tell</h2><a href="#tell-it-all">x</a>');
const reasons = (home: ReturnType<typeof page>, files: string[] = [], base = '/') =>
  findDeadLinks([home, chapter], new Set(files), base).map((d) => `${d.href} ${d.reason}`);

describe('findDeadLinks', () => {
  it('accepts links to pages, sections and files that exist', () => {
    const home = page('/', '<a href="/chapters/a/#tell-it-all">a</a><a href="/favicon.svg">i</a>');
    expect(reasons(home, ['/favicon.svg'])).toEqual([]);
  });

  it('reports a link to a missing #fragment, naming page and link', () => {
    const home = page('/', '<a href="/chapters/a/#tell-it-now">a</a>');
    expect(findDeadLinks([home, chapter], new Set())).toEqual([
      {
        page: '/',
        href: '/chapters/a/#tell-it-now',
        reason: 'has no element with id "tell-it-now" on /chapters/a/',
      },
    ]);
  });

  it('names a link with a broken %-escape instead of failing the build without a word', () => {
    const home = page('/', '<a href="/chapters/a/#100%">a</a><a href="/caf%E9/">b</a>');
    expect(reasons(home)).toEqual([
      '/chapters/a/#100% has a broken %-escape in it',
      '/caf%E9/ has a broken %-escape in it',
    ]);
  });

  it('finds a page by its index.html too', () => {
    const home = page('/', '<a href="/chapters/a/index.html#tell-it-all">a</a>');
    expect(reasons(home)).toEqual([]);
  });

  it('reads single-quoted and unquoted attributes as well as double-quoted ones', () => {
    const home = page(
      '/',
      `<a class=x href='/chapters/gone/'>b</a><a href=/chapters/also-gone/>c</a><A HREF="/chapters/a/">d</A>`,
    );
    expect(reasons(home)).toEqual([
      '/chapters/gone/ points to no built page or file',
      '/chapters/also-gone/ points to no built page or file',
    ]);
  });

  it('checks every srcset entry, src, poster and form action', () => {
    const home = page(
      '/',
      `<img src="/a.png" srcset="/a.png 1x, /a-2x.png 2x" alt="">
       <picture><source srcset='/b.webp 400w,/b-big.webp 800w'></picture>
       <video poster="/poster.png"></video><form action="/search/"></form>
       <script type="module" src="/_astro/x.js"></script>`,
    );
    expect(reasons(home, ['/a.png', '/b.webp', '/_astro/x.js'])).toEqual([
      '/a-2x.png points to no built page or file',
      '/b-big.webp points to no built page or file',
      '/poster.png points to no built page or file',
      '/search/ points to no built page or file',
    ]);
  });

  it('resolves relative links and ignores other sites and mailto links', () => {
    const home = page(
      '/chapters/',
      '<a href="a/">a</a><a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>',
    );
    expect(reasons(home)).toEqual([]);
  });

  it('checks links under a sub-path', () => {
    const home = page(
      '/',
      '<a href="/handbook/chapters/a/#tell-it-all">a</a><a href="/chapters/a/">b</a>',
    );
    expect(reasons(home, [], '/handbook/')).toEqual([
      "/chapters/a/ is outside the site's base /handbook/",
    ]);
  });

  it('finds ids and links inside <template> markup too', () => {
    const home = page('/', '<template><a href="/chapters/a/#nope">x</a></template>');
    expect(reasons(home)).toEqual([
      '/chapters/a/#nope has no element with id "nope" on /chapters/a/',
    ]);
  });
});

describe('idsIn, linksIn and srcsetUrls', () => {
  it('reads ids and URLs with entities decoded', () => {
    const tree = page('/', '<p id="a">x</p><div data-id="no" id=b></div>').tree;
    expect([...idsIn(tree)]).toEqual(['a', 'b']);
    expect(linksIn(page('/', '<a href="/s/?q=a&amp;b">x</a><link href="/x.css">').tree)).toEqual([
      '/s/?q=a&b',
      '/x.css',
    ]);
  });

  it('takes the URL of each srcset candidate', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls(['/a.png 400w', ' /b.png'])).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls(undefined)).toEqual([]);
  });
});

describe('repeatedIds', () => {
  it('finds an id a page carries twice, as when a heading reuses the layout’s “in-short”', () => {
    const built = page(
      '/chapters/a/',
      '<aside id="in-short">In short</aside><h2 id="in-short">Not forever</h2><h2 id="b">B</h2>',
    );
    expect(repeatedIds(built.tree)).toEqual(['in-short']);
    expect(repeatedIds(chapter.tree)).toEqual([]);
  });

  it('leaves alone the markup of a <template>, which is not in the page until used', () => {
    const built = page('/w/', '<input id="ws-a-1"><template><input id="ws-a-1"></template>');
    expect(repeatedIds(built.tree)).toEqual([]);
  });
});
