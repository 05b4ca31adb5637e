import { describe, expect, it } from 'vitest';
import { parsePage, serializePage } from '../build/built-site';
import {
  countWords,
  dropIndexMarks,
  htmlForIndex,
  indexedText,
  kindFilter,
  searchKindOf,
  situationPhrasesByPage,
} from './index-html';

const chapter = () =>
  parsePage(
    '/chapters/be-patient/',
    `<html><body><header>Menu</header><main><article data-pagefind-body data-pagefind-filter="${kindFilter('Chapter')}">
<h1>Be patient</h1><h2 id="no-timeline">Don't set a timeline</h2><p>Body</p><script>var hidden;</script></article></main></body></html>`,
  );

describe('the search kind comes from the page', () => {
  it('reads the kind the template wrote beside the indexed content', () => {
    expect(searchKindOf(chapter().tree, '/x/')).toBe('Chapter');
    expect(
      searchKindOf(parsePage('/about/', '<main data-pagefind-body>About</main>').tree, '/about/'),
    ).toBeUndefined();
    // The help page is searched, though not offered as a kind to narrow to.
    const help = parsePage(
      '/help/',
      '<main data-pagefind-body data-pagefind-filter="kind:Help">In danger</main>',
    );
    expect(searchKindOf(help.tree, '/help/')).toBe('Help');
  });

  it('fails naming the page on an unknown kind or a kind with nothing to index', () => {
    const odd = parsePage(
      '/x/',
      '<main data-pagefind-body data-pagefind-filter="kind:Blog">x</main>',
    );
    expect(() => searchKindOf(odd.tree, '/x/')).toThrow('/x/: search kind "Blog"');
    const empty = parsePage('/y/', '<main data-pagefind-filter="kind:Chapter">x</main>');
    expect(() => searchKindOf(empty.tree, '/y/')).toThrow(/\/y\/: has a search kind but no/);
  });
});

describe('htmlForIndex', () => {
  it('adds the phrases, weighted and marked as index-only, right after the section heading, leaving the page alone', () => {
    const page = chapter();
    const out = htmlForIndex(page, new Map([['no-timeline', ['When <will> it end?', 'How long']]]));
    expect(out?.kind).toBe('Chapter');
    expect(out?.html).toMatch(
      /<h2 id="no-timeline">Don't set a timeline <\/h2><p hidden data-pagefind-weight="\d+">⁅ When &lt;will> it end. How long\. ⁆ <\/p><p>Body\. /,
    );
    expect(JSON.stringify(page.tree)).not.toContain('When');
  });

  it('labels each thing to avoid in the index’s copy only', () => {
    const page = parsePage(
      '/chapters/be-patient/',
      `<main><article data-pagefind-body data-pagefind-filter="${kindFilter('Chapter')}"><h1>Be patient</h1><div role="note" data-index-label="Avoid"><p>Avoid</p><div><ul><li>Rushing them</li></ul></div></div></article></main>`,
    );
    expect(htmlForIndex(page)?.html).toContain('<ul><li>Avoid: Rushing them. </li></ul>');
    expect(serializePage(page.tree)).toContain('<p>Avoid</p><div><ul><li>Rushing them</li>');
  });

  it("ends the index's copy of each block in a sentence, so excerpts read as sentences", () => {
    const out = htmlForIndex(chapter());
    expect(out?.html).toContain(`<h2 id="no-timeline">Don't set a timeline </h2><p>Body. </p>`);
  });

  it('leaves out what stands in for JavaScript, as search only runs with it', () => {
    const page = parsePage(
      '/chapters/x/',
      `<main data-pagefind-body data-pagefind-filter="${kindFilter('Chapter')}"><p>Answer each one</p><p data-no-js>Your result needs JavaScript</p><div data-no-js><p>Also not</p></div><p>Last</p></main>`,
    );
    const html = htmlForIndex(page)?.html ?? '';
    expect(html).not.toContain('JavaScript');
    expect(html).not.toContain('Also not');
    expect(html).toContain('<p>Answer each one. </p><p>Last. </p>');
  });

  it('skips pages that are not searched', () => {
    expect(htmlForIndex(parsePage('/about/', '<main data-pagefind-body>x</main>'))).toBeUndefined();
  });

  it('fails naming the page and section when a phrase points nowhere', () => {
    expect(() => htmlForIndex(chapter(), new Map([['gone', ['x']]]))).toThrow(
      '/chapters/be-patient/: a situation links to #gone, but the page has no such heading.',
    );
  });
});

describe('situation phrases', () => {
  it('are taken per chapter page and section from the compiled chapters', () => {
    const byPage = situationPhrasesByPage([
      {
        file: '/site/content/chapters/05-be-patient.mdx',
        sections: [{ id: 'no-timeline', title: 'No timeline', depth: 2 }],
        frontmatter: {
          situations: [
            { phrase: 'When will it end?', section: 'no-timeline', theme: 'future' },
            { phrase: 'How long?', section: 'no-timeline', theme: 'future' },
          ],
        },
      },
      { file: '/site/content/pages/about.mdx', sections: [], frontmatter: { title: 'About' } },
    ]);
    expect(byPage).toEqual(
      new Map([
        ['/chapters/be-patient/', new Map([['no-timeline', ['When will it end?', 'How long?']]])],
      ]),
    );
  });
});

describe('countWords', () => {
  it('counts the words of the indexed part only, not scripts', () => {
    const counts = countWords(indexedText(chapter().tree));
    expect(counts.get('timeline')).toBe(1);
    expect(counts.get('dont')).toBe(1);
    expect(counts.get('patientdont')).toBeUndefined();
    expect(counts.has('menu')).toBe(false);
    expect(counts.has('hidden')).toBe(false);
  });
});

describe('dropIndexMarks', () => {
  it('takes every data-pagefind mark and item label off a page, and nothing else', () => {
    const page = parsePage(
      '/chapters/x/',
      `<main data-pagefind-body data-pagefind-filter="${kindFilter('Chapter')}" data-section="a"><p data-pagefind-weight="0.5" class="x">Text</p><div data-pagefind-ignore="all" data-index-label="Avoid">UI</div></main>`,
    );
    expect(dropIndexMarks(page.tree)).toBe(5);
    const html = serializePage(page.tree);
    expect(html).not.toContain('pagefind');
    expect(html).not.toContain('index-label');
    expect(html).toContain('<main data-section="a"><p class="x">Text</p><div>UI</div></main>');
  });
});
