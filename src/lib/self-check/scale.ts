/**
 * The one answer scale every self-check uses. Answers are saved by `value`
 * (not by position), so the labels can be reworded without losing anything.
 */
export const answerScale = [
  { value: 'not-yet', label: 'Not yet', points: 0 },
  { value: 'sometimes', label: 'Sometimes', points: 1 },
  { value: 'mostly', label: 'Mostly', points: 2 },
  { value: 'always', label: 'Always', points: 3 },
] as const;

export type AnswerValue = (typeof answerScale)[number]['value'];

/** Points for the best answer to one statement. */
export const MAX_POINTS_PER_STATEMENT = 3;

/** "Not yet" and "Sometimes" are low: the reader gets a link to the section that helps. */
export const LOW_POINTS = 1;

const byValue = new Map<string, (typeof answerScale)[number]>(answerScale.map((a) => [a.value, a]));

export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' && byValue.has(value);
}

export function pointsFor(value: AnswerValue): number {
  return byValue.get(value)?.points ?? 0;
}

export function labelFor(value: AnswerValue): string {
  return byValue.get(value)?.label ?? value;
}

/**
 * An average in words: the scale word when it sits on one ("Mostly"), or the
 * two words it lies between ("Mostly to Always"), never a decimal.
 */
export function labelForAverage(average: number): string {
  const clamped = Math.min(MAX_POINTS_PER_STATEMENT, Math.max(0, average));
  const word = (points: number) => answerScale.find((a) => a.points === points)?.label ?? '';
  const nearest = Math.round(clamped);
  if (Math.abs(clamped - nearest) < 1e-9) return word(nearest);
  return `${word(Math.floor(clamped))} to ${word(Math.ceil(clamped))}`;
}
