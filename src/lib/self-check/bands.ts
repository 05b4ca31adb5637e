/**
 * Bands turn a total into a plain-language reading. They must cover every
 * possible total exactly once, so no reader ever falls between two bands.
 */
export interface BandRange {
  min: number;
  max: number;
}

export interface BandProblem {
  /** Field path inside the definition, e.g. `bands[1].min`. */
  path: (string | number)[];
  message: string;
}

/** Problems with a set of bands for totals 0..maxScore; empty when they fit. */
export function bandProblems(bands: readonly BandRange[], maxScore: number): BandProblem[] {
  const problems: BandProblem[] = [];
  bands.forEach((band, i) => {
    if (band.min > band.max) {
      problems.push({
        path: ['bands', i, 'max'],
        message: `max (${band.max}) is below min (${band.min})`,
      });
    }
  });
  if (problems.length > 0) return problems;
  // Bands are read in the order written, lowest first.
  let expected = 0;
  bands.forEach((band, i) => {
    if (band.min < expected) {
      problems.push({
        path: ['bands', i, 'min'],
        message:
          i === 0
            ? `must be 0 (the lowest possible total), not ${band.min}`
            : `overlaps the band before it: min is ${band.min} but that band ends at ${expected - 1}`,
      });
    } else if (band.min > expected) {
      problems.push({
        path: ['bands', i, 'min'],
        message:
          i === 0
            ? `must be 0 (the lowest possible total), not ${band.min}`
            : `leaves a gap: totals ${expected} to ${band.min - 1} fall in no band`,
      });
    }
    expected = band.max + 1;
  });
  const last = bands.length - 1;
  if (last >= 0 && expected - 1 !== maxScore) {
    problems.push({
      path: ['bands', last, 'max'],
      message: `must be ${maxScore} (the highest possible total for these statements), not ${expected - 1}`,
    });
  }
  return problems;
}

/** The band a total falls in, or undefined if the bands do not cover it. */
export function bandFor<T extends BandRange>(bands: readonly T[], total: number): T | undefined {
  return bands.find((band) => total >= band.min && total <= band.max);
}
