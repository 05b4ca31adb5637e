/**
 * Turns the keys the handbook stored into a list a reader understands:
 * what each item is, when it was last changed, and which are recovery
 * copies of answers that could not be opened.
 */
import {
  RECORD_PREFIX,
  RECOVERY_PREFIX,
  THEME_KEY,
  listHandbookKeys,
  type DeviceStorage,
} from './storage';
import { version1UpgradeFor } from './version-1';
import { anyFieldRecord, readStoredRecord } from './records';
import { liveFields, type FieldValue } from './field-record';
import { handbookLocale } from '../site/site';
import { entryFor, newestEntryFirst, parseEntryKey, savedAtIn } from '../progress/entries';
import { periodStartDay } from '../progress/dates';
import type { CopyHolds } from './put-back';

export type SavedItemKind = 'self-check' | 'worksheet' | 'theme' | 'recovery' | 'other';

export interface SavedItem {
  key: string;
  kind: SavedItemKind;
  /** What the reader sees, e.g. "Self-check: Be patient". */
  label: string;
  /** ISO time the item was last changed (or set aside), when known. */
  changedAt: string | null;
  /** For a recovery copy: what it is a copy of, e.g. "Worksheet: My commitments". */
  copyOf?: string;
  /**
   * For a recovery copy that can be put back (it holds something readable,
   * and its record is one a page owns): what it holds.
   */
  putBack?: CopyHolds;
  /** The stored text, for downloading a recovery copy. */
  raw: string;
  /**
   * Deleting it leaves no note of its name: a sheet that asks before it
   * saves anything (Full disclosure), or a recovery copy of one.
   */
  leavesNoNote?: true;
  /**
   * A saved record no page can open: damaged (and not yet set aside, as
   * when storage is full), or saved by a newer version of the handbook.
   */
  unopenable?: 'damaged' | 'newer';
}

/** Record key without prefix (e.g. `self-check:be-patient`) → its title. Built at build time. */
export type ItemTitles = Record<string, string>;

/**
 * Any saved record, read as the pages read theirs: this version's must hold
 * well-formed fields; an older version's (1 and up) only has to hold its
 * data, which the page that opens it upgrades.
 */
const anyRecord = anyFieldRecord('', (version, data) =>
  version >= 1 && data !== undefined ? {} : null,
);

export type OpenableCheck = (raw: string) => 'damaged' | 'newer' | null;

/** Null if a page of the handbook could open this stored record; else why not. */
export const unopenableRecord: OpenableCheck = (raw) => unopenableIn(parsedOrNothing(raw));

function unopenableIn(parsed: unknown): 'damaged' | 'newer' | null {
  const read = readStoredRecord(parsed, anyRecord);
  // Partly damaged: its page shows the answers that can be read (and keeps a copy).
  return read.ok || read.readable ? null : read.newer ? 'newer' : 'damaged';
}

/** `no-contact` → `No contact`, for items whose title the page does not know. */
export function readableSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'Unnamed item';
}

function sheetTitle(slug: string, titles: ItemTitles): string {
  return titles[`worksheet:${slug}`] ?? `Worksheet: ${readableSlug(slug)}`;
}

function labelFor(recordKey: string, titles: ItemTitles): { kind: SavedItemKind; label: string } {
  const title = titles[recordKey];
  const [kind = '', ...rest] = recordKey.split(':');
  const slug = rest.join(':');
  if (kind === 'self-check') {
    return { kind, label: title ?? `Self-check: ${readableSlug(slug)}` };
  }
  if (kind === 'worksheet') {
    // A dated entry of a repeating sheet: `worksheet:<slug>:<day or week>`.
    const entry = parseEntryKey(recordKey);
    if (entry && !title) {
      return {
        kind,
        label: `${sheetTitle(entry.slug, titles)}, ${entryFor(entry.period)}`,
      };
    }
    return { kind, label: title ?? `Worksheet: ${readableSlug(slug)}` };
  }
  if (kind === 'results' && !title) {
    return { kind: 'other', label: `Kept self-check results: ${readableSlug(slug)}` };
  }
  return { kind: 'other', label: title ?? readableSlug(recordKey) };
}

