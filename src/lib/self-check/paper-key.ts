/**
 * How to read a self-check answered by hand: the points and bands the page
 * uses, written out for paper. A check printed blank and filled in with a
 * pen otherwise ends with its last statement and no way to know what the
 * answers mean. Built at build time only (the key is plain HTML, printed).
 */
import type { BandRange } from './bands';
import { answerScales, type AnswerSpec } from './scale';

export interface PaperKey {
  /** What to do, in order. */
  steps: string[];
  /** A chapter's bands, with the totals each covers ("0 to 9"). */
  bands: { range: string; title: string; text: string }[];
}

/** "Not yet 0, Sometimes 1, Mostly 2, Always 3, Done 3": only answers these statements offer. */
export function pointsLine(statements: readonly AnswerSpec[]): string {
  const kinds = new Set(statements.map((s) => s.answers));
  const seen = new Map<string, number>();
  for (const [kind, options] of Object.entries(answerScales)) {
    if (!kinds.has(kind as AnswerSpec['answers'])) continue;
    for (const option of options) if (option.points !== null) seen.set(option.label, option.points);
  }
  const parts = [...seen].map(([label, points]) => `${label} ${points}`);
  return `Give each answer its points: ${parts.join(', ')}.`;
}

/** A chapter's check: add up, scale for "Does not apply", find the band. */
export function chapterPaperKey(
  statements: readonly AnswerSpec[],
  bands: readonly (BandRange & { title: string; text: string })[],
): PaperKey {
  const steps = [pointsLine(statements), 'Add them up.'];
  if (statements.some((s) => s.mayNotApply))
    steps.push(
      `If you answered “Does not apply to me” to any, multiply your total by ${statements.length}, divide it by the number of statements you answered otherwise, and drop anything after the point.`,
    );
  steps.push('Find your total below.');
  return {
    steps,
    bands: bands.map((b) => ({ range: `${b.min} to ${b.max}`, title: b.title, text: b.text })),
  };
}

/** The whole-handbook check: an average for each step; the lowest are where to start. */
export function handbookPaperKey(statements: readonly AnswerSpec[]): PaperKey {
  return {
    steps: [
      pointsLine(statements),
      'For each step, add up its points and divide by the number of its statements you answered, leaving out any “Does not apply to me”.',
      'The steps with the lowest numbers are where to start: below 2 means less than “Mostly”. Read those chapters first.',
    ],
    bands: [],
  };
}
