/**
 * Words for results kept for a day still to come (see splitAtToday in
 * results.ts). Apart from results.ts so they travel only with the view that
 * says them, which is fetched when there is such a result.
 */
import { formatDay } from './dates';
import type { DatedResult } from './results';

/** What to tell the reader about results kept for days still to come. */
export function laterResultsNotice(later: readonly DatedResult[]): string {
  const days = later.map((r) => formatDay(r.day)).join(', ');
  // Which clock is wrong cannot be known: one set back today hides real
  // results, and "delete them" would have lost a reader's history.
  return later.length === 1
    ? `A result is kept for ${days}, a day still to come by this device’s clock. Either the clock is wrong now, or it was when the result was kept: check the date on this device. Until that day the result is left out of your results. Delete it here only if it is not a result you gave.`
    : `${later.length} results are kept for days still to come by this device’s clock (${days}). Either the clock is wrong now, or it was when they were kept: check the date on this device. Until those days they are left out of your results. Delete one here only if it is not a result you gave.`;
}
