/**
 * The chapters' section ids are the one set of anchors that self-checks,
 * worksheets, situations and search point to. The ids and titles come from the
 * content pipeline itself (the remark plugin sets them, `render()` returns them
 * as headings); these helpers index them and check a data file's references at
 * content-load time, so a renamed id fails the build naming the data file and
 * field.
 */
import { sectionDepths } from '../markdown/heading-ids';

/** A heading as Astro's `render()` returns it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** section id → title, for one chapter's sections (h2 and h3), in page order. */
export type SectionTitles = Map<string, string>;

export function sectionTitles(headings: readonly RenderedHeading[]): SectionTitles {
  return new Map(
    headings.filter((h) => sectionDepths.includes(h.depth)).map((h) => [h.slug, h.text.trim()]),
  );
}

/** chapter slug → its section ids. */
export function sectionIndex(titles: ReadonlyMap<string, SectionTitles>): Map<string, Set<string>> {
  return new Map([...titles].map(([slug, sections]) => [slug, new Set(sections.keys())]));
}

export interface SectionRef {
  chapter: string;
  section?: string | undefined;
}

/**
 * Returns a message naming the file and field when `ref` points nowhere, or
 * null when the chapter (and section, if given) exist.
 */
export function checkSectionRef(
  index: Map<string, Set<string>>,
  ref: SectionRef,
  file: string,
  field: string,
): string | null {
  const sections = index.get(ref.chapter);
  if (!sections) {
    return `${file}: field "${field}" names chapter "${ref.chapter}", which does not exist. Chapters: ${[...index.keys()].join(', ')}.`;
  }
  if (ref.section !== undefined && !sections.has(ref.section)) {
    return `${file}: field "${field}" names section "${ref.section}", which chapter "${ref.chapter}" does not have. Its sections: ${[...sections].join(', ')}.`;
  }
  return null;
}

/** `/chapters/<slug>/#<id>` for a reference that has been checked. */
export function sectionPath(ref: SectionRef): string {
  return `/chapters/${ref.chapter}/${ref.section ? `#${ref.section}` : ''}`;
}
