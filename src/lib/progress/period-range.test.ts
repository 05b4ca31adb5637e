import { describe, expect, it } from 'vitest';
import { recentPeriods } from './dates';
import { periodRange } from './period-range';

describe('the span a printout of recent entries covers', () => {
  it('runs from the oldest day to the newest, whatever order the days come in', () => {
    const days = recentPeriods('daily', '2026-11-26');
    expect(periodRange(days, 'en-GB')).toBe('20 November 2026 to 26 November 2026');
    expect(periodRange(['2026-11-26', '2026-11-20', '2026-11-23'], 'en-GB')).toBe(
      '20 November 2026 to 26 November 2026',
    );
  });

  it('names weeks by their Mondays', () => {
    const weeks = recentPeriods('weekly', '2026-W48');
    expect(periodRange(weeks, 'en-GB')).toBe('Weeks of 2 November 2026 to 23 November 2026');
    expect(periodRange(['2026-W48'], 'en-GB')).toBe('Week of 23 November 2026');
  });

  it('crosses a year, and says nothing for no dated period', () => {
    expect(periodRange(['2026-12-29', '2027-01-02'], 'en-GB')).toBe(
      '29 December 2026 to 2 January 2027',
    );
    expect(periodRange(['2026-11-26'], 'en-GB')).toBe('26 November 2026');
    expect(periodRange([], 'en-GB')).toBe('');
    expect(periodRange(['not a date'], 'en-GB')).toBe('');
  });
});
