import { describe, expect, it } from 'vitest';
import {
  checkWorksheet,
  orderWorksheets,
  worksheetsForChapter,
  type Worksheet,
} from './definition';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const sections = new Map([
  ['tell-the-whole-truth', new Set(['tell-it-all-now'])],
  ['end-it-openly', new Set(['be-brave'])],
]);

function ws(slug: string, title: string, chapters: string[]): Worksheet {
  return {
    slug,
    path: `/worksheets/${slug}/`,
    data: { ...sheet, title, chapters: chapters.map((chapter) => ({ chapter })) },
  };
}

describe('checking a worksheet against the chapters', () => {
  it('accepts references to sections that exist', () => {
    expect(checkWorksheet(sections, 'no-contact', sheet)).toEqual([]);
  });

  it('names the file and field for a missing chapter or section', () => {
    const problems = checkWorksheet(sections, 'no-contact', {
      ...sheet,
      chapters: [{ chapter: 'end-it-openly', section: 'gone' }, { chapter: 'no-such-chapter' }],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/worksheets\/no-contact\.yaml: field "chapters\[0\]\.section" names section "gone"/,
    );
    expect(problems[1]).toMatch(/field "chapters\[1\]\.chapter" names chapter "no-such-chapter"/);
  });

  it('rejects a file name that cannot be an address', () => {
    expect(checkWorksheet(sections, 'No Contact', sheet)[0]).toMatch(/file name/);
  });
});

describe('worksheet order and chapter links', () => {
  const order = ['tell-the-whole-truth', 'end-it-openly'];
  const list = [
    ws('b', 'Bravery', ['end-it-openly']),
    ws('t', 'Truth', ['tell-the-whole-truth']),
    ws('a', 'Also brave', ['end-it-openly', 'tell-the-whole-truth']),
  ];

  it('follows the chapters, then the titles', () => {
    expect(orderWorksheets(list, order).map((w) => w.slug)).toEqual(['a', 't', 'b']);
  });

  it('finds every worksheet that belongs to a chapter', () => {
    expect(worksheetsForChapter(list, 'end-it-openly').map((w) => w.slug)).toEqual(['b', 'a']);
    expect(worksheetsForChapter(list, 'begin-again')).toEqual([]);
  });
});
