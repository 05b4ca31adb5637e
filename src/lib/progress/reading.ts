/**
 * Reading progress: which chapters the reader has read to the end, kept on
 * this device as one field record, `rt:reading`. Each chapter is a field
 * (`true` when read); marking it unread deletes the field, so the storage
 * model's merge (the later change wins, field by field) keeps two tabs in step.
 */
import {
  FIELD_RECORD_VERSION,
  saveFieldEdits,
  type FieldRecordSpec,
  type RecordLoad,
  type RecordSave,
} from '../storage/records';
import type { DeviceStorage } from '../storage/storage';

export const READING_KEY = 'reading';

export interface ReadingProgress {
  /** Chapter slug → when it was marked read (ISO). Unread chapters are absent. */
  chapters: Record<string, string>;
}

export const emptyProgress = (): ReadingProgress => ({ chapters: {} });

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

export const readingRecord: FieldRecordSpec<true> = {
  key: READING_KEY,
  version: FIELD_RECORD_VERSION,
  checkField: (fieldId, value) =>
    SLUG.test(fieldId) && value === true
      ? { ok: true, value: true }
      : { ok: false, problem: 'is not a chapter marked as read' },
};

/** What a load gives the page: the chapters read, with when (empty for any other status). */
export function progressFromLoad(load: RecordLoad<true>): ReadingProgress {
  return load.status === 'loaded' ? { chapters: { ...load.changedAt } } : emptyProgress();
}

/** Marks one chapter read or unread; only that chapter's field is written. */
export function saveReadMark(
  storage: DeviceStorage | null,
  slug: string,
  read: boolean,
  now = new Date(),
): RecordSave {
  return saveFieldEdits(
    storage,
    readingRecord,
    { [slug]: read ? { value: true } : { deleted: true } },
    now,
  );
}

/** The same change in memory, for when storage refuses it (the page still shows it). */
export function markInMemory(
  progress: ReadingProgress,
  slug: string,
  read: boolean,
  now = new Date(),
): ReadingProgress {
  const chapters = { ...progress.chapters };
  if (read) chapters[slug] = now.toISOString();
  else delete chapters[slug];
  return { chapters };
}

export function readSlugs(progress: ReadingProgress): Set<string> {
  return new Set(Object.keys(progress.chapters));
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
  const known = chapters.filter((c) => progress.chapters[c.slug] !== undefined);
  if (known.length === 0) return { kind: 'new' };
  if (known.length === chapters.length) return { kind: 'all-read', readCount: known.length };
  const time = (c: C) => Date.parse(progress.chapters[c.slug] ?? '') || 0;
  const lastRead = [...known].sort((a, b) => time(b) - time(a))[0] as C;
  const start = chapters.indexOf(lastRead);
  for (let step = 1; step <= chapters.length; step++) {
    const candidate = chapters[(start + step) % chapters.length] as C;
    if (progress.chapters[candidate.slug] === undefined) {
      return { kind: 'continue', chapter: candidate, lastRead, readCount: known.length };
    }
  }
  return { kind: 'all-read', readCount: known.length };
}
