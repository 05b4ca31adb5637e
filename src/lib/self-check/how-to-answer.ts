/**
 * How to answer a check, above its statements, naming only the answers it
 * offers: the whole-handbook check said "answer Done or Yes" with no Yes
 * statement in it (a reader pass), and its key to score by hand had no
 * points for Yes.
 */
import type { AnswerKind } from './scale';

export function howToAnswer(
  statements: readonly { answers: AnswerKind; mayNotApply: boolean }[],
): string {
  const kinds = new Set(statements.map((s) => s.answers));
  const once = [kinds.has('done') && 'Done', kinds.has('yes') && 'Yes']
    .filter(Boolean)
    .join(' or ');
  const what =
    kinds.has('done') && kinds.has('yes')
      ? 'something done once, or decided'
      : kinds.has('yes')
        ? 'something decided'
        : 'something done once';
  return [
    kinds.has('frequency') && 'For habits, answer Not yet, Sometimes, Mostly or Always.',
    once && `For ${what}, answer ${once}, or Not yet.`,
    statements.some((s) => s.mayNotApply) &&
      'Where a statement may not fit your life, you can answer “Does not apply to me”; it then counts for nothing either way.',
    'There are no right answers to aim for, only honest ones.',
  ]
    .filter(Boolean)
    .join(' ');
}
