/**
 * Self-check results kept over time, under `rt:results:<check>` (`handbook`
 * or a chapter's slug). One result a day: a later complete check the same
 * day replaces that day's. Scores are the average points (0 to 3) of each
 * step, so a chart and a table can show how each step moved.
 */
import type { RecordSchema, RecordSpec } from '../storage/storage';
import { isDayKey } from './dates';

export interface KeptResult {
  /** ISO time the result was kept. */
  savedAt: string;
  /** Area (chapter slug) → average points, 0 to 3. */
  scores: Record<string, number>;
  /** The plain-language reading, for a chapter check (e.g. "Well on the way"). */
  band?: string;
}

export interface KeptResults {
  /** Day key (`2026-03-02`) → that day's result. */
  results: Record<string, KeptResult>;
}

export const RESULTS_VERSION = 1;
export const emptyResults = (): KeptResults => ({ results: {} });

/** Far more than a reader will keep; the oldest go first beyond it. */
export const MAX_KEPT_RESULTS = 400;

const AREA = /^[a-z0-9][a-z0-9-]{0,80}$/;

function cleanResult(value: unknown): KeptResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const { savedAt, scores, band } = value as Record<string, unknown>;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return null;
  const clean: Record<string, number> = {};
  for (const [area, score] of Object.entries(scores as Record<string, unknown>)) {
    if (AREA.test(area) && typeof score === 'number' && score >= 0 && score <= 3) {
      clean[area] = score;
    }
  }
  const result: KeptResult = { savedAt, scores: clean };
  if (typeof band === 'string' && band.length <= 120) result.band = band;
  return result;
}

export const resultsSchema: RecordSchema<KeptResults> = {
  safeParse(data) {
    if (typeof data !== 'object' || data === null) return { success: false };
    const results = (data as { results?: unknown }).results;
    if (typeof results !== 'object' || results === null || Array.isArray(results)) {
      return { success: false };
    }
    const clean: Record<string, KeptResult> = {};
    for (const [day, value] of Object.entries(results as Record<string, unknown>)) {
      const result = isDayKey(day) ? cleanResult(value) : null;
      if (result) clean[day] = result;
    }
    return { success: true, data: { results: clean } };
  },
};

export function resultsSpec(check: string): RecordSpec<KeptResults> {
  return { key: `results:${check}`, version: RESULTS_VERSION, schema: resultsSchema };
}

/** Keeps today's result, replacing one kept earlier the same day. */
export function keepResult(
  kept: KeptResults,
  day: string,
  scores: Record<string, number>,
  now = new Date(),
  band?: string,
): KeptResults {
  const result: KeptResult = { savedAt: now.toISOString(), scores: { ...scores } };
  if (band) result.band = band;
  const results = { ...kept.results, [day]: result };
  const days = Object.keys(results).sort();
  for (const old of days.slice(0, Math.max(0, days.length - MAX_KEPT_RESULTS))) {
    delete results[old];
  }
  return { results };
}

export function deleteResult(kept: KeptResults, day: string): KeptResults {
  const results = { ...kept.results };
  delete results[day];
  return { results };
}

export interface DatedResult extends KeptResult {
  day: string;
}

/** Oldest first. */
export function resultsByDate(kept: KeptResults): DatedResult[] {
  return Object.entries(kept.results)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, result]) => ({ day, ...result }));
}

/** The latest result and the one before it, for showing side by side. */
export function lastTwo(kept: KeptResults): { last?: DatedResult; previous?: DatedResult } {
  const all = resultsByDate(kept);
  return { last: all.at(-1), previous: all.at(-2) };
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
