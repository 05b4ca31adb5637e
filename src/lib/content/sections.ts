/**
 * The chapters' section ids are the one set of anchors that self-checks,
 * worksheets, situations and search point to. These helpers read them from
 * the MDX source and check a data file's references at content-load time, so
 * a renamed id fails the build naming the data file and field.
 */
import { chapterSlug } from '../chapters/chapters';

const HEADING_ID = /^#{2,3}[ \t].*?\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}[ \t]*$/gm;

export function sectionIdsFromSource(source: string): string[] {
  return Array.from(source.matchAll(HEADING_ID), (m) => m[1] as string);
}

/** chapter slug → its section ids, from collection entries (`id` is the NN-slug file name). */
export function sectionIndex(
  chapters: readonly { id: string; body?: string | undefined }[],
): Map<string, Set<string>> {
  return new Map(
    chapters.map((c) => [chapterSlug(c.id), new Set(sectionIdsFromSource(c.body ?? ''))]),
  );
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
