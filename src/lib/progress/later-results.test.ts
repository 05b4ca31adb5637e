import { describe, expect, it } from 'vitest';
import { laterResultsNotice } from './later-results';
import type { DatedResult } from './results';

describe('results kept for a day still to come', () => {
  const result = (day: string): DatedResult => ({ day, savedAt: '', scores: { one: 1 } });

  it('are named by date, with the likely reason and what to do', () => {
    expect(laterResultsNotice([result('2027-03-02')])).toBe(
      'A result is kept for 2 March 2027, a day still to come: this device’s clock was probably wrong when it was kept. It is left out of your results until that day. Delete it here if it should not be kept.',
    );
    expect(laterResultsNotice([result('2027-03-02'), result('2027-04-01')])).toMatch(
      /^2 results are kept for days still to come \(2 March 2027, 1 April 2027\): .* Delete them here/,
    );
  });
});
