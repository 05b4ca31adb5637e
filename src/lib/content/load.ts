/**
 * The one place pages read the chapters from: ordered, checked, and with
 * their reader-facing paths. Keeps `.astro` pages thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterPath, chapterSlug, orderChapters } from '../chapters/chapters';
import { checkSectionRef, sectionIndex } from './sections';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  path: string;
  title: string;
  order: number;
}

let sections: Map<string, Set<string>> | undefined;

/** chapter slug → its section ids; used to check every data file's links. */
export async function getSectionIndex(): Promise<Map<string, Set<string>>> {
  sections ??= sectionIndex(await getCollection('chapters'));
  return sections;
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
