import { describe, expect, it } from 'vitest';
import { countWords, htmlForIndex, phrasesForPage, situationPhrases } from './index-html';
import { pageKind } from './settings';

const chapter = `<html><body><header>Menu</header><main><article data-pagefind-body>
<h1>Be patient</h1><h2 id="no-timeline">Don't set a timeline</h2><p>Body</p></article></main></body></html>`;

describe('pageKind', () => {
  it('searches chapters, worksheets, self-checks and the situations list only', () => {
    expect(pageKind('/chapters/be-patient/')).toBe('Chapter');
    expect(pageKind('/worksheets/no-contact/')).toBe('Worksheet');
    expect(pageKind('/self-check/be-patient/')).toBe('Self-check');
    expect(pageKind('/self-check/')).toBe('Self-check');
    expect(pageKind('/chapters/')).toBeUndefined();
    expect(pageKind('/situations/x/')).toBeUndefined();
    expect(pageKind('/situations/')).toBe('Situations');
    expect(pageKind('/worksheets/')).toBeUndefined();
    expect(pageKind('/about/')).toBeUndefined();
    expect(pageKind('/search/')).toBeUndefined();
  });
});

describe('situationPhrases', () => {
  it('reads each phrase and the section it links to', () => {
    const html = `<a href="/h/chapters/be-patient/#no-timeline" class="x" data-situation="When will things go back to normal?">When…</a>
      <a data-situation="How long until they&#39;re over it?" href="/h/chapters/be-patient/#no-timeline">x</a>`;
    const phrases = situationPhrases(html);
    expect(phrases.get('/h/chapters/be-patient/#no-timeline')).toEqual([
      'When will things go back to normal?',
      "How long until they're over it?",
    ]);
    expect(phrasesForPage(phrases, '/h/chapters/be-patient/')).toEqual(
      new Map([
        ['no-timeline', ['When will things go back to normal?', "How long until they're over it?"]],
      ]),
    );
  });
});

describe('htmlForIndex', () => {
  it('adds the kind and the phrases, weighted, inside the right section', () => {
    const out = htmlForIndex(
      chapter,
      '/chapters/be-patient/',
      new Map([['no-timeline', ['When <will> it end']]]),
    );
    expect(out?.kind).toBe('Chapter');
    expect(out?.html).toContain('<span data-pagefind-filter="kind:Chapter" hidden></span>');
    expect(out?.html).toMatch(
      /<h2 id="no-timeline">Don't set a timeline<\/h2><p hidden data-pagefind-weight="\d+">When &lt;will&gt; it end\.<\/p><p>Body/,
    );
  });
  it('indexes only the main content of a page that has no index marker', () => {
    const out = htmlForIndex(
      '<body><nav>x</nav><main class="a">Text</main></body>',
      '/worksheets/x/',
    );
    expect(out?.html).toContain(
      '<main data-pagefind-body class="a"><span data-pagefind-filter="kind:Worksheet"',
    );
  });
  it('skips pages that are not searched', () => {
    expect(htmlForIndex(chapter, '/about/')).toBeUndefined();
  });
  it('fails naming the page and section when a phrase points nowhere', () => {
    expect(() =>
      htmlForIndex(chapter, '/chapters/be-patient/', new Map([['gone', ['x']]])),
    ).toThrow(
      '/chapters/be-patient/: a situation links to #gone, but the page has no such heading.',
    );
  });
});

describe('countWords', () => {
  it('counts the words of the indexed part only', () => {
    const counts = countWords(chapter);
    expect(counts.get('timeline')).toBe(1);
    expect(counts.get('dont')).toBe(1);
    expect(counts.has('menu')).toBe(false);
  });
});
