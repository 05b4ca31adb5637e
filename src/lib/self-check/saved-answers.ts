/**
 * How a self-check's answers are kept on the device: a field record (one
 * field per statement, each with its own change time) under
 * `rt:self-check:<chapter>` or `rt:self-check:handbook`. Only the answer the
 * reader just gave is written, so two tabs never undo each other. Answers to
 * statements no longer in the check, or values no scale offers, are kept in
 * the record untouched and counted, never dropped.
 */
import { FIELD_RECORD_VERSION, type FieldRecordSpec } from '../storage/records';
import { selfCheckFromVersion1 } from '../storage/version-1';
import { isAnswerValue, optionsFor, type AnswerSpec, type AnswerValue } from './scale';

/** `self-check:<chapter-slug>` or `self-check:handbook`. */
export function selfCheckKey(name: string): string {
  return `self-check:${name}`;
}

export function selfCheckRecord(
  name: string,
  statementIds: readonly string[],
): FieldRecordSpec<AnswerValue> {
  const known = new Set(statementIds);
  return {
    key: selfCheckKey(name),
    version: FIELD_RECORD_VERSION,
    checkField(statementId, value) {
      if (!known.has(statementId)) {
        return { ok: false, problem: 'is for a statement no longer in this check' };
      }
      return isAnswerValue(value)
        ? { ok: true, value }
        : { ok: false, problem: 'is an answer this check no longer offers' };
    },
    // Version 1 kept `{ answers: { statement id: value } }` as one object.
    upgrade: selfCheckFromVersion1,
  };
}

/** "2 saved answers …", or null when every saved answer is shown. */
export function keptAnswersText(count: number): string | null {
  if (count === 0) return null;
  return count === 1
    ? 'One saved answer is for a statement this check no longer has (or is an answer it no longer offers). It is kept on this device, unchanged, and you can download it from “Your data”.'
    : `${count} saved answers are for statements this check no longer has (or are answers it no longer offers). They are kept on this device, unchanged, and you can download them from “Your data”.`;
}

/** The radio group of one statement: `self-check-<check name>-<statement id>`. */
export function answerGroupName(checkName: string, statementId: string): string {
  return `self-check-${checkName}-${statementId}`;
}

/**
 * Set by a self-check form on its root, naming the check, when it has saved
 * answers ticked before it woke: whoever keeps results and wakes later
 * (keep-result.ts) keeps today's result for them.
 */
export const answeredEarlyAttribute = 'data-answered-early';

/** The ticked radios under `root` (a self-check, or the whole page). */
export function tickedRadios(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')];
}

/**
 * The answers a check's ticked radios give, by statement id: what the page
 * shows, read by the island for answers ticked before it woke (they are the
 * reader's latest) and by the results keeper once an answer changes. Radios
 * of other checks, and values a statement does not offer, are left out.
 */
export function answersFromTicked(
  ticked: readonly { name: string; value: string }[],
  checkName: string,
  statements: readonly (AnswerSpec & { id: string })[],
): Record<string, AnswerValue> {
  const byGroup = new Map(statements.map((s) => [answerGroupName(checkName, s.id), s]));
  const answers: Record<string, AnswerValue> = {};
  for (const { name, value } of ticked) {
    const statement = byGroup.get(name);
    if (!statement || !isAnswerValue(value)) continue;
    if (optionsFor(statement).some((o) => o.value === value)) answers[statement.id] = value;
  }
  return answers;
}
