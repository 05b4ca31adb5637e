/**
 * Worksheets as the site uses them: slug, address, chapter links, and the
 * content-load checks that a definition's chapter and section references
 * exist (the zod schema has already checked each file's shape).
 */
import type { WorksheetData } from './schema';
import { checkSectionRef, type SectionRef } from '../content/sections';

export interface Worksheet {
  slug: string;
  /** `/worksheets/<slug>/`, before the site base is added. */
  path: string;
  data: WorksheetData;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function worksheetFile(slug: string): string {
  return `content/worksheets/${slug}.yaml`;
}

export function worksheetPath(slug: string): string {
  return `/worksheets/${slug}/`;
}

/**
 * Every problem with a worksheet's references, each naming the file and
 * field, so the build can fail with all of them at once.
 */
export function checkWorksheet(
  sections: Map<string, Set<string>>,
  slug: string,
  data: WorksheetData,
): string[] {
  const file = worksheetFile(slug);
  const problems: string[] = [];
  if (!SLUG.test(slug)) {
    problems.push(`${file}: the file name must be lower-case words joined by hyphens.`);
  }
  data.chapters.forEach((ref: SectionRef, i) => {
    const field = ref.section === undefined ? `chapters[${i}].chapter` : `chapters[${i}].section`;
    const problem = checkSectionRef(sections, ref, file, field);
    if (problem) problems.push(problem);
  });
  return problems;
}

/**
 * Worksheets in the order of the first chapter each belongs to, so the list
 * follows the handbook; ties keep a stable order by title.
 */
export function orderWorksheets(
  worksheets: readonly Worksheet[],
  chapterOrder: readonly string[],
): Worksheet[] {
  const place = (w: Worksheet) => {
    const first = Math.min(...w.data.chapters.map((c) => chapterOrder.indexOf(c.chapter)));
    return first < 0 ? chapterOrder.length : first;
  };
  return [...worksheets].sort(
    (a, b) => place(a) - place(b) || a.data.title.localeCompare(b.data.title, 'en'),
  );
}

/** The worksheets that put a chapter's advice into practice. */
export function worksheetsForChapter(
  worksheets: readonly Worksheet[],
  chapterSlug: string,
): Worksheet[] {
  return worksheets.filter((w) => w.data.chapters.some((c) => c.chapter === chapterSlug));
}
