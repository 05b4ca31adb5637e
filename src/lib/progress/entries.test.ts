import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import {
  earlierEntryCount,
  entryLookedAtAgain,
  entrySlug,
  entryIsKept,
  entryToOpen,
  isEntryKey,
  listEntries,
  parseEntryKey,
} from './entries';

const record = (savedAt: string) => JSON.stringify({ version: 1, savedAt, data: { a: 'x' } });

describe('dated worksheet entries', () => {
  it('opens this week’s entry unless the address names another', () => {
    const now = new Date(2026, 2, 4);
    expect(entryToOpen('weekly', '', now)).toEqual({
      period: '2026-W10',
      current: '2026-W10',
      isCurrent: true,
    });
    expect(entryToOpen('weekly', '?entry=2026-W09', now).period).toBe('2026-W09');
    expect(entryToOpen('weekly', '?entry=undated', now).period).toBeNull();
    expect(entryToOpen('weekly', '?entry=2026-03-02', now).period).toBe('2026-W10');
    expect(entryToOpen('daily', '?entry=2026-03-02', now).period).toBe('2026-03-02');
  });

  it('opens the current entry for a day that does not exist, and says what was asked', () => {
    const now = new Date(2026, 2, 4);
    expect(entryToOpen('daily', '?entry=2026-02-30', now)).toEqual({
      period: '2026-03-04',
      current: '2026-03-04',
      isCurrent: true,
      ignored: { asked: '2026-02-30', later: false },
    });
    expect(entryToOpen('daily', '?entry=2026-W10', now).ignored).toEqual({
      asked: '2026-W10',
      later: false,
    });
    expect(entryToOpen('daily', '?entry=2026-03-02', now).ignored).toBeUndefined();
  });

  it('starts no entry for a day still to come, but opens one already kept', () => {
    const now = new Date(2026, 2, 4);
    expect(entryToOpen('daily', '?entry=2099-01-01', now)).toMatchObject({
      period: '2026-03-04',
      isCurrent: true,
      ignored: { asked: '2099-01-01', later: true },
    });
    const storage = memoryStorage({ 'rt:worksheet:daily-check-in:2026-03-05': record('x') });
    const kept = (period: string) => entryIsKept(storage, 'daily-check-in', period);
    expect(entryToOpen('daily', '?entry=2026-03-05', now, kept)).toEqual({
      period: '2026-03-05',
      current: '2026-03-04',
      isCurrent: false,
    });
    expect(entryToOpen('daily', '?entry=2026-03-06', now, kept).period).toBe('2026-03-04');
  });

  it('knows a sheet’s entry keys, dated or not, from other sheets’ keys', () => {
    expect(isEntryKey('rt:worksheet:daily-check-in', 'daily-check-in')).toBe(true);
    expect(isEntryKey('rt:worksheet:daily-check-in:2026-03-02', 'daily-check-in')).toBe(true);
    expect(isEntryKey('rt:worksheet:daily-check-in-two', 'daily-check-in')).toBe(false);
    expect(isEntryKey('rt:worksheet:no-contact', 'daily-check-in')).toBe(false);
    expect(isEntryKey('rt:reading', 'daily-check-in')).toBe(false);
  });

  it('lists a sheet’s entries newest first, an undated one last, other sheets left out', () => {
    const storage = memoryStorage({
      'rt:worksheet:honest:2026-W09': record('2026-02-24T10:00:00.000Z'),
      'rt:worksheet:honest:2026-W10': record('2026-03-03T10:00:00.000Z'),
      'rt:worksheet:honest': record('2026-01-01T10:00:00.000Z'),
      'rt:worksheet:honest:2026-03-02': record('2026-03-02T10:00:00.000Z'),
      'rt:worksheet:honesty': record('2026-01-01T10:00:00.000Z'),
    });
    expect(listEntries(storage, 'honest', 'weekly').map((e) => e.period)).toEqual([
      '2026-W10',
      '2026-W09',
      null,
    ]);
    expect(entrySlug('honest', '2026-W10')).toBe('honest:2026-W10');
    expect(parseEntryKey('worksheet:honest:2026-W10')).toEqual({
      slug: 'honest',
      period: '2026-W10',
    });
    expect(parseEntryKey('worksheet:honest')).toBeNull();
  });
});

describe('entryLookedAtAgain', () => {
  const evening = new Date(2026, 10, 26, 23, 59);
  const morning = new Date(2026, 10, 27, 8, 0);

  it('keeps the entry a page opened, and says when the day has moved on', () => {
    const opened = entryToOpen('daily', '', evening);
    expect(entryLookedAtAgain(opened, 'daily', evening)).toMatchObject({
      period: '2026-11-26',
      isCurrent: true,
      rolledOver: false,
    });
    expect(entryLookedAtAgain(opened, 'daily', morning)).toMatchObject({
      period: '2026-11-26',
      current: '2026-11-27',
      isCurrent: false,
      rolledOver: true,
    });
  });

  it('does the same when a new week begins', () => {
    const sunday = new Date(2026, 10, 29, 22, 0);
    const monday = new Date(2026, 10, 30, 7, 0);
    const opened = entryToOpen('weekly', '', sunday);
    expect(entryLookedAtAgain(opened, 'weekly', monday)).toMatchObject({
      period: opened.period,
      isCurrent: false,
      rolledOver: true,
    });
  });

  it('never calls an earlier entry opened on purpose a rolled-over one', () => {
    const opened = entryToOpen('daily', '?entry=2026-11-20', evening);
    expect(entryLookedAtAgain(opened, 'daily', morning).rolledOver).toBe(false);
  });
});

describe('earlierEntryCount (the entry bar’s “Your earlier entries (n)”)', () => {
  const listing = (period: string | null) => ({ period, key: `k:${period}`, savedAt: null });
  it('counts entries before today’s and the undated one, not today’s nor one dated later', () => {
    const entries = ['2026-11-27', '2026-11-26', '2026-11-20', null, '2026-12-01'].map(listing);
    expect(earlierEntryCount(entries, '2026-11-27')).toBe(3);
    expect(earlierEntryCount([], '2026-11-27')).toBe(0);
  });
});
