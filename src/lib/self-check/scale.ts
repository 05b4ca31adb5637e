/**
 * The answers a self-check statement can take. Each statement has a kind that
 * fits what it asks:
 * - `frequency` for habits: Not yet, Sometimes, Mostly, Always;
 * - `done` for something done once: Not yet, Done;
 * - `yes` for a decision: Not yet, Yes.
 * A statement that only applies in some lives also offers "Does not apply to
 * me", which counts for nothing either way.
 *
 * Answers are saved by `value` (not by position), so labels can be reworded
 * without losing anything. "Not yet" is the same saved value on every kind.
 */

export const answerKinds = ['frequency', 'done', 'yes'] as const;
export type AnswerKind = (typeof answerKinds)[number];

export interface AnswerOption {
  value: AnswerValue;
  label: string;
  /** 0 to 3; null for "Does not apply to me", which counts for nothing. */
  points: number | null;
}

export const answerValues = [
  'not-yet',
  'sometimes',
  'mostly',
  'always',
  'done',
  'yes',
  'does-not-apply',
] as const;
export type AnswerValue = (typeof answerValues)[number];

/** Points for the best answer to one statement, whatever its kind. */
export const MAX_POINTS_PER_STATEMENT = 3;

/** "Not yet" and "Sometimes" are low: the reader gets a link to the section that helps. */
export const LOW_POINTS = 1;

export const DOES_NOT_APPLY: AnswerOption = {
  value: 'does-not-apply',
  label: 'Does not apply to me',
  points: null,
};

const NOT_YET: AnswerOption = { value: 'not-yet', label: 'Not yet', points: 0 };

export const answerScales: Record<AnswerKind, readonly AnswerOption[]> = {
  frequency: [
    NOT_YET,
    { value: 'sometimes', label: 'Sometimes', points: 1 },
    { value: 'mostly', label: 'Mostly', points: 2 },
    { value: 'always', label: 'Always', points: 3 },
  ],
  done: [NOT_YET, { value: 'done', label: 'Done', points: MAX_POINTS_PER_STATEMENT }],
  yes: [NOT_YET, { value: 'yes', label: 'Yes', points: MAX_POINTS_PER_STATEMENT }],
};

/** What a statement needs to know about its answers. */
export interface AnswerSpec {
  answers: AnswerKind;
  /** True when the statement may not apply: it offers "Does not apply to me". */
  mayNotApply: boolean;
}

/** The choices shown for a statement, in order. */
export function optionsFor(spec: AnswerSpec): readonly AnswerOption[] {
  const scale = answerScales[spec.answers];
  return spec.mayNotApply ? [...scale, DOES_NOT_APPLY] : scale;
}

const known = new Set<string>(answerValues);

/** True for any value some statement can take; whether it fits one statement is `fitAnswer`'s job. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' && known.has(value);
}

const allOptions = new Map<AnswerValue, AnswerOption>(
  [...answerScales.frequency, ...answerScales.done, ...answerScales.yes, DOES_NOT_APPLY].map(
    (o) => [o.value, o],
  ),
);

export function labelFor(value: AnswerValue): string {
  return allOptions.get(value)?.label ?? value;
}

/**
 * How a saved answer reads for a statement as it is now worded:
 * - `unanswered`: nothing saved;
 * - `answered`: a value this statement offers (or one that means the same:
 *   an old "Always" on a statement that is now Done / Not yet reads as Done);
 * - `earlier`: a value that does not fit the statement any more (e.g.
 *   "Mostly" on a statement that is now Done / Not yet). It is kept on the
 *   device, counts for nothing, and the reader is asked to choose again.
 */
export type FittedAnswer =
  | { status: 'unanswered' }
  | { status: 'answered'; option: AnswerOption }
  | { status: 'earlier'; earlier: AnswerValue; label: string };

export function fitAnswer(spec: AnswerSpec, saved: AnswerValue | undefined): FittedAnswer {
  if (saved === undefined) return { status: 'unanswered' };
  const options = optionsFor(spec);
  const exact = options.find((o) => o.value === saved);
  if (exact) return { status: 'answered', option: exact };
  // The one value that keeps its meaning across kinds: always done = done, always yes = yes.
  if (saved === 'always' && spec.answers !== 'frequency') {
    const top = options.find((o) => o.points === MAX_POINTS_PER_STATEMENT);
    if (top) return { status: 'answered', option: top };
  }
  return { status: 'earlier', earlier: saved, label: labelFor(saved) };
}

/** The scale words, for an average between two of them ("Mostly to Always"). */
const averageWords = answerScales.frequency;

/**
 * An average in words: the scale word it sits on or near ("Mostly"), or the
 * two words it lies well between ("Mostly to Always"), never a decimal.
 * Near means less than a quarter away: 1.17 read "Sometimes to Mostly", which
 * beside the lowest band flattered a result nearer Sometimes; 1.25 and 2.75
 * still read as between.
 */
export function labelForAverage(average: number): string {
  const clamped = Math.min(MAX_POINTS_PER_STATEMENT, Math.max(0, average));
  const word = (points: number) => averageWords.find((a) => a.points === points)?.label ?? '';
  const nearest = Math.round(clamped);
  if (Math.abs(clamped - nearest) < 0.25) return word(nearest);
  return `${word(Math.floor(clamped))} to ${word(Math.ceil(clamped))}`;
}
