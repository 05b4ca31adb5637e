import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { loadFieldRecord } from '../storage/records';
import {
  chartLayout,
  closestGap,
  dayPositions,
  labelsNeedYear,
  markerFor,
  spacedTicks,
} from './chart';
import {
  checkResult,
  deleteResult,
  lastTwo,
  resultsByDate,
  resultsRecord,
  saveResult,
  scoresFromProfile,
  splitAtToday,
  unshownResultsNotice,
  type DatedResult,
} from './results';

const areas = [
  { chapter: 'one', title: 'One' },
  { chapter: 'two', title: 'Two' },
];
const kept = (storage: ReturnType<typeof memoryStorage>) =>
  resultsByDate(loadFieldRecord(storage, resultsRecord('handbook')));

describe('kept results', () => {
  it('keeps one result a day: a later one the same day replaces it', () => {
    const storage = memoryStorage();
    saveResult(
      storage,
      'handbook',
      '2026-03-02',
      { scores: { one: 1 } },
      new Date('2026-03-02T09:00Z'),
    );
    saveResult(
      storage,
      'handbook',
      '2026-03-02',
      { scores: { one: 2 } },
      new Date('2026-03-02T18:00Z'),
    );
    saveResult(
      storage,
      'handbook',
      '2026-03-09',
      { scores: { one: 3 } },
      new Date('2026-03-09T09:00Z'),
    );
    const results = kept(storage);
    expect(results.map((r) => [r.day, r.scores['one'], r.savedAt])).toEqual([
      ['2026-03-02', 2, '2026-03-02T18:00:00.000Z'],
      ['2026-03-09', 3, '2026-03-09T09:00:00.000Z'],
    ]);
    const { last, previous } = lastTwo(results);
    expect([previous?.day, last?.day]).toEqual(['2026-03-02', '2026-03-09']);
    deleteResult(storage, 'handbook', '2026-03-02', new Date('2026-03-10T09:00Z'));
    expect(kept(storage).map((r) => r.day)).toEqual(['2026-03-09']);
  });

  it('keeps only answered steps, and checks each stored day', () => {
    expect(
      scoresFromProfile([
        { chapter: 'one', average: 2 / 3 },
        { chapter: 'two', average: null },
      ]),
    ).toEqual({ one: 0.667 });
    expect(checkResult('2026-03-02', { scores: { one: 2 }, band: 'Well on the way' })).toEqual({
      ok: true,
      value: { scores: { one: 2 }, band: 'Well on the way' },
    });
    expect(checkResult('2026-02-30', { scores: { one: 2 } }).ok).toBe(false);
    expect(checkResult('2026-03-02', { scores: { one: 9 } }).ok).toBe(false);
    expect(checkResult('2026-03-02', 'good').ok).toBe(false);
  });
});

describe('results kept while the clock was set ahead', () => {
  const now = new Date('2026-03-11T10:00:00Z');
  const result = (day: string, savedAt = `${day}T10:00:00.000Z`): DatedResult => ({
    day,
    savedAt,
    scores: { one: 1 },
  });

  it('are left out of the latest until their day comes, and kept apart', () => {
    const results = ['2026-02-23', '2026-03-10', '2026-03-11', '2027-03-02'].map((d) => result(d));
    const { shown, later } = splitAtToday(results, now);
    expect(lastTwo(shown).last?.day).toBe('2026-03-11');
    expect(lastTwo(shown).previous?.day).toBe('2026-03-10');
    expect(later.map((r) => r.day)).toEqual(['2027-03-02']);
    // Once the day comes, it is a result like any other.
    expect(splitAtToday(results, new Date('2027-03-02T12:00:00Z')).later).toEqual([]);
  });

  it('leave alone a result kept in a time zone ahead: a day later by its calendar, kept in the past', () => {
    // Kept in Tokyo on the morning of 12 March, seen the same hour in London.
    const tokyo = result('2026-03-12', '2026-03-11T01:00:00.000Z');
    expect(splitAtToday([tokyo], now)).toEqual({ shown: [tokyo], later: [] });
    // A result whose time cannot be read is shown, never hidden.
    expect(splitAtToday([result('2026-03-20', '')], now).later).toEqual([]);
  });
});

