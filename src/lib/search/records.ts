/**
 * Search records for the reader phrasings in content/search/phrasings/: one
 * Pagefind custom record per section of a chapter or of the help page,
 * pointing at the section (`/chapters/<slug>/#<id>`, `/help/#<id>`, without
 * the base), so a reader's own words find the section without any hidden
 * text in the page. Read at build time only. Titles and section headings come
 * from the content pipeline (the remark plugin hands each compiled file
 * over), never from the MDX source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { chapterSlug } from '../chapters/chapters';
import type { PageKind } from './settings';
import type { CompiledMarkdown, CompiledSection } from '../markdown/remark-section-ids';
import {
  checkPhrasingRefs,
  parsePhrasingsFile,
  phrasedPage,
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

/** A chapter or page as the content pipeline compiled it. */
export interface ChapterSections {
  slug: string;
  title: string;
  /** section id → its heading text and first sentence, as the content pipeline compiled them */
  sections: Map<string, CompiledSection>;
}

/**
 * The pages of content/pages/ a phrasing may point at, each with its search
 * kind: the kind its template gives it (help.astro), so a reader who shows
 * only one kind of result finds its records there too. Other pages are not
 * in the search.
 */
export const phrasablePages: ReadonlyMap<string, PageKind> = new Map([['help', 'Help']]);

function sectionsOf(file: CompiledMarkdown, slug: string): ChapterSections {
  const title = typeof file.frontmatter['title'] === 'string' ? file.frontmatter['title'] : slug;
  return { slug, title, sections: new Map(file.sections.map((section) => [section.id, section])) };
}

/** The compiled files `slugOf` names (by their path, `/` separated), by slug. */
function bySlug(
  compiled: Iterable<CompiledMarkdown>,
  slugOf: (path: string) => string | undefined,
): Map<string, ChapterSections> {
  const found = new Map<string, ChapterSections>();
  for (const file of compiled) {
    const slug = slugOf(file.file.replaceAll('\\', '/'));
    if (slug) found.set(slug, sectionsOf(file, slug));
  }
  return found;
}

/** The chapters among the compiled MDX files (`content/chapters/NN-slug.mdx`), by slug. */
export function chaptersFromCompiled(
  compiled: Iterable<CompiledMarkdown>,
): Map<string, ChapterSections> {
  return bySlug(compiled, (path) =>
    /\/content\/chapters\/[^/]+\.mdx$/.test(path) ? chapterSlug(basename(path, '.mdx')) : undefined,
  );
}

/** The pages among the compiled MDX files that phrasings may point at (`phrasablePages`), by slug. */
export function phrasablePagesFromCompiled(
  compiled: Iterable<CompiledMarkdown>,
): Map<string, ChapterSections> {
  return bySlug(compiled, (path) => {
    const slug = /\/content\/pages\/([^/]+)\.mdx$/.exec(path)?.[1];
    return slug && phrasablePages.has(slug) ? slug : undefined;
  });
}

const sectionIds = (pages: ReadonlyMap<string, ChapterSections>) =>
  new Map([...pages].map(([slug, page]) => [slug, new Set(page.sections.keys())]));

/** Every phrasings file, checked; throws naming the file and field of each problem. */
export function readPhrasings(
  chapters: ReadonlyMap<string, ChapterSections>,
  root = process.cwd(),
  pages: ReadonlyMap<string, ChapterSections> = new Map(),
): { file: string; data: PhrasingsFile }[] {
  const folder = join(root, 'content/search/phrasings');
  const ids = { chapters: sectionIds(chapters), pages: sectionIds(pages) };
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
  const phrased = new Set(files.map((f) => f.data.chapter));
  for (const slug of ids.chapters.keys()) {
    if (!phrased.has(slug))
      problems.push(`content/search/phrasings: no file for chapter "${slug}" (NN-${slug}.json)`);
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
export function searchRecords(
  compiled: Iterable<CompiledMarkdown>,
  root = process.cwd(),
): SearchRecord[] {
  readWordTables(root);
  const files = [...compiled];
  const chapters = chaptersFromCompiled(files);
  const pages = phrasablePagesFromCompiled(files);
  return readPhrasings(chapters, root, pages).flatMap(({ data }) => {
    const { kind, slug } = phrasedPage(data);
    const page = (kind === 'chapter' ? chapters : pages).get(slug);
    if (!page) return [];
    const path = kind === 'chapter' ? `/chapters/${slug}/` : `/${slug}/`;
    const filter = kind === 'chapter' ? 'Chapter' : (phrasablePages.get(slug) ?? 'Help');
    return data.sections.map((entry) => {
      const section = page.sections.get(entry.section);
      const title = section?.title ?? page.title;
      return {
        url: `${path}#${entry.section}`,
        content: recordContent(title, entry.phrasings),
        language: 'en' as const,
        // `chapter`: the page's title, shown as the result's heading.
        // `lead`: shown for a section found by these phrasings alone.
        meta: { title, chapter: page.title, lead: section?.lead ?? '' },
        filters: { kind: [filter] },
      };
    });
  });
}
