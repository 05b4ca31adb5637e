import { describe, expect, it } from 'vitest';
import { compiledChapters, compiledContent } from '../../../test/support/compiled-chapters';
import type { CompiledMarkdown } from '../markdown/remark-section-ids';
import {
  chaptersFromCompiled,
  phrasablePagesFromCompiled,
  readPhrasings,
  readWordTables,
  searchRecords,
} from './records';
import { checkPhrasingRefs, parsePhrasingsFile, parseWordTables } from './search-content';

const eight = Array.from({ length: 8 }, (_, i) => `a way to say it ${i}`);
const pages = new Map([['help', new Set(['couples-counsellor', 'what-this-handbook-can-do'])]]);

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
    const sections = { chapters: new Map([['be-patient', new Set(['no-timeline'])]]), pages };
    expect(checkPhrasingRefs('f.json', data, sections)).toEqual([
      'f.json: sections.0.section: chapter "be-patient" has no section #gone',
      'f.json: sections: no phrasings for section #no-timeline of "be-patient"',
    ]);
    expect(checkPhrasingRefs('f.json', { ...data, chapter: 'nope' }, sections)).toEqual([
      'f.json: chapter: no chapter "nope"',
    ]);
  });

  it('takes a page in place of a chapter, one of the two, and checks its sections', () => {
    expect(() =>
      parsePhrasingsFile('f.json', { chapter: 'be-patient', page: 'help', sections: [] }),
    ).toThrow('f.json: chapter: name either "chapter"');
    expect(() =>
      parsePhrasingsFile('f.json', {
        sections: [{ section: 'couples-counsellor', phrasings: eight }],
      }),
    ).toThrow('f.json: chapter: name either "chapter"');
    const data = parsePhrasingsFile('f.json', {
      page: 'help',
      sections: [
        { section: 'couples-counsellor', phrasings: eight },
        { section: 'gone', phrasings: eight },
      ],
    });
    const sections = { chapters: new Map(), pages };
    // A page's closing pointer needs no phrasings; a section that is not there is named.
    expect(checkPhrasingRefs('f.json', data, sections)).toEqual([
      'f.json: sections.1.section: page "help" has no section #gone',
    ]);
    expect(checkPhrasingRefs('f.json', { ...data, page: 'about' }, sections)).toEqual([
      'f.json: page: "about" is not a page that takes phrasings (the help page, "help", does)',
    ]);
  });

  it('names a section of the chapter that has no phrasings', () => {
    const data = parsePhrasingsFile('f.json', {
      chapter: 'be-patient',
      sections: [{ section: 'no-timeline', phrasings: eight }],
    });
    const sections = {
      chapters: new Map([['be-patient', new Set(['no-timeline', 'new-one'])]]),
      pages,
    };
    expect(checkPhrasingRefs('f.json', data, sections)).toEqual([
      'f.json: sections: no phrasings for section #new-one of "be-patient"',
    ]);
  });

  it('fails, naming the chapter, when a chapter has no phrasings file', () => {
    const compiled = compiledContent();
    const chapters = chaptersFromCompiled(compiled);
    chapters.set('a-new-step', { slug: 'a-new-step', title: 'A new step', sections: new Map() });
    expect(() =>
      readPhrasings(chapters, process.cwd(), phrasablePagesFromCompiled(compiled)),
    ).toThrow('content/search/phrasings: no file for chapter "a-new-step"');
  });

  it('has one phrasings file for each chapter, and a record for each of its sections', () => {
    const compiled = compiledContent();
    const chapters = chaptersFromCompiled(compiled);
    // readPhrasings fails on a file whose sections are not its page's, all of them.
    const files = readPhrasings(chapters, process.cwd(), phrasablePagesFromCompiled(compiled));
    const chapterFiles = files.flatMap((f) => f.data.chapter ?? []);
    expect(chapterFiles.sort()).toEqual([...chapters.keys()].sort());
    const records = searchRecords(compiled);
    const chapterRecords = records.filter((r) => r.url.startsWith('/chapters/'));
    expect(chapterRecords.length).toBe(
      files.reduce((n, f) => n + (f.data.chapter ? f.data.sections.length : 0), 0),
    );
    expect(chapterRecords.every((r) => /^\/chapters\/[a-z0-9-]+\/#[a-z0-9-]+$/.test(r.url))).toBe(
      true,
    );
    expect(chapterRecords.every((r) => r.filters?.['kind']?.[0] === 'Chapter')).toBe(true);
  });

  it('gives the help page records of its own, under its title and kind', () => {
    const records = searchRecords(compiledContent());
    const help = records.filter((r) => r.url.startsWith('/help/'));
    expect(help.map((r) => r.url)).toContain('/help/#couples-counsellor');
    expect(help.map((r) => r.url)).toContain('/help/#your-own-counsellor');
    for (const record of help) {
      expect(record.meta?.['chapter']).toBe('Getting more help');
      expect(record.filters).toEqual({ kind: ['Help'] });
      expect(record.meta?.['lead']).not.toBe('');
    }
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

describe('chaptersFromCompiled', () => {
  const compiled = (file: string, title?: string): CompiledMarkdown => ({
    file,
    frontmatter: title ? { title } : {},
    sections: [
      { id: 'one', title: 'One', depth: 2, lead: 'The first thing to say.' },
      { id: 'two', title: 'Two words', depth: 3 },
    ],
  });

  it('takes titles and headings from what the content pipeline compiled', () => {
    const chapters = chaptersFromCompiled([
      compiled('/site/content/chapters/05-be-patient.mdx', 'Be patient'),
      compiled('/site/content/pages/about.mdx', 'About'),
    ]);
    expect([...chapters.keys()]).toEqual(['be-patient']);
    expect(chapters.get('be-patient')).toEqual({
      slug: 'be-patient',
      title: 'Be patient',
      sections: new Map([
        ['one', { id: 'one', title: 'One', depth: 2, lead: 'The first thing to say.' }],
        ['two', { id: 'two', title: 'Two words', depth: 3 }],
      ]),
    });
  });

  it('gives every real chapter its sections, as the build compiles them', () => {
    const chapters = chaptersFromCompiled(compiledChapters());
    expect(chapters.size).toBe(10);
    for (const chapter of chapters.values()) {
      expect(chapter.title).not.toBe(chapter.slug);
      expect(chapter.sections.size).toBeGreaterThan(2);
    }
  });
});
