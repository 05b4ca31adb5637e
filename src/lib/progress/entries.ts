/**
 * Dated entries of a repeating worksheet. Each entry is an ordinary
 * worksheet record whose name carries its period:
 * `rt:worksheet:<slug>:2026-03-02` (daily) or `rt:worksheet:<slug>:2026-W10`
 * (weekly). A record without a period (`rt:worksheet:<slug>`) was saved
 * before the sheet was kept by date; it is listed as "undated", never lost.
 */
import {
  RECORD_PREFIX,
  handbookKeys,
  isRecordStored,
  type DeviceStorage,
} from '../storage/storage';
import { comparePeriods, isPeriodKey, periodInSentence, periodKey, type Repeats } from './dates';

/** The name passed to the worksheet saving functions for one entry. */
export function entrySlug(slug: string, period: string | null): string {
  return period ? `${slug}:${period}` : slug;
}

export const UNDATED = 'undated';

/** An address's `?entry=` that no entry answers, and why, for the page to say. */
export interface IgnoredEntry {
  asked: string;
  /** A day (or week) still to come with nothing kept, rather than no such day at all. */
  later: boolean;
}

/**
 * Which entry to open: the one named in the address (`?entry=2026-W09`),
 * if it is a period of this sheet or `undated`; otherwise today's or this
 * week's, with `ignored` saying what the address asked for: a day that does
 * not exist (30 February, or a week on a daily sheet), or one still to come.
 * A later entry already kept opens (a device whose clock was wrong kept it);
 * none is started there, or a mistyped link would date answers years ahead.
 */
export function entryToOpen(
  repeats: Repeats,
  search: string,
  now = new Date(),
  isKept: (period: string) => boolean = () => false,
): { period: string | null; current: string; isCurrent: boolean; ignored?: IgnoredEntry } {
  const current = periodKey(repeats, now);
  const asked = new URLSearchParams(search).get('entry');
  if (asked === UNDATED) return { period: null, current, isCurrent: false };
  const valid = asked !== null && isPeriodKey(repeats, asked);
  if (valid && (comparePeriods(asked, current) <= 0 || isKept(asked))) {
    return { period: asked, current, isCurrent: asked === current };
  }
  const ignored = asked ? { ignored: { asked, later: valid } } : {};
  return { period: current, current, isCurrent: true, ...ignored };
}

/** A dated entry named inside a sentence: "entry for the week of 2 March 2026". */
export function entryFor(period: string): string {
  return `entry for ${periodInSentence(period)}`;
}

/** The stored key of a sheet's record, or of one of its entries given `entrySlug`. */
function recordKeyOf(slug: string): string {
  return `${RECORD_PREFIX}worksheet:${slug}`;
}

/** Whether the device keeps an entry for this period (an unreadable one counts). */
export function entryIsKept(storage: DeviceStorage | null, slug: string, period: string): boolean {
  return isRecordStored(storage, `worksheet:${entrySlug(slug, period)}`);
}

/**
 * The same entry, looked at again later: a page left open past midnight (or
 * into a new week) still works on the entry it opened, which is no longer the
 * current one. `rolledOver` says so, for the page to tell the reader.
 */
export function entryLookedAtAgain(
  opened: ReturnType<typeof entryToOpen>,
  repeats: Repeats,
  now = new Date(),
): ReturnType<typeof entryToOpen> & { rolledOver: boolean } {
  const current = periodKey(repeats, now);
  const isCurrent = opened.period === current;
  return { ...opened, current, isCurrent, rolledOver: opened.isCurrent && !isCurrent };
}

export interface EntryListing {
  /** Period key, or null for an undated record from before. */
  period: string | null;
  key: string;
  /** ISO time of the last change, when known. */
  savedAt: string | null;
}

/**
 * How many kept entries come before `current` (today's or this week's): an
 * undated one from before counts; one dated later (a clock that was wrong)
 * does not.
 */
export function earlierEntryCount(entries: readonly EntryListing[], current: string): number {
  return entries.filter((e) => e.period === null || comparePeriods(e.period, current) < 0).length;
}

/** The `savedAt` inside a stored record, if it has a sensible one. */
export function savedAtOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return savedAtIn(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** `savedAtOf` for a record already parsed. */
export function savedAtIn(parsed: unknown): string | null {
  const savedAt = (parsed as { savedAt?: unknown } | null)?.savedAt;
  return typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : null;
}

/** Whether a stored key (with its `rt:` prefix) is one of this sheet's entries, dated or not. */
export function isEntryKey(key: string, slug: string): boolean {
  const base = `${RECORD_PREFIX}worksheet:${slug}`;
  return key === base || key.startsWith(`${base}:`);
}

/** Every kept entry of one sheet, newest period first; an undated record last. */
export function listEntries(
  storage: DeviceStorage | null,
  slug: string,
  repeats: Repeats,
): EntryListing[] {
  const base = recordKeyOf(slug);
  const entries: EntryListing[] = [];
  for (const key of handbookKeys(storage)) {
    if (!isEntryKey(key, slug)) continue;
    const period = key === base ? null : key.slice(base.length + 1);
    if (period !== null && !isPeriodKey(repeats, period)) continue;
    let raw: string | null;
    try {
      raw = storage?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    entries.push({ period, key, savedAt: savedAtOf(raw) });
  }
  return entries.sort((a, b) => newestEntryFirst(a.period, b.period));
}

/** Dated entries newest first, an undated one (null) last: the order every list of entries uses. */
export function newestEntryFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return comparePeriods(b, a);
}

/** `worksheet:<slug>:<period>` → its parts, for naming the entry elsewhere. */
export function parseEntryKey(recordKey: string): { slug: string; period: string } | null {
  const match = /^worksheet:([a-z0-9-]+):(\d{4}-(?:\d{2}-\d{2}|W\d{2}))$/.exec(recordKey);
  return match ? { slug: match[1] ?? '', period: match[2] ?? '' } : null;
}
