/**
 * Self-check results kept over time: one field record per check,
 * `rt:results:<check>` (`handbook` or a chapter's slug), one field per day.
 * A later complete check the same day replaces that day's. Scores are the average points (0 to 3) of each
 * step, so a chart and a table can show how each step moved.
 */
import type { Json } from '../storage/field-record';
import {
  FIELD_RECORD_VERSION,
  newerVersionNotice,
  saveFieldEdits,
  type FieldCheck,
  type FieldRecordSpec,
  type RecordLoad,
  type RecordSave,
} from '../storage/records';
import type { DeviceStorage } from '../storage/storage';
import { dayKey, isDayKey } from './dates';

/** A step's score is the average of its answers' points, each 0 ("Not yet") to 3 ("Always"). */
export const MAX_SCORE = 3;

/** One day's result as stored: each step's average, and for a chapter the reading. */
export interface ResultValue {
  /** Area (chapter slug) → average points, 0 to 3. */
  scores: Record<string, number>;
  /** The plain-language reading, for a chapter check (e.g. "Well on the way"). */
  band?: string;
}

export interface DatedResult extends ResultValue {
  /** Day key, e.g. `2026-03-02`. */
  day: string;
  /** ISO time the result was kept. */
  savedAt: string;
}

const AREA = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Checks one stored day; a day the page cannot read is kept in the record, not dropped. */
export function checkResult(day: string, value: Json): FieldCheck<ResultValue> {
  const refuse = { ok: false as const, problem: 'is not a self-check result this page can show' };
  if (!isDayKey(day) || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse;
  }
  const { scores, band } = value;
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return refuse;
  const clean: Record<string, number> = {};
  for (const [area, score] of Object.entries(scores)) {
    if (!AREA.test(area) || typeof score !== 'number' || score < 0 || score > MAX_SCORE)
      return refuse;
    clean[area] = score;
  }
  const result: ResultValue = { scores: clean };
  if (typeof band === 'string' && band.length <= 120) result.band = band;
  return { ok: true, value: result };
}

export function resultsKey(check: string): string {
  return `results:${check}`;
}

export function resultsRecord(check: string): FieldRecordSpec<ResultValue> {
  return { key: resultsKey(check), version: FIELD_RECORD_VERSION, checkField: checkResult };
}

/** Keeps a day's result; a later one the same day replaces it (one field per day). */
export function saveResult(
  storage: DeviceStorage | null,
  check: string,
  day: string,
  result: ResultValue,
  now = new Date(),
): RecordSave {
  const value: { [key: string]: Json } = { scores: { ...result.scores } };
  if (result.band) value['band'] = result.band;
  return saveFieldEdits(storage, resultsRecord(check), { [day]: { value } }, now);
}

export function deleteResult(
  storage: DeviceStorage | null,
  check: string,
  day: string,
  now = new Date(),
): RecordSave {
  return saveFieldEdits(storage, resultsRecord(check), { [day]: { deleted: true } }, now);
}

/** The kept results a load gives, oldest first (none for any other status). */
export function resultsByDate(load: RecordLoad<ResultValue>): DatedResult[] {
  if (load.status !== 'loaded') return [];
  return Object.entries(load.values)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, result]) => ({ day, savedAt: load.changedAt[day] ?? '', ...result }));
}

/**
 * What to tell the reader about kept results the page cannot show (from
 * another version, or partly damaged), so a chart that leaves them out
 * never reads as "no result": null when every kept result shows. Beside
 * damage they are not "unchanged": one with an unreadable time is kept with
 * a readable one, and the copy holds it as it was.
 */
export function unshownResultsNotice(load: RecordLoad<ResultValue>): string | null {
  if (load.status === 'loaded' && (load.kept.length > 0 || load.setAside)) {
    const one = load.kept.length === 1;
    const damaged = load.setAside
      ? 'Part of your kept results was damaged. Every result that could be read is here, and a copy of them all, as they were, is kept on this device (see “Your data” to download it). '
      : '';
    const unshown = load.kept.length
      ? `${one ? 'One kept result' : `${load.kept.length} kept results`} could not be shown here: ${one ? 'it was' : 'they were'} saved in a form this page cannot read. ${one ? 'It stays' : 'They stay'} on this device${damaged ? '' : ', unchanged,'} and “Your data” can download ${one ? 'it' : 'them'}.`
      : '';
    return `${damaged}${unshown}`.trim();
  }
  if (load.status === 'set-aside')
    return `The record of your kept results could not be opened, because it ${load.reason}. A copy is kept on this device (see “Your data” to download it), and results are kept afresh from now on.`;
  // A tab that took an update saved them: nothing is wrong with the device.
  if (load.status === 'unreadable' && load.newer) return newerVersionNotice('Your kept results');
  if (load.status === 'unreadable')
    return `The record of your kept results could not be opened, because it ${load.reason}, and there is no room on this device for a copy. It is left exactly as it is, and no new result is kept over it. “Your data” can download it.`;
  return null;
}

/**
 * Results kept while the device's clock was set ahead, apart from the rest:
 * for a day still to come, and at a time still to come. Left as they are,
 * one kept with a clock a year ahead would stand as the latest result, and
 * squeeze every real one to the edge of the chart, for a year. A result kept
 * in a time zone ahead of this one (a day later by its own calendar, but
 * kept in the past) is real, and stays with the rest.
 */
export function splitAtToday(
  results: readonly DatedResult[],
  now: Date,
): { shown: DatedResult[]; later: DatedResult[] } {
  const today = dayKey(now);
  const isLater = (r: DatedResult) => r.day > today && Date.parse(r.savedAt) > now.getTime();
  return { shown: results.filter((r) => !isLater(r)), later: results.filter(isLater) };
}

/** Said when the browser would not let one kept result be deleted. */
export const resultNotDeleted =
  'That result could not be deleted: this browser is not letting the handbook change what it saved.';

/** The latest result and the one before it, for showing side by side. */
export function lastTwo(results: readonly DatedResult[]): {
  last: DatedResult | undefined;
  previous: DatedResult | undefined;
} {
  return { last: results.at(-1), previous: results.at(-2) };
}

/** Every step's average, for keeping: areas with no answered statement are left out. */
export function scoresFromProfile(
  profile: readonly { chapter: string; average: number | null }[],
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const area of profile) {
    if (area.average !== null) scores[area.chapter] = Math.round(area.average * 1000) / 1000;
  }
  return scores;
}
