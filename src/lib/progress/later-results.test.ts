import { describe, expect, it } from 'vitest';
import { laterResultsNotice } from './later-results';
import type { DatedResult } from './results';

describe('results kept for a day still to come', () => {
  const result = (day: string): DatedResult => ({ day, savedAt: '', scores: { one: 1 } });

  it('are named by date, with the likely reason and what to do', () => {
    expect(laterResultsNotice([result('2027-03-02')])).toBe(
      'A result is kept for 2 March 2027, a day still to come by this device’s clock. Either the clock is wrong now, or it was when the result was kept: check the date on this device. Until that day the result is left out of your results. Delete it here only if it is not a result you gave.',
    );
    expect(laterResultsNotice([result('2027-03-02'), result('2027-04-01')])).toMatch(
      /^2 results are kept for days still to come by this device’s clock \(2 March 2027, 1 April 2027\)\. Either the clock is wrong now.* Delete one here only if/,
    );
  });
});
