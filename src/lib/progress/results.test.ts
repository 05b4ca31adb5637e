import { describe, expect, it } from 'vitest';
import { chartLayout, dayPositions, thinTicks } from './chart';
import {
  deleteResult,
  emptyResults,
  keepResult,
  lastTwo,
  resultsByDate,
  resultsSchema,
  scoresFromProfile,
} from './results';

const areas = [
  { chapter: 'one', title: 'One' },
  { chapter: 'two', title: 'Two' },
];

describe('kept results', () => {
  it('keeps one result a day: a later one the same day replaces it', () => {
    let kept = keepResult(emptyResults(), '2026-03-02', { one: 1 }, new Date('2026-03-02T09:00Z'));
    kept = keepResult(kept, '2026-03-02', { one: 2 }, new Date('2026-03-02T18:00Z'));
    kept = keepResult(kept, '2026-03-09', { one: 3 }, new Date('2026-03-09T09:00Z'));
    expect(resultsByDate(kept).map((r) => [r.day, r.scores['one']])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-09', 3],
    ]);
    const { last, previous } = lastTwo(kept);
    expect([previous?.day, last?.day]).toEqual(['2026-03-02', '2026-03-09']);
    expect(resultsByDate(deleteResult(kept, '2026-03-02')).map((r) => r.day)).toEqual([
      '2026-03-09',
    ]);
  });

  it('keeps only answered steps, and reads back only valid days and scores', () => {
    expect(
      scoresFromProfile([
        { chapter: 'one', average: 2 / 3 },
        { chapter: 'two', average: null },
      ]),
    ).toEqual({ one: 0.667 });
    const checked = resultsSchema.safeParse({
      results: {
        '2026-03-02': { savedAt: '2026-03-02T09:00:00.000Z', scores: { one: 2, two: 9 } },
        '2026-02-30': { savedAt: '2026-03-02T09:00:00.000Z', scores: { one: 2 } },
        yesterday: { savedAt: '2026-03-02T09:00:00.000Z', scores: { one: 2 } },
      },
    });
    expect(checked.success && checked.data).toEqual({
      results: { '2026-03-02': { savedAt: '2026-03-02T09:00:00.000Z', scores: { one: 2 } } },
    });
  });
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
    const results = resultsByDate(
      keepResult(keepResult(emptyResults(), '2026-03-02', { one: 0, two: 3 }), '2026-03-09', {
        one: 3,
      }),
    );
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

  it('thins date labels but keeps the first and the last', () => {
    expect(thinTicks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4)).toEqual([1, 4, 7, 10]);
    expect(thinTicks([1, 2], 5)).toEqual([1, 2]);
  });
});
