import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { parsePage } from '../build/built-site';
import { endSentences } from './index-sentences';

/** The text of `html` as the index reads it, once its sentences are ended. */
function sentences(html: string): string {
  const page = parsePage('/x/', `<main>${html}</main>`);
  endSentences(page.tree);
  return toString(page.tree);
}

describe('endSentences', () => {
  it('ends a run of text where its block ends, with a stop and a space', () => {
    expect(sentences('<p>Be patient</p><ul><li>Listen</li><li>Wait</li></ul>')).toBe(
      'Be patient. Listen. Wait. ',
    );
  });

  it('gives a heading a space but no stop, as Pagefind names sections by their headings', () => {
    expect(sentences('<h2>When they ask again</h2><p>Be patient</p>')).toBe(
      'When they ask again Be patient. ',
    );
  });

  it('separates legends that would run together ("asked.8. If")', () => {
    expect(
      sentences(
        '<fieldset><legend><span>7.</span> I tell them without being asked.</legend></fieldset><fieldset><legend><span>8.</span> If it is a coworker</legend></fieldset>',
      ),
    ).toBe('7. I tell them without being asked. 8. If it is a coworker. ');
  });

  it('ends the inline text before a block inside the same item (a link, then its note)', () => {
    expect(
      sentences(
        '<ul><li><a href="#">asking the same questions</a><p>Chapter 4, Answer: When</p></li></ul>',
      ),
    ).toBe('asking the same questions. Chapter 4, Answer: When. ');
  });

  it('adds no second mark after a closing mark, a question or a quote', () => {
    expect(sentences('<p>Why me?</p><p>They said “no”</p><p>Lists:</p><p>Done.</p>')).toBe(
      'Why me? They said “no” Lists: Done. ',
    );
  });

  it('keeps words inside inline elements together and leaves unread parts alone', () => {
    expect(
      sentences(
        '<p>Tell <em>all</em> of it<script>var x = "a"</script></p><div data-pagefind-ignore>Menu</div><p>Next</p>',
      ),
    ).toBe('Tell all of it. var x = "a"MenuNext. ');
  });

  it('treats the index-only phrases as closed', () => {
    expect(sentences('<p hidden>⁅ how long. ⁆</p>')).toBe('⁅ how long. ⁆ ');
  });
});
