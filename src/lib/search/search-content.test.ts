import { describe, expect, it } from 'vitest';
import { headingsFromSource, readPhrasings, readWordTables, searchRecords } from './records';
import { checkPhrasingRefs, parsePhrasingsFile, parseWordTables } from './search-content';

const eight = Array.from({ length: 8 }, (_, i) => `a way to say it ${i}`);

describe('phrasings files', () => {
  it('names the file and field of a malformed entry', () => {
    expect(() =>
      parsePhrasingsFile('content/search/phrasings/x.json', {
        chapter: 'be-patient',
        sections: [{ section: 'no-timeline', phrasings: ['too few'] }],
      }),
    ).toThrow('content/search/phrasings/x.json: sections.0.phrasings');
  });

  it('names the file and field of a phrasing pointing at a section that does not exist', () => {
    const data = parsePhrasingsFile('f.json', {
      chapter: 'be-patient',
      sections: [{ section: 'gone', phrasings: eight }],
    });
    const sections = new Map([['be-patient', new Set(['no-timeline'])]]);
    expect(checkPhrasingRefs('f.json', data, sections)).toEqual([
      'f.json: sections.0.section: chapter "be-patient" has no section #gone',
    ]);
    expect(checkPhrasingRefs('f.json', { ...data, chapter: 'nope' }, sections)).toEqual([
      'f.json: chapter: no chapter "nope"',
    ]);
  });

  it('covers every section of every chapter with 8 to 15 phrasings', () => {
    const files = readPhrasings();
    expect(files).toHaveLength(10);
    for (const { data } of files) {
      for (const entry of data.sections) {
        expect(entry.phrasings.length).toBeGreaterThanOrEqual(8);
        expect(entry.phrasings.length).toBeLessThanOrEqual(15);
      }
    }
    const records = searchRecords();
    expect(records.length).toBe(files.reduce((n, f) => n + f.data.sections.length, 0));
    expect(records.every((r) => /^\/chapters\/[a-z0-9-]+\/#[a-z0-9-]+$/.test(r.url))).toBe(true);
  });
});

describe('word tables', () => {
  it('reads the content file', () => {
    expect(readWordTables().stopWords).toContain('how');
  });
  it('names the field of a malformed table', () => {
    expect(() =>
      parseWordTables('content/search/words.json', {
        stopWords: ['ok'],
        everydayWords: { Cheated: ['affair'] },
        spellingVariants: [],
      }),
    ).toThrow('content/search/words.json: everydayWords');
  });
});

describe('headingsFromSource', () => {
  it('reads ## and ### headings with their ids', () => {
    expect([...headingsFromSource('## One {#one}\ntext\n### Two {#two}\n#### No {#no}')]).toEqual([
      ['one', 'One'],
      ['two', 'Two'],
    ]);
  });
});
