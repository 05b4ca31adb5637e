import { describe, expect, it } from 'vitest';
import { bandFor, bandProblems } from './bands';

const bands = [
  { min: 0, max: 7, title: 'Just starting' },
  { min: 8, max: 13, title: 'On the way' },
  { min: 14, max: 18, title: 'Steady' },
];

describe('bandFor', () => {
  it.each([
    [0, 'Just starting'],
    [7, 'Just starting'],
    [8, 'On the way'],
    [13, 'On the way'],
    [14, 'Steady'],
    [18, 'Steady'],
  ])('puts a total of %i in "%s"', (total, title) => {
    expect(bandFor(bands, total)?.title).toBe(title);
  });

  it('finds no band outside the range', () => {
    expect(bandFor(bands, 19)).toBeUndefined();
    expect(bandFor(bands, -1)).toBeUndefined();
  });
});

describe('bandProblems', () => {
  it('accepts bands that cover 0 to the maximum exactly once', () => {
    expect(bandProblems(bands, 18)).toEqual([]);
  });

  it('names the band that overlaps the one before it', () => {
    const problems = bandProblems(
      [
        { min: 0, max: 8 },
        { min: 8, max: 18 },
      ],
      18,
    );
    expect(problems).toEqual([
      { path: ['bands', 1, 'min'], message: expect.stringMatching(/overlaps/) },
    ]);
  });

  it('names a gap between bands', () => {
    const problems = bandProblems(
      [
        { min: 0, max: 6 },
        { min: 8, max: 18 },
      ],
      18,
    );
    expect(problems).toEqual([
      { path: ['bands', 1, 'min'], message: expect.stringMatching(/gap: totals 7 to 7/) },
    ]);
  });

  it('requires the first band to start at 0 and the last to end at the maximum', () => {
    const problems = bandProblems(
      [
        { min: 1, max: 9 },
        { min: 10, max: 17 },
      ],
      18,
    );
    expect(problems.map((p) => p.path)).toEqual([
      ['bands', 0, 'min'],
      ['bands', 1, 'max'],
    ]);
  });

  it('rejects a band whose max is below its min', () => {
    expect(bandProblems([{ min: 5, max: 2 }], 18)[0]?.path).toEqual(['bands', 0, 'max']);
  });
});
