/**
 * Search records for the reader phrasings in content/search/phrasings/: one
 * Pagefind custom record per chapter section, pointing at the section
 * (`/chapters/<slug>/#<id>`, without the base), so a reader's own words find
 * the section without any hidden text in the page. Read at build time only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chapterSlug } from '../chapters/chapters';
import {
  checkPhrasingRefs,
  parsePhrasingsFile,
  parseWordTables,
  type PhrasingsFile,
  type WordTables,
} from './search-content';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

const HEADING = /^#{2,3}[ \t]+(.*?)[ \t]*\{#([a-z0-9-]+)\}[ \t]*$/gm;

/** section id → heading text, from a chapter's MDX source (`## Title {#id}`). */
export function headingsFromSource(source: string): Map<string, string> {
  return new Map(Array.from(source.matchAll(HEADING), (m) => [m[2] as string, m[1] as string]));
}

interface ChapterSource {
  slug: string;
  title: string;
  /** section id → heading text */
  sections: Map<string, string>;
}

function readChapters(root: string): Map<string, ChapterSource> {
  const folder = join(root, 'content/chapters');
  const chapters = new Map<string, ChapterSource>();
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(folder, name), 'utf8');
    const slug = chapterSlug(name.replace(/\.mdx$/, ''));
    const title = /^title:\s*(.+?)\s*$/m.exec(source)?.[1]?.replace(/^["']|["']$/g, '') ?? slug;
    chapters.set(slug, { slug, title, sections: headingsFromSource(source) });
  }
  return chapters;
}

/** Every phrasings file, checked; throws naming the file and field of each problem. */
export function readPhrasings(root = process.cwd()): { file: string; data: PhrasingsFile }[] {
  const folder = join(root, 'content/search/phrasings');
  const chapters = readChapters(root);
  const ids = new Map([...chapters].map(([slug, c]) => [slug, new Set(c.sections.keys())]));
  const files: { file: string; data: PhrasingsFile }[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const path = join(folder, name);
    const file = relative(root, path);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    const data = parsePhrasingsFile(file, raw);
    problems.push(...checkPhrasingRefs(file, data, ids));
    files.push({ file, data });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return files;
}

/**
 * A section's record as plain text for the index: its heading (the writer's
 * own summary of it), then the phrasings, one sentence each.
 */
export function recordContent(title: string, phrasings: readonly string[]): string {
  return [title, ...phrasings].map((p) => p.replace(/[.?!]+$/, '')).join('. ') + '.';
}

/** The word tables, checked (the browser imports the same file directly). */
export function readWordTables(root = process.cwd()): WordTables {
  const file = 'content/search/words.json';
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseWordTables(file, raw);
}

/**
 * One record per section that has phrasings. Throws, naming the file and
 * field, when a phrasings file or the word tables are malformed or a
 * phrasing points at a section that does not exist.
 */
export function searchRecords(root = process.cwd()): SearchRecord[] {
  readWordTables(root);
  const chapters = readChapters(root);
  return readPhrasings(root).flatMap(({ data }) => {
    const chapter = chapters.get(data.chapter);
    if (!chapter) return [];
    return data.sections.map((entry) => {
      const title = chapter.sections.get(entry.section) ?? chapter.title;
      return {
        url: `/chapters/${chapter.slug}/#${entry.section}`,
        content: recordContent(title, entry.phrasings),
        language: 'en' as const,
        meta: { title, chapter: chapter.title },
        filters: { kind: ['Chapter'] },
      };
    });
  });
}
