/**
 * How a self-check's answers are kept on the device (through the storage
 * module) and read back. Reading back never throws: answers to statements
 * that no longer exist, or values the scale does not know, are dropped.
 */
import type { RecordSchema, RecordSpec } from '../storage/storage';
import { isAnswerValue, type AnswerValue } from './scale';
import type { Answers } from './scoring';

/** Bump when the shape of SavedAnswers changes; older records are set aside. */
export const SAVED_ANSWERS_VERSION = 1;

export interface SavedAnswers {
  /** statement id → answer value, as saved (checked again on restore). */
  answers: Record<string, unknown>;
}

/**
 * Checked by hand rather than with zod, so the island does not ship zod to
 * the browser. Each answer is checked again by restoreAnswers.
 */
const savedAnswersSchema: RecordSchema<SavedAnswers> = {
  safeParse(data) {
    if (typeof data !== 'object' || data === null || !('answers' in data))
      return { success: false };
    const { answers } = data as { answers: unknown };
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
      return { success: false };
    }
    return { success: true, data: { answers: { ...(answers as Record<string, unknown>) } } };
  },
};

/** `self-check:<chapter-slug>` or `self-check:handbook`. */
export function selfCheckKey(name: string): string {
  return `self-check:${name}`;
}

export function savedAnswersSpec(name: string): RecordSpec<SavedAnswers> {
  return { key: selfCheckKey(name), version: SAVED_ANSWERS_VERSION, schema: savedAnswersSchema };
}

export interface Restored {
  answers: Answers;
  /** How many saved answers were left out (statement gone or value unknown). */
  dropped: number;
}

/** Keeps only answers to statements that exist, with values on the scale. */
export function restoreAnswers(saved: unknown, statementIds: readonly string[]): Restored {
  const known = new Set(statementIds);
  const answers: Record<string, AnswerValue> = {};
  let dropped = 0;
  const raw =
    typeof saved === 'object' && saved !== null && 'answers' in saved
      ? (saved as { answers: unknown }).answers
      : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { answers, dropped };
  for (const [id, value] of Object.entries(raw)) {
    if (known.has(id) && isAnswerValue(value)) answers[id] = value;
    else dropped += 1;
  }
  return { answers, dropped };
}

/** The answers to save: only known statements, in a plain object. */
export function answersToSave(answers: Answers): SavedAnswers {
  return { answers: { ...answers } };
}
