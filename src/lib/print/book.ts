/**
 * The printed book's outline: its parts in order (what the handbook is, the
 * chapters, then help), with their ids, named pages and running heads. Pure,
 * so the page stays thin.
 */
import type { BookPart } from './book-html';
import type { RunningHead } from './page-css';

export interface ChapterSource {
  slug: string;
  path: string;
  title: string;
  order: number;
}

export interface BookOutline {
  parts: BookPart[];
  heads: RunningHead[];
  /** Named page for each part id, e.g. `be-there` → `chapter-6`. */
  pageOf: Map<string, string>;
}

/** The id of the closing part, taken from the help page. */
export const helpPartId = 'help';

/**
 * The id of the opening part, taken from the About page: what the handbook
 * is and is not (not therapy), said once on paper too.
 */
export const aboutPartId = 'about';

export function bookOutline(
  chapters: ChapterSource[],
  help: { path: string; title: string },
  about?: { path: string; title: string },
): BookOutline {
  const parts: BookPart[] = [];
  const heads: RunningHead[] = [];
  const pageOf = new Map<string, string>();
  if (about) {
    parts.push({ id: aboutPartId, path: about.path });
    heads.push({ page: 'book-about', head: about.title });
    pageOf.set(aboutPartId, 'book-about');
  }
  for (const chapter of [...chapters].sort((a, b) => a.order - b.order)) {
    const page = `chapter-${chapter.order}`;
    parts.push({ id: chapter.slug, path: chapter.path });
    heads.push({ page, head: `${chapter.order}. ${chapter.title}` });
    pageOf.set(chapter.slug, page);
  }
  parts.push({ id: helpPartId, path: help.path });
  heads.push({ page: 'book-help', head: help.title });
  pageOf.set(helpPartId, 'book-help');
  return { parts, heads, pageOf };
}