describe('kept results the page cannot show', () => {
  /** A record of results as stored, each field given whole (its value, time or mark). */
  const storedFields = (fields: Record<string, unknown>) =>
    memoryStorage({
      'rt:results:handbook': JSON.stringify({
        version: 2,
        savedAt: '2026-11-19T09:00:00.000Z',
        fields,
      }),
    });
  const stored = (values: Record<string, unknown>) =>
    storedFields(
      Object.fromEntries(
        Object.entries(values).map(([day, value]) => [
          day,
          { value, changedAt: '2026-11-19T09:00:00.000Z' },
        ]),
      ),
    );
  const load = (storage: ReturnType<typeof memoryStorage>) =>
    loadFieldRecord(storage, resultsRecord('handbook'));

  it('are named, so a chart without them never reads as "no result", and are left as they were', () => {
    const storage = stored({
      '2026-11-19': { scores: { one: 'high' } },
      '2026-13-45': { scores: { one: 2 } },
      '2026-11-20': { scores: { one: 2 } },
    });
    const before = storage.getItem('rt:results:handbook');
    expect(kept(storage).map((r) => r.day)).toEqual(['2026-11-20']);
    expect(unshownResultsNotice(load(storage))).toMatch(/^2 kept results could not be shown/);
    expect(storage.getItem('rt:results:handbook')).toBe(before);
  });

  it('say nothing when every result shows, or none is kept', () => {
    expect(unshownResultsNotice(load(stored({ '2026-11-20': { scores: { one: 2 } } })))).toBe(null);
    expect(unshownResultsNotice(load(memoryStorage()))).toBe(null);
  });

  it('a damaged record set aside is said, not shown as no result', () => {
    const storage = memoryStorage({ 'rt:results:handbook': '{"broken' });
    expect(unshownResultsNotice(load(storage))).toMatch(/could not be opened.*copy is kept/);
  });

  it('results partly damaged: the rest show, and the damage is said', () => {
    const storage = storedFields({
      '2026-11-19': { value: { scores: { one: 2 } }, changedAt: '2026-11-19T09:00:00.000Z' },
      '2026-11-20': { deleted: 'yes', changedAt: 'Friday' },
    });
    const loaded = load(storage);
    expect(unshownResultsNotice(loaded)).toMatch(/^Part of your kept results was damaged.*copy/);
    expect(resultsByDate(loaded).map((r) => r.day)).toEqual(['2026-11-19']);
  });

  it('a result with an unreadable time is not called unchanged: the copy as it was is', () => {
    const storage = storedFields({
      '2026-11-19': { value: { scores: { one: 2 } }, changedAt: '2026-11-19T09:00:00.000Z' },
      '2026-11-20': { value: { scores: { one: 'high' } }, changedAt: 'x' },
    });
    const notice = unshownResultsNotice(load(storage)) ?? '';
    expect(notice).toMatch(
      /^Part of your kept results was damaged.*copy of them all, as they were/,
    );
    expect(notice).not.toContain('unchanged');
  });

  it('results a newer version kept ask for a reload, and say nothing of a full device', () => {
    const newer = JSON.stringify({ version: 99, savedAt: '2026-11-20T09:00:00.000Z', fields: {} });
    const storage = memoryStorage({ 'rt:results:handbook': newer });
    const notice = unshownResultsNotice(load(storage));
    expect(notice).toMatch(/newer version of the handbook.*Reload this page/);
    expect(notice).not.toMatch(/no room/);
    expect(storage.getItem('rt:results:handbook')).toBe(newer);
  });
});

const dated = (day: string, scores: Record<string, number>): DatedResult => ({
  day,
  savedAt: `${day}T09:00:00.000Z`,
  scores,
});

