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
  return later.length === 1
    ? `A result is kept for ${days}, a day still to come: this device’s clock was probably wrong when it was kept. It is left out of your results until that day. Delete it here if it should not be kept.`
    : `${later.length} results are kept for days still to come (${days}): this device’s clock was probably wrong when they were kept. They are left out of your results until those days. Delete them here if they should not be kept.`;
}
