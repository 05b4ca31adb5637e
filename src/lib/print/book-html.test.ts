import { describe, expect, it } from 'vitest';
import { bookHref, bookHtml, type BookOptions } from './book-html';

const parts = [
  { id: 'be-there', path: '/chapters/be-there/' },
  { id: 'be-patient', path: '/chapters/be-patient/' },
  { id: 'help', path: '/help/' },
];
const options: BookOptions = { base: '/', parts };
const part = parts[0]!;

describe('bookHtml', () => {
  it('prefixes every id and the references to it, so chapters never share one', () => {
    const html = bookHtml(
      '<section aria-labelledby="in-short"><h2 id="in-short">In short</h2></section><h2 id="listen">Listen</h2>',
      part,
      options,
    );
    expect(html).toContain('aria-labelledby="be-there--in-short"');
    expect(html).toContain('<h3 id="be-there--in-short">In short</h3>');
    expect(html).toContain('<h3 id="be-there--listen">Listen</h3>');
  });

  it('keeps links to the book inside the book and prints every other link as plain text', () => {
    const html = bookHtml(
      '<p>See <a href="/chapters/be-patient/#slow">being patient</a>, <a href="#listen">above</a>, ' +
        '<a href="/your-data/">your data</a> and <a href="https://example.org/">a site</a>.</p>',
      part,
      options,
    );
    expect(html).toContain('<a href="#be-patient--slow">being patient</a>');
    expect(html).toContain('<a href="#be-there--listen">above</a>');
    expect(html).toContain(', your data and a site.');
    expect(html).not.toMatch(/your-data|example\.org/);
  });

  it('follows the base path', () => {
    expect(bookHref('/handbook/help/#urgent-help', part, { base: '/handbook/', parts })).toBe(
      '#help--urgent-help',
    );
    expect(bookHref('/handbook/chapters/be-patient/', part, { base: '/handbook/', parts })).toBe(
      '#be-patient',
    );
  });

  it('drops scripts and islands, and the sections it is told to leave out', () => {
    const html = bookHtml(
      '<h2 id="keep">Keep</h2><p>a</p><h2 id="drop">Drop</h2><p>b</p><h3 id="sub">Sub</h3><p>c</p>' +
        '<h2 id="after">After</h2><script>x()</script><astro-island><p>island</p></astro-island>',
      part,
      { ...options, dropSections: ['drop'] },
    );
    expect(html).toContain('Keep');
    expect(html).toContain('After');
    expect(html).not.toMatch(/Drop|<p>b<\/p>|Sub|x\(\)|island/);
  });

  it('fails, naming the section and page, when a section it is told to leave out is not there', () => {
    expect(() =>
      bookHtml('<h2 id="keep">Keep</h2><p>a</p>', part, { ...options, dropSections: ['gone'] }),
    ).toThrow(/#gone of \/.*no such heading/);
  });
});
