import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import {
  entriesByMonth,
  entriesStorageOffNotice,
  entryAnswerLines,
  keptEntries,
  unlistedEntriesNotice,
  yourDataWords,
} from './kept-entries';
import { saveAnswerEdits } from './saving';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const now = new Date('2026-11-25T10:00:00Z');

describe('the entries page of a dated sheet (keptEntries)', () => {
  it('lists each kept entry with its answers, and names each one it could not open', () => {
    const storage = memoryStorage({
      'rt:worksheet:test:2026-11-20': '{"broken',
      'rt:worksheet:test:2026-11-21': '{"also broken',
    });
    saveAnswerEdits(storage, 'test:2026-11-22', sheet, { name: 'Sam' }, now);
    const { entries, notices } = keptEntries(storage, 'test', 'daily', sheet);
    expect(entries.map((e) => [e.period, e.answers, e.what])).toEqual([
      ['2026-11-22', { name: 'Sam' }, 'entry for 22 November 2026'],
    ]);
    // Both, not only the last: each names its day.
    expect(notices).toEqual([
      expect.stringMatching(
        /^The entry for 2[01] November 2026: Your earlier answers could not be opened/,
      ),
      expect.stringMatching(/^The entry for 2[01] November 2026: /),
    ]);
    expect(notices[0]).not.toBe(notices[1]);
  });

  it('says nothing about a damaged entry once it has been set aside and read again', () => {
    const storage = memoryStorage({ 'rt:worksheet:test:2026-11-20': '{"broken' });
    expect(keptEntries(storage, 'test', 'daily', sheet).notices).toHaveLength(1);
    expect(keptEntries(storage, 'test', 'daily', sheet)).toEqual({ entries: [], notices: [] });
  });

  it('lists an entry with one damaged answer, with its other answers, and says so', () => {
    const at = '2026-11-20T09:00:00.000Z';
    const storage = memoryStorage({
      'rt:worksheet:test:2026-11-20': JSON.stringify({
        version: 2,
        savedAt: at,
        fields: { name: { value: 'Sam', changedAt: at }, other: { changedAt: 'then' } },
      }),
    });
    const { entries, notices } = keptEntries(storage, 'test', 'daily', sheet);
    expect(entries.map((e) => e.answers)).toEqual([{ name: 'Sam' }]);
    expect(notices).toEqual([
      expect.stringMatching(
        /^The entry for 20 November 2026: Part of what was saved here was damaged/,
      ),
    ]);
  });

  it('says how many entries it cannot list, kept under a date this sheet does not use', () => {
    const storage = memoryStorage({});
    saveAnswerEdits(storage, 'test:2026-11-22', sheet, { name: 'Sam' }, now);
    // A week on a daily sheet, and a day that does not exist.
    saveAnswerEdits(storage, 'test:2026-W47', sheet, { name: 'Week' }, now);
    saveAnswerEdits(storage, 'test:2026-02-30', sheet, { name: 'No day' }, now);
    const { entries, notices } = keptEntries(storage, 'test', 'daily', sheet);
    expect(entries.map((e) => e.period)).toEqual(['2026-11-22']);
    expect(notices).toEqual([unlistedEntriesNotice(2)]);
    expect(unlistedEntriesNotice(2)).toMatch(
      /^2 entries are kept under dates this sheet does not use/,
    );
    expect(unlistedEntriesNotice(1)).toMatch(/^One entry is kept .* “Your data” lists it/);
    // Another sheet's entries are not this sheet's to mention, whatever its name starts with.
    saveAnswerEdits(storage, 'test-other:2026-W47', sheet, { name: 'Other' }, now);
    expect(keptEntries(storage, 'test', 'daily', sheet).notices).toEqual([
      unlistedEntriesNotice(2),
    ]);
  });

  it('says of an entry kept for a date still to come (a clock set ahead) that it is', () => {
    const storage = memoryStorage({});
    saveAnswerEdits(storage, 'test:2026-11-24', sheet, { name: 'Sam' }, now);
    saveAnswerEdits(storage, 'test:2027-03-02', sheet, { name: 'Ahead' }, now);
    const { entries } = keptEntries(storage, 'test', 'daily', sheet, now);
    expect(entries.map((e) => e.label)).toEqual([
      '2 March 2027 (a date still to come)',
      '24 November 2026',
    ]);
  });

  it('with storage off, says no entry can be kept or shown', () => {
    expect(keptEntries(null, 'test', 'daily', sheet)).toEqual({
      entries: [],
      notices: [entriesStorageOffNotice],
    });
  });
});