describe('results chart', () => {
  it('places dates in proportion to the time between them', () => {
    const xs = dayPositions(['2026-03-11', '2026-03-01', '2026-03-03'], 0, 100);
    expect([...xs.entries()]).toEqual([
      ['2026-03-01', 0],
      ['2026-03-03', 20],
      ['2026-03-11', 100],
    ]);
    expect([...dayPositions(['2026-03-01'], 0, 100).values()]).toEqual([50]);
  });

  it('draws each step in its own band: higher scores sit higher, one marker per result', () => {
    const results = [dated('2026-03-02', { one: 0, two: 3 }), dated('2026-03-09', { one: 3 })];
    const chart = chartLayout(results, areas, { width: 200, rowHeight: 60, margin: 10 });
    const [one, two] = chart.rows;
    expect(one?.points.map((p) => p.x)).toEqual([10, 190]);
    expect(one?.points[0]?.y).toBe(one?.bottom);
    expect(one?.points[1]?.y).toBe(one?.top);
    expect(one?.path).toBe(`M10 ${one?.bottom} L190 ${one?.top}`);
    // Step two was not answered the second time: one marker, no line.
    expect(two?.points).toHaveLength(1);
    expect(two?.path).toBe('');
    expect((two?.top ?? 0) > (one?.bottom ?? 0)).toBe(true);
    expect(chart.ticks.map((t) => t.day)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('shrinks the markers, ringless, as daily results crowd together, so the line still shows', () => {
    expect(markerFor(closestGap([10, 190]))).toEqual({ radius: 5, ring: 2 });
    expect(markerFor(closestGap([10]))).toEqual({ radius: 5, ring: 2 });
    // Ninety daily results across a phone's chart: about 3 units apart.
    const days = Array.from({ length: 90 }, (_, i) =>
      dated(new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), { one: i % 4 }),
    );
    const chart = chartLayout(days, areas, { width: 327 });
    expect(chart.marker.ring).toBe(0);
    expect(chart.marker.radius).toBeLessThanOrEqual(1.5);
    expect(markerFor(8)).toEqual({ radius: 3.2, ring: 0 });
  });

  it('keeps the first and the last date label, and between them only those with room', () => {
    const at = (...xs: number[]) => xs.map((x) => ({ x }));
    expect(spacedTicks(at(0, 10, 50, 90, 100), 40)).toEqual(at(0, 50, 100));
    expect(spacedTicks(at(0, 100), 40)).toEqual(at(0, 100));
    expect(spacedTicks(at(0, 30, 60, 100), 40)).toEqual(at(0, 60, 100));
  });

  it('gives no two dates overlapping labels, days or a year apart, and writes the year across a new one', () => {
    const month = [
      dated('2026-11-01', { one: 1 }),
      dated('2026-11-02', { one: 2 }),
      dated('2026-11-30', { one: 3 }),
    ];
    const chart = chartLayout(month, areas);
    expect(chart.ticks.map((t) => t.day)).toEqual(['2026-11-01', '2026-11-30']);
    expect(chart.withYear).toBe(false);
    const year = [
      '2026-12-20',
      '2026-12-31',
      '2027-01-05',
      '2027-03-01',
      '2027-06-01',
      '2027-12-21',
    ];
    const long = chartLayout(
      year.map((day) => dated(day, { one: 2 })),
      areas,
    );
    expect(long.withYear).toBe(true);
    const xs = long.ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++)
      // Room for "20 Dec 2026" under a reader's own text spacing (WCAG 1.4.12).
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(144);
    expect(long.ticks[0]?.day).toBe('2026-12-20');
    expect(long.ticks.at(-1)?.day).toBe('2027-12-21');
    expect(labelsNeedYear(['2026-01-01', '2026-12-31'], '2026')).toBe(false);
  });

  it('labels the dates with their year when they are all from another year', () => {
    const lastYear = ['2025-01-06', '2025-12-22'];
    expect(labelsNeedYear(lastYear, '2026')).toBe(true);
    expect(labelsNeedYear(lastYear, '2025')).toBe(false);
    const results = lastYear.map((day) => dated(day, { one: 1 }));
    expect(chartLayout(results, areas, { thisYear: '2026' }).withYear).toBe(true);
    expect(chartLayout(results, areas, { thisYear: '2025' }).withYear).toBe(false);
  });
});
