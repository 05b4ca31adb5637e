/**
 * The span a printout of recent entries covers, written out for its title:
 * "20 November 2026 to 26 November 2026", or for weekly sheets "Weeks of
 * 2 November 2026 to 23 November 2026". Apart from dates.ts, which every
 * island loads, as only the entries page prints it.
 */
import { comparePeriods, formatDay, periodStartDay } from './dates';

export function periodRange(periods: readonly string[], locale?: string | string[]): string {
  const starts = [...periods]
    .sort(comparePeriods)
    .map((key) => ({ key, day: periodStartDay(key) }))
    .filter((p): p is { key: string; day: string } => p.day !== null);
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (!first || !last) return '';
  const weekly = first.day !== first.key;
  const from = formatDay(first.day, locale);
  const to = formatDay(last.day, locale);
  if (first === last) return weekly ? `Week of ${from}` : from;
  return weekly ? `Weeks of ${from} to ${to}` : `${from} to ${to}`;
}
