import { describe, expect, it } from 'vitest';
import {
  dayKey,
  formatDay,
  formatPeriod,
  formatShortDay,
  isDateBoxValue,
  isDayKey,
  periodInSentence,
  isPeriodKey,
  periodKey,
  recentPeriods,
  weekKey,
  weekStart,
} from './dates';

describe('day and week keys', () => {
  it('uses the reader’s own calendar day', () => {
    expect(dayKey(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
    expect(dayKey(new Date(2026, 2, 3, 0, 1))).toBe('2026-03-03');
  });

  it('numbers weeks the ISO way: Monday to Sunday, the year of its Thursday', () => {
    expect(weekKey(new Date(2026, 2, 2))).toBe('2026-W10'); // Monday
    expect(weekKey(new Date(2026, 2, 8))).toBe('2026-W10'); // Sunday
    expect(weekKey(new Date(2026, 2, 9))).toBe('2026-W11');
    expect(weekKey(new Date(2027, 0, 1))).toBe('2026-W53'); // a Friday in 2026's last week
    expect(weekKey(new Date(2024, 11, 30))).toBe('2025-W01');
  });

  it('finds the Monday a week starts on, and refuses weeks that do not exist', () => {
    expect(weekStart('2026-W10')).toBe('2026-03-02');
    expect(weekStart('2025-W01')).toBe('2024-12-30');
    expect(weekStart('2026-W53')).toBe('2026-12-28');
    expect(weekStart('2025-W53')).toBeNull();
    expect(weekStart('2026-W00')).toBeNull();
  });

  it('checks period keys by kind', () => {
    expect(isPeriodKey('daily', '2026-02-29')).toBe(false);
    expect(isPeriodKey('daily', '2028-02-29')).toBe(true);
    expect(isPeriodKey('weekly', '2026-W10')).toBe(true);
    expect(isPeriodKey('weekly', '2026-03-02')).toBe(false);
    expect(periodKey('weekly', new Date(2026, 2, 4))).toBe('2026-W10');
    expect(periodKey('daily', new Date(2026, 2, 4))).toBe('2026-03-04');
  });

  it('lists the last seven days and the last four weeks, newest first', () => {
    expect(recentPeriods('daily', '2026-03-02')).toEqual([
      '2026-03-02',
      '2026-03-01',
      '2026-02-28',
      '2026-02-27',
      '2026-02-26',
      '2026-02-25',
      '2026-02-24',
    ]);
    expect(recentPeriods('weekly', '2026-W02')).toEqual([
      '2026-W02',
      '2026-W01',
      '2025-W52',
      '2025-W51',
    ]);
  });

  it('writes dates in the handbook’s language, whatever the browser’s, as printed answers are', () => {
    expect(formatDay('2026-03-02')).toBe('2 March 2026');
    expect(formatShortDay('2026-03-02')).toBe('2 Mar');
    expect(formatPeriod('2026-W10')).toBe('Week of 2 March 2026');
    expect(formatDay('2026-03-02', 'en-US')).toBe('March 2, 2026');
    expect(formatPeriod('2026-W10', 'en-GB')).toBe('Week of 2 March 2026');
    expect(formatPeriod('2026-03-02', 'en-GB')).toBe('2 March 2026');
    expect(periodInSentence('2026-W10')).toBe('the week of 2 March 2026');
    expect(periodInSentence('2026-03-02')).toBe('2 March 2026');
  });

  it('writes a day of any year a date box takes, not years 0 to 99 as 1900 to 1999', () => {
    expect(formatDay('0002-02-14')).toBe('14 February 2');
    expect(formatDay('0099-12-31')).toBe('31 December 99');
    expect(formatDay('20266-02-14')).toBe('14 February 20266');
    expect(weekStart('0050-W01')).toBe('0050-01-03');
    // Keys of entries and results keep four digits: they sort and compare as text.
    expect(isDayKey('20266-02-14')).toBe(false);
    expect(isDateBoxValue('20266-02-14')).toBe(true);
    expect(isDateBoxValue('2026-02-31')).toBe(false);
  });
});
