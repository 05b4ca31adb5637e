/**
 * Reading progress: which chapters the reader has read to the end, kept on
 * this device under `rt:reading`. Each chapter is its own field with the time
 * it last changed, so two tabs (or a loaded backup) merge chapter by chapter:
 * the later change wins.
 */
import type { RecordSchema, RecordSpec } from '../storage/storage';

export interface ChapterMark {
  read: boolean;
  /** ISO time of the last change (read or marked unread). */
  changedAt: string;
}

export interface ReadingProgress {
  chapters: Record<string, ChapterMark>;
}

export const READING_VERSION = 1;
export const emptyProgress = (): ReadingProgress => ({ chapters: {} });

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

function isMark(value: unknown): value is ChapterMark {
  if (typeof value !== 'object' || value === null) return false;
  const { read, changedAt } = value as Partial<ChapterMark>;
  return (
    typeof read === 'boolean' &&
    typeof changedAt === 'string' &&
    !Number.isNaN(Date.parse(changedAt))
  );
}

/** Hand-written, so the island does not ship zod. Unknown or bad entries are left out. */
export const readingSchema: RecordSchema<ReadingProgress> = {
  safeParse(data) {
    if (typeof data !== 'object' || data === null) return { success: false };
    const chapters = (data as { chapters?: unknown }).chapters;
    if (typeof chapters !== 'object' || chapters === null || Array.isArray(chapters)) {
      return { success: false };
    }
    const clean: Record<string, ChapterMark> = {};
    for (const [slug, mark] of Object.entries(chapters as Record<string, unknown>)) {
      if (SLUG.test(slug) && isMark(mark))
        clean[slug] = { read: mark.read, changedAt: mark.changedAt };
    }
    return { success: true, data: { chapters: clean } };
  },
};

export const readingSpec: RecordSpec<ReadingProgress> = {
  key: 'reading',
  version: READING_VERSION,
  schema: readingSchema,
};

export function markChapter(
  progress: ReadingProgress,
  slug: string,
  read: boolean,
  now = new Date(),
): ReadingProgress {
  return {
    chapters: { ...progress.chapters, [slug]: { read, changedAt: now.toISOString() } },
  };
}

/** Chapter by chapter, the later change wins; on a tie, `b` (the newer copy) wins. */
export function mergeProgress(a: ReadingProgress, b: ReadingProgress): ReadingProgress {
  const chapters: Record<string, ChapterMark> = { ...a.chapters };
  for (const [slug, mark] of Object.entries(b.chapters)) {
    const mine = chapters[slug];
    if (!mine || Date.parse(mark.changedAt) >= Date.parse(mine.changedAt)) chapters[slug] = mark;
  }
  return { chapters };
}

export function readSlugs(progress: ReadingProgress): Set<string> {
  return new Set(
    Object.entries(progress.chapters)
      .filter(([, mark]) => mark.read)
      .map(([slug]) => slug),
  );
}

export interface ChapterLink {
  slug: string;
  title: string;
  href: string;
}

export type WhereNext<C extends ChapterLink> =
  | { kind: 'new' }
  | { kind: 'continue'; chapter: C; lastRead: C; readCount: number }
  | { kind: 'all-read'; readCount: number };

/**
 * Where the reader goes on: the chapter after the one they read last; if
 * that one is read already, the next unread one after it (wrapping round).
 * A reader with nothing read is new.
 */
export function whereNext<C extends ChapterLink>(
  chapters: readonly C[],
  progress: ReadingProgress,
): WhereNext<C> {
  const read = readSlugs(progress);
  const known = chapters.filter((c) => read.has(c.slug));
  if (known.length === 0) return { kind: 'new' };
  if (known.length === chapters.length) return { kind: 'all-read', readCount: known.length };
  const lastRead = [...known].sort(
    (a, b) =>
      Date.parse(progress.chapters[b.slug]?.changedAt ?? '') -
      Date.parse(progress.chapters[a.slug]?.changedAt ?? ''),
  )[0] as C;
  const start = chapters.indexOf(lastRead);
  for (let step = 1; step <= chapters.length; step++) {
    const candidate = chapters[(start + step) % chapters.length] as C;
    if (!read.has(candidate.slug)) {
      return { kind: 'continue', chapter: candidate, lastRead, readCount: known.length };
    }
  }
  return { kind: 'all-read', readCount: known.length };
}
