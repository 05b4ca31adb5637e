/**
 * What the entries page of a dated sheet lists: each kept entry with its
 * answers as text, and a notice for each entry that could not be opened
 * (which day it was, and what became of it). Read afresh at every look, so
 * a notice goes once its entry is dealt with.
 */
import {
  comparePeriods,
  formatPeriod,
  periodKey,
  periodStartDay,
  type Repeats,
} from '../progress/dates';
import { handbookLocale } from '../site/site';
import {
  entryFor,
  entrySlug,
  isEntryKey,
  listEntries,
  type EntryListing,
} from '../progress/entries';
import { recordNotice, type KeptField } from '../storage/records';
import { handbookKeys, type DeviceStorage } from '../storage/storage';
import { printedText, questionOf, type Answers } from './answers';
import { loadAnswers, shownAnswers } from './saving';
import { keptValueText } from './sheet-messages';
import type { WorksheetData } from './schema';

export interface KeptEntry extends EntryListing {
  answers: Answers;
  /** Answers kept in the entry that the sheet cannot show (a question it no longer asks). */
  kept: KeptField[];
  /** As a heading: "2 March 2026", "Week of 2 March 2026". */
  label: string;
  /** Inside a sentence, after "the": "entry for the week of 2 March 2026". */
  what: string;
}

export const entriesStorageOffNotice =
  'This browser is not letting the handbook keep anything on this device, so no entry can be kept or shown here.';

/** The page's name in a notice: the entries page makes these words the link to it. */
export const yourDataWords = '“Your data”';

/** Said of entries kept under a date this sheet does not use, which the page cannot list. */
export function unlistedEntriesNotice(count: number): string {
  return count === 1
    ? `One entry is kept under a date this sheet does not use, so it is not listed here. It stays on this device: ${yourDataWords} lists it, to download or delete.`
    : `${count} entries are kept under dates this sheet does not use, so they are not listed here. They stay on this device: ${yourDataWords} lists them, to download or delete.`;
}

export function keptEntries(
  storage: DeviceStorage | null,
  slug: string,
  repeats: Repeats,
  worksheet: WorksheetData,
  now = new Date(),
): { entries: KeptEntry[]; notices: string[] } {
  const current = periodKey(repeats, now);
  const notices = storage ? [] : [entriesStorageOffNotice];
  const entries: KeptEntry[] = [];
  const listings = listEntries(storage, slug, repeats);
  // Kept under a date this sheet does not use (a week on a daily sheet, a
  // day that does not exist): not listed, but never unmentioned.
  const unlisted = handbookKeys(storage).filter((key) => isEntryKey(key, slug)).length;
  if (unlisted > listings.length) notices.push(unlistedEntriesNotice(unlisted - listings.length));
  for (const listing of listings) {
    const loaded = loadAnswers(storage, entrySlug(slug, listing.period), worksheet);
    // Kept while the device's clock was set ahead: listed first, and said.
    const later = listing.period !== null && comparePeriods(listing.period, current) > 0;
    const label = listing.period
      ? `${formatPeriod(listing.period)}${later ? ' (a date still to come)' : ''}`
      : 'Undated, from before';
    const what = listing.period ? entryFor(listing.period) : 'undated entry from before';
    // An entry that could not be opened says which day it was; once set
    // aside (a copy on "Your data") it is not listed as an empty entry.
    const said = loaded.status === 'unavailable' ? null : recordNotice(loaded);
    if (said) notices.push(`The ${what}: ${said}`);
    if (loaded.status === 'set-aside') continue;
    const kept = loaded.status === 'loaded' ? loaded.kept : [];
    entries.push({ ...listing, answers: shownAnswers(loaded), kept, label, what });
  }
  return { entries, notices };
}

/** One answer of an entry as its list shows it. */
export interface EntryAnswerLine {
  id: string;
  label: string;
  /** The answer as text, a line per list line or ticked choice; empty when unanswered. */
  text: string;
  /** A list's lines that hold words, each with its place on the sheet. */
  items?: { place: number; text: string }[];
}

/**
 * Each answer of an entry as text, field by field: list lines and ticked
 * choices a line each. Answers the sheet can no longer show (a question it
 * stopped asking) follow, named by their question: listed, not dropped.
 */
export function entryAnswerLines(
  worksheet: WorksheetData,
  answers: Answers,
  kept: readonly KeptField[] = [],
): EntryAnswerLine[] {
  const keptLines = kept.map((k) => ({
    id: `kept-${k.fieldId}`,
    label: questionOf(worksheet, k.fieldId),
    text: keptValueText(k.value),
  }));
  const shown = worksheet.fields
    .filter((field) => field.kind !== 'signature')
    .map((field) => {
      const value = answers[field.id];
      const lines = Array.isArray(value) ? value : [];
      if (field.kind === 'list') {
        // Numbered by their place on the sheet, so two lists written as
        // pairs ("tempted", "what I said instead") still pair up.
        const items = lines
          .map((text, i) => ({ place: i + 1, text }))
          .filter((item) => item.text.trim() !== '');
        return {
          id: field.id,
          label: field.label,
          text: items.map((item) => item.text).join('\n'),
          items,
        };
      }
      const text =
        field.kind === 'checklist'
          ? field.options
              .filter((o) => lines.includes(o.id))
              .map((o) => `✓ ${o.label}`)
              .join('\n')
          : printedText(field, answers);
      return { id: field.id, label: field.label, text };
    });
  return [...shown, ...keptLines];
}

/** How many of the newest entries an entries page shows open; older ones fold by month. */
export const OPEN_ENTRIES = 14;

export interface EntryMonth<T> {
  /** `2026-03`, or `undated` for an entry from before the sheet was dated. */
  key: string;
  /** "March 2026", or "Undated, from before". */
  label: string;
  entries: T[];
}

/**
 * A long list of entries as a reader can take it in: the newest open, the
 * rest folded by the month each starts in (newest month first). Six months
 * of a daily sheet listed whole ran to 160,000 px on a phone.
 */
export function entriesByMonth<T extends { period: string | null }>(
  entries: readonly T[],
  open = OPEN_ENTRIES,
): { open: T[]; months: EntryMonth<T>[] } {
  const months: EntryMonth<T>[] = [];
  const lastShown = entries[open - 1]?.period;
  const shownMonth = lastShown ? periodStartDay(lastShown)?.slice(0, 7) : undefined;
  for (const entry of entries.slice(open)) {
    const start = entry.period === null ? null : periodStartDay(entry.period);
    const key = start ? start.slice(0, 7) : 'undated';
    let month = months.find((m) => m.key === key);
    if (!month) {
      const label = start
        ? new Intl.DateTimeFormat(handbookLocale, {
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(`${key}-01T00:00:00Z`))
        : 'Undated, from before';
      // The rest of a month whose newest entries show above.
      month = { key, label: key === shownMonth ? `Earlier in ${label}` : label, entries: [] };
      months.push(month);
    }
    month.entries.push(entry);
  }
  return { open: entries.slice(0, open), months };
}