/** Stored text as JSON, or undefined when it is not (a damaged record). */
function parsedOrNothing(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Splits `rt-recovery:<record key>:<ISO time>` into its parts. */
export function parseRecoveryKey(key: string): { recordKey: string; setAsideAt: string | null } {
  const rest = key.slice(RECOVERY_PREFIX.length);
  const match = /^(.*):(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(rest);
  return match
    ? { recordKey: match[1] ?? rest, setAsideAt: match[2] ?? null }
    : { recordKey: rest, setAsideAt: null };
}

export function describeKey(key: string, raw: string, titles: ItemTitles): SavedItem {
  if (key === THEME_KEY) {
    return {
      key,
      kind: 'theme',
      // The theme script ignores anything but these two, so anything else is named as it is.
      label:
        raw === 'dark' || raw === 'light'
          ? `Theme choice (${raw})`
          : 'Theme choice (not one the handbook knows: the system setting is used)',
      changedAt: null,
      raw,
    };
  }
  if (key.startsWith(RECOVERY_PREFIX)) {
    const { recordKey, setAsideAt } = parseRecoveryKey(key);
    const copyOf = labelFor(recordKey, titles).label;
    const holds = ownedRecordHolds(recordKey, titles);
    return {
      key,
      kind: 'recovery',
      label: `Recovery copy of ${copyOf}`,
      copyOf,
      ...(holds && answersInCopy(raw, recordKey) && { putBack: holds }),
      changedAt: setAsideAt,
      raw,
    };
  }
  const { kind, label } = labelFor(key.slice(RECORD_PREFIX.length), titles);
  // Parsed once for both: Your data reads every item again at each change in another tab.
  const parsed = parsedOrNothing(raw);
  const unopenable = unopenableIn(parsed);
  return { key, kind, label, changedAt: savedAtIn(parsed), raw, ...(unopenable && { unopenable }) };
}

/**
 * What a record some page of the handbook owns holds, or null for any other
 * key (a sheet no longer in the handbook, a day that does not exist): a copy
 * is put back only where a page will open it.
 */
function ownedRecordHolds(recordKey: string, titles: ItemTitles): CopyHolds | null {
  const entry = parseEntryKey(recordKey);
  const owned = entry
    ? Object.hasOwn(titles, `worksheet:${entry.slug}`) && periodStartDay(entry.period) !== null
    : Object.hasOwn(titles, recordKey);
  if (!owned) return null;
  if (recordKey === 'reading') return 'read marks';
  return recordKey.startsWith('results:') ? 'results' : 'answers';
}

/**
 * The answers a recovery copy holds that could be put back; null when it
 * holds none a page can read. Read as the pages read theirs: a copy in
 * version 1's form, of a worksheet or self-check (`recordKey`), is upgraded
 * as its page would upgrade it; any other older format reads as nothing.
 */
export function answersInCopy(raw: string, recordKey = ''): Record<string, FieldValue> | null {
  const upgrade = version1UpgradeFor(recordKey);
  const read = readStoredRecord(
    parsedOrNothing(raw),
    upgrade ? anyFieldRecord('', upgrade) : anyRecord,
  );
  const fields = read.ok ? read.fields : read.readable;
  const answers = fields ? liveFields(fields) : {};
  return Object.keys(answers).length > 0 ? answers : null;
}

/** One sheet's dated entries, listed together under one line that opens. */
export interface SavedEntryGroup {
  /** The sheet's title: "Daily check-in plan". */
  sheet: string;
  items: SavedItem[];
}

/** How many dated entries of one sheet "Your data" lists one by one before folding them. */
export const FOLD_ENTRIES_OVER = 7;

/**
 * The list as "Your data" shows it: a sheet's dated entries, when there are
 * more than a few, fold under one line, so six months of a daily sheet (180
 * entries) do not push the backup and "Delete everything" 30,000 px down a
 * phone. The items come from `readSavedItems`, a sheet's entries together.
 */
export function foldEntries(
  items: readonly SavedItem[],
  titles: ItemTitles,
  over = FOLD_ENTRIES_OVER,
): (SavedItem | SavedEntryGroup)[] {
  // A dated entry's place is its sheet; anything else has no sheet to fold under.
  const sheetOf = (item: SavedItem) => {
    const { group, period } = placeOf(item, titles);
    return period === null ? null : group;
  };
  const rows: (SavedItem | SavedEntryGroup)[] = [];
  for (let i = 0; i < items.length;) {
    const sheet = sheetOf(items[i] as SavedItem);
    let end = i + 1;
    while (sheet !== null && end < items.length && sheetOf(items[end] as SavedItem) === sheet)
      end++;
    const run = items.slice(i, end);
    if (sheet !== null && run.length > over) rows.push({ sheet, items: run });
    else rows.push(...run);
    i = end;
  }
  return rows;
}

const kindOrder: SavedItemKind[] = ['self-check', 'worksheet', 'other', 'recovery', 'theme'];

/**
 * Where an item stands within its kind: by what it belongs to, then a
 * sheet's dated entries newest first and an undated one last, as on the
 * sheet's entries page, so a reader finds one day by its date.
 */
function placeOf(item: SavedItem, titles: ItemTitles): { group: string; period: string | null } {
  const entry =
    item.kind === 'worksheet' ? parseEntryKey(item.key.slice(RECORD_PREFIX.length)) : null;
  if (!entry) return { group: item.label, period: null };
  return { group: sheetTitle(entry.slug, titles), period: entry.period };
}

/**
 * Everything the handbook stored on this device, self-checks first, theme
 * last, read in one pass. `whole` is false when the browser would not let
 * every item be listed or read: then an empty or short list does not mean
 * nothing (else) is saved, and the page must not say so.
 */
export function readSavedItems(
  storage: DeviceStorage | null,
  titles: ItemTitles,
): { items: SavedItem[]; whole: boolean } {
  const keys = listHandbookKeys(storage);
  let whole = keys !== null;
  const items: SavedItem[] = [];
  for (const key of keys ?? []) {
    let raw: string | null;
    try {
      raw = storage?.getItem(key) ?? null;
    } catch {
      raw = null;
      whole = false;
    }
    if (raw !== null) items.push(describeKey(key, raw, titles));
  }
  const placed = new Map(items.map((item) => [item, placeOf(item, titles)]));
  items.sort((a, b) => {
    const pa = placed.get(a) ?? { group: '', period: null };
    const pb = placed.get(b) ?? { group: '', period: null };
    return (
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      pa.group.localeCompare(pb.group) ||
      newestEntryFirst(pa.period, pb.period) ||
      a.label.localeCompare(b.label)
    );
  });
  return { items, whole };
}

/** A changed-at time in plain words, e.g. "25 Nov 2026, 10:00". */
export function describeTime(iso: string | null): string {
  if (!iso) return 'time not known';
  const date = new Date(iso);
  // 0: the time an answer gets when its own could not be read (field-record.ts).
  if (Number.isNaN(date.getTime()) || date.getTime() === 0) return 'time not known';
  return date.toLocaleString(handbookLocale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A safe file name for downloading one recovery copy. */
export function recoveryFileName(key: string): string {
  return `rebuilding-trust-${key.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/-+$/, '')}.txt`;
}

/**
 * Marks the items whose deletion leaves no note (`unnoted`: record keys
 * without the prefix, of sheets that ask before saving), as their sheet's
 * own "Don't save" leaves none.
 */
export function markUnnoted(items: SavedItem[], unnoted: readonly string[]): SavedItem[] {
  return items.map((item) =>
    isSavedByChoice(item.key, unnoted) ? { ...item, leavesNoNote: true } : item,
  );
}

/** Whether a storage key is a sheet saved only by choice (`unnoted`), or a recovery copy of one. */
export function isSavedByChoice(key: string, unnoted: readonly string[]): boolean {
  return unnoted.some(
    (r) => key === `${RECORD_PREFIX}${r}` || key.startsWith(`${RECOVERY_PREFIX}${r}:`),
  );
}

/** Titles for every record key the handbook can write, from the content (read at build time). */
export function itemTitles(
  chapters: readonly { slug: string; title: string }[],
  worksheets: readonly { slug: string; title: string }[],
): ItemTitles {
  const titles: ItemTitles = {
    'self-check:handbook': 'Self-check: the whole handbook',
    reading: 'Reading progress: the chapters you have read',
    'results:handbook': 'Kept results by date: the whole-handbook self-check',
    // The note noteDeleted keeps (records.ts DELETIONS_KEY).
    deleted: 'What you deleted, and when: names only, no answers',
  };
  for (const chapter of chapters) {
    titles[`self-check:${chapter.slug}`] = `Self-check: ${chapter.title}`;
    titles[`results:${chapter.slug}`] = `Kept results by date: self-check “${chapter.title}”`;
  }
  for (const sheet of worksheets) titles[`worksheet:${sheet.slug}`] = `Worksheet: ${sheet.title}`;
  return titles;
}