describe('an entry’s answers as text (entryAnswerLines)', () => {
  it('lists an answer to a question the sheet no longer asks, named by that question, not dropped', () => {
    const at = '2026-11-20T09:00:00.000Z';
    const retiring = { ...sheet, retired: [{ id: 'week', label: 'Week starting' }] };
    const storage = memoryStorage({
      'rt:worksheet:test:2026-11-20': JSON.stringify({
        version: 2,
        savedAt: at,
        fields: {
          name: { value: 'Sam', changedAt: at },
          week: { value: '2026-11-16', changedAt: at },
        },
      }),
    });
    const [entry] = keptEntries(storage, 'test', 'daily', retiring).entries;
    expect(entry?.answers).toEqual({ name: 'Sam' });
    const lines = entryAnswerLines(retiring, entry?.answers ?? {}, entry?.kept);
    expect(lines.at(-1)).toEqual({
      id: 'kept-week',
      label: 'Week starting',
      text: '16 November 2026',
    });
  });

  it('gives list lines and ticked choices a line each, dates in words, and leaves out the signature', () => {
    const lines = entryAnswerLines(sheet, {
      items: ['first', ' ', 'third'],
      ticks: ['b'],
      when: '2026-03-04',
    });
    expect(lines.map((l) => [l.label, l.text])).toEqual([
      ['Short answer', ''],
      ['Long answer', ''],
      ['Three things', 'first\nthird'],
      ['Tick what fits', '✓ Second'],
      ['Date', '4 March 2026'],
    ]);
    // A list keeps each line's place on the sheet, so lists written as pairs still pair.
    expect(lines[2]?.items).toEqual([
      { place: 1, text: 'first' },
      { place: 3, text: 'third' },
    ]);
  });
});

describe('a long list of entries, folded by month (entriesByMonth)', () => {
  const entry = (period: string | null) => ({ period });

  it('shows the newest open and folds the rest by the month each starts in, newest first', () => {
    const days = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2026, 2, 31 - i)).toISOString().slice(0, 10),
    );
    const { open, months } = entriesByMonth([...days.map(entry), entry(null)], 14);
    expect(open.map((e) => e.period)).toEqual(days.slice(0, 14));
    expect(months.map((m) => [m.label, m.entries.length])).toEqual([
      ['Earlier in March 2026', 17],
      ['February 2026', 9],
      ['Undated, from before', 1],
    ]);
    // Every entry is in exactly one place.
    expect(open.length + months.reduce((n, m) => n + m.entries.length, 0)).toBe(41);
  });

  it('folds a week by the month it starts in, and folds nothing in a short list', () => {
    // 2026-W01 starts on Monday 29 December 2025: it folds with December.
    const weeks = [entry('2026-W02'), entry('2026-W01'), entry('2025-W52')];
    expect(entriesByMonth(weeks, 0).months.map((m) => [m.label, m.entries])).toEqual([
      ['January 2026', [entry('2026-W02')]],
      ['December 2025', [entry('2026-W01'), entry('2025-W52')]],
    ]);
    expect(entriesByMonth([entry('2026-03-02')]).months).toEqual([]);
  });
});

describe('notices that send the reader to Your data', () => {
  it('name it in the words the entries page makes a link of', () => {
    for (const count of [1, 3]) expect(unlistedEntriesNotice(count)).toContain(yourDataWords);
  });
});
