/**
 * The one place pages read the chapters from: ordered, checked, and with
 * their reader-facing paths. Keeps `.astro` pages thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterPath, chapterSlug, orderChapters } from '../chapters/chapters';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  path: string;
  title: string;
  order: number;
}

export async function getChapters(): Promise<Chapter[]> {
  const entries = orderChapters(await getCollection('chapters'));
  return entries.map((entry) => ({
    entry,
    slug: chapterSlug(entry.id),
    path: chapterPath(entry.id),
    title: entry.data.title,
    order: entry.data.order,
  }));
}
