/**
 * The one place pages read the chapters from: ordered, checked, and with
 * their reader-facing paths. Keeps `.astro` pages thin.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { chapterPath, chapterSlug, orderChapters } from '../chapters/chapters';
import { checkSectionRef, sectionIndex, sectionTitles, type SectionTitles } from './sections';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  path: string;
  title: string;
  order: number;
}

let titles: Promise<Map<string, SectionTitles>> | undefined;

/**
 * chapter slug → section id → heading text, from the headings `render()`
 * returns (the ids the remark plugin set), never from the MDX source.
 */
export function getSectionTitles(): Promise<Map<string, SectionTitles>> {
  titles ??= getCollection('chapters').then((entries) =>
    Promise.all(
      entries.map(
        async (entry) =>
          [chapterSlug(entry.id), sectionTitles((await render(entry)).headings)] as const,
      ),
    ).then((pairs) => new Map(pairs)),
  );
  return titles;
}

/** chapter slug → its section ids; used to check every data file's links. */
export async function getSectionIndex(): Promise<Map<string, Set<string>>> {
  return sectionIndex(await getSectionTitles());
}

export async function getChapters(): Promise<Chapter[]> {
  const entries = orderChapters(await getCollection('chapters'));
  const index = await getSectionIndex();
  for (const entry of entries) {
    entry.data.situations.forEach((situation, i) => {
      const problem = checkSectionRef(
        index,
        { chapter: chapterSlug(entry.id), section: situation.section },
        `content/chapters/${entry.id}.mdx`,
        `situations[${i}].section`,
      );
      if (problem) throw new Error(problem);
    });
  }
  return entries.map((entry) => ({
    entry,
    slug: chapterSlug(entry.id),
    path: chapterPath(entry.id),
    title: entry.data.title,
    order: entry.data.order,
  }));
}
