/**
 * Chapter order, slugs and neighbours: pure functions over the collection's
 * entries so they can be tested without a build.
 */
export interface ChapterLike {
  id: string;
  data: { order: number; title: string };
}

const FILE_NAME = /^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `01-tell-the-whole-truth` → `tell-the-whole-truth`. */
export function chapterSlug(id: string): string {
  const match = FILE_NAME.exec(id);
  if (!match) {
    throw new Error(
      `content/chapters/${id}.mdx: file name must be NN-slug.mdx (e.g. 01-tell-the-whole-truth.mdx).`,
    );
  }
  return match[2] as string;
}

export function chapterPath(id: string): string {
  return `/chapters/${chapterSlug(id)}/`;
}

/**
 * Sorts chapters by their place in the handbook and checks that the file
 * number and the `order` field agree and that each place is taken once.
 */
export function orderChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
  const seen = new Map<number, string>();
  for (const chapter of chapters) {
    const fileNumber = Number(chapter.id.slice(0, 2));
    chapterSlug(chapter.id);
    if (fileNumber !== chapter.data.order) {
      throw new Error(
        `content/chapters/${chapter.id}.mdx: field "order" is ${chapter.data.order} but the file name says ${fileNumber}.`,
      );
    }
    const other = seen.get(chapter.data.order);
    if (other) {
      throw new Error(
        `content/chapters/${chapter.id}.mdx: field "order" ${chapter.data.order} is also used by ${other}.mdx.`,
      );
    }
    seen.set(chapter.data.order, chapter.id);
  }
  return [...chapters].sort((a, b) => a.data.order - b.data.order);
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

export function neighbours<T>(ordered: readonly T[], current: T): Neighbours<T> {
  const index = ordered.indexOf(current);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
