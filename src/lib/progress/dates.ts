/**
 * Dates for things kept over time. Storage holds ISO keys: a day is
 * `2026-03-02` (the reader's own calendar day) and a week is `2026-W10`
 * (ISO 8601: weeks start on Monday). Dates are written in the handbook's
 * language (en-GB) whatever the browser's, so screen and paper agree.
 */
import { handbookLocale } from '../site/site';

export type Repeats = 'daily' | 'weekly';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date box's value: a year of four to six digits (up to 275760). */
const DATE_BOX_DAY = /^(\d{4,6})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The reader's calendar day for a moment, e.g. `2026-03-02`. */
export function dayKey(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Midnight UTC of a day, for any year: `Date.UTC` reads years 0 to 99 as
 * 1900 to 1999, so a date box's "0002-02-14", held as the reader types the
 * year, was refused as a day that does not exist.
 */
function utcMidnight(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** A day key as midnight UTC of that day (for arithmetic that ignores time zones). */
function utcDay(key: string, pattern = DAY): Date | null {
  const match = pattern.exec(key);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = utcMidnight(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : null;
}

export function isDayKey(key: string): boolean {
  return utcDay(key) !== null;
}

/**
 * A day that exists, in any year a date box takes. As the reader types 2026
 * the box holds 0002, 0020 and 0202, and a slip of a key makes it 20266:
 * each is their answer, never one that does not fit. Keys of entries and
 * results keep four digits, which sort and compare as text.
 */
export function isDateBoxValue(value: string): boolean {
  return utcDay(value, DATE_BOX_DAY) !== null;
}

/** ISO 8601 week of a day key: the week belongs to the year of its Thursday. */
function isoWeekOfDay(key: string): string {
  const date = utcDay(key);
  if (!date) return '';
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = utcMidnight(year, 0, 4);
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
  const week = Math.floor((thursday.getTime() - firstMonday) / (7 * 86_400_000)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The reader's ISO week for a moment, e.g. `2026-W10`. */
export function weekKey(date: Date): string {
  return isoWeekOfDay(dayKey(date));
}

/** The Monday a week key starts on, as a day key; null if the key is not a week. */
export function weekStart(key: string): string | null {
  const match = WEEK.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  const jan4 = utcMidnight(year, 0, 4).getTime();
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const start = new Date(monday1 + (week - 1) * 7 * 86_400_000);
  const startKey = `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`;
  // Week 53 exists only in some years.
  return isoWeekOfDay(startKey) === key ? startKey : null;
}

export function isWeekKey(key: string): boolean {
  return weekStart(key) !== null;
}

export function periodKey(repeats: Repeats, date: Date): string {
  return repeats === 'daily' ? dayKey(date) : weekKey(date);
}

export function isPeriodKey(repeats: Repeats, key: string): boolean {
  return repeats === 'daily' ? isDayKey(key) : isWeekKey(key);
}

/** The day a period starts on, for sorting and display. */
export function periodStartDay(key: string): string | null {
  if (isDayKey(key)) return key;
  return weekStart(key);
}

/** Orders two periods by the day each starts: below zero when `a` comes first. */
export function comparePeriods(a: string, b: string): number {
  return (periodStartDay(a) ?? '').localeCompare(periodStartDay(b) ?? '');
}

function shiftDay(key: string, days: number): string {
  const date = utcDay(key);
  if (!date) return key;
  const moved = new Date(date.getTime() + days * 86_400_000);
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * The periods that make up "the last seven days" or "the last four weeks",
 * ending with the one given, newest first.
 */
export function recentPeriods(repeats: Repeats, current: string, count?: number): string[] {
  const n = count ?? (repeats === 'daily' ? 7 : 4);
  if (repeats === 'daily') {
    if (!isDayKey(current)) return [];
    return Array.from({ length: n }, (_, i) => shiftDay(current, -i));
  }
  const monday = weekStart(current);
  if (!monday) return [];
  return Array.from({ length: n }, (_, i) => isoWeekOfDay(shiftDay(monday, -7 * i)));
}

/** A day key written out in the handbook's language, e.g. "2 March 2026". */
export function formatDay(key: string, locale: string | string[] = handbookLocale): string {
  const date = utcDay(key, DATE_BOX_DAY);
  if (!date) return key;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "2 March 2026" for a day, "Week of 2 March 2026" for a week. */
export function formatPeriod(key: string, locale: string | string[] = handbookLocale): string {
  if (isDayKey(key)) return formatDay(key, locale);
  const start = weekStart(key);
  return start ? `Week of ${formatDay(start, locale)}` : key;
}

/** A period inside a sentence: "2 March 2026", or "the week of 2 March 2026". */
export function periodInSentence(key: string, locale: string | string[] = handbookLocale): string {
  const label = formatPeriod(key, locale);
  return isDayKey(key) || label === key ? label : `the w${label.slice(1)}`;
}

/** A short date for a chart's axis, e.g. "2 Mar", or "2 Mar 2026" with its year. */
export function formatShortDay(
  key: string,
  locale: string | string[] = handbookLocale,
  withYear = false,
): string {
  const date = utcDay(key);
  if (!date) return key;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** Whole days from one day key to another (later minus earlier). */
export function daysBetween(from: string, to: string): number {
  const a = utcDay(from);
  const b = utcDay(to);
  if (!a || !b) return 0;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}
