/**
 * Keeping a worksheet's answers on this device as a field record (one field
 * per worksheet field, each with its own change time) under
 * `rt:worksheet:<slug>`. Only the fields the reader changes are written, so
 * two tabs never undo each other, and answers the sheet cannot show now are
 * kept in the record and reported, never dropped.
 */
import {
  FIELD_RECORD_VERSION,
  clearRecord,
  loadFieldRecord,
  saveFieldEdits,
  type FieldRecordSpec,
  type RecordLoad,
  type ClearOutcome,
  type RecordSave,
} from '../storage/records';
import { fullKey, keepCopyOnce, type DeviceStorage } from '../storage/storage';
import { worksheetFromVersion1 } from '../storage/version-1';

export type { ClearOutcome };
import type { FieldEdit } from '../storage/field-record';
import { checkAnswer, isEmptyAnswer, type Answer, type Answers } from './answers';
import type { WorksheetData } from './schema';

/**
 * Keeps the record saved as `key` (without the prefix) as a recovery copy,
 * before what the reader now does replaces or clears its words: 'copied',
 * 'none' when nothing is saved there, or null when no copy could be made
 * (no room, or the browser refused).
 */
export function keepRecordCopy(storage: DeviceStorage, key: string): 'copied' | 'none' | null {
  try {
    const raw = storage.getItem(fullKey(key));
    if (raw === null) return 'none';
    return keepCopyOnce(storage, key, raw) ? 'copied' : null;
  } catch {
    return null;
  }
}

export function worksheetKey(slug: string): string {
  return `worksheet:${slug}`;
}

export function worksheetRecord(slug: string, worksheet: WorksheetData): FieldRecordSpec<Answer> {
  return {
    key: worksheetKey(slug),
    version: FIELD_RECORD_VERSION,
    checkField: (fieldId, value) => checkAnswer(worksheet, fieldId, value),
    // Version 1 kept the whole sheet as one object of answers.
    upgrade: worksheetFromVersion1,
    unnoted: worksheet.saving === 'ask',
  };
}

export function loadAnswers(
  storage: Parameters<typeof loadFieldRecord>[0],
  slug: string,
  worksheet: WorksheetData,
): RecordLoad<Answer> {
  return loadFieldRecord(storage, worksheetRecord(slug, worksheet));
}

/** The edit that stores one field's answer, or deletes it when empty. */
export function answerEdit(answer: Answer | undefined): FieldEdit {
  return answer === undefined || isEmptyAnswer(answer) ? { deleted: true } : { value: answer };
}

/** Saves the given fields only (e.g. the one the reader just typed in). */
export function saveAnswerEdits(
  storage: Parameters<typeof saveFieldEdits>[0],
  slug: string,
  worksheet: WorksheetData,
  answers: Readonly<Record<string, Answer | undefined>>,
  now = new Date(),
): RecordSave {
  const edits: Record<string, FieldEdit> = {};
  for (const [id, answer] of Object.entries(answers)) edits[id] = answerEdit(answer);
  return saveFieldEdits(storage, worksheetRecord(slug, worksheet), edits, now);
}

/**
 * Removes the sheet's saved answers when the reader clears it or chooses not
 * to save it. A saved copy this page cannot read is first set aside as a
 * recovery copy when there is room (then the answers go); with no room it
 * stays where it is, whole. Cleared, the sheet's name and the time are noted
 * (so an older backup leaves it out); not saved, or a sheet that asks before
 * it saves anything, nothing of it stays.
 */
export function clearAnswers(
  storage: DeviceStorage | null,
  slug: string,
  worksheet: WorksheetData,
  why: 'cleared' | 'not-saving' = 'cleared',
): ClearOutcome {
  const unreadable = loadAnswers(storage, slug, worksheet).status === 'unreadable';
  const noted = why === 'cleared' && worksheet.saving !== 'ask';
  return clearRecord(storage, worksheetKey(slug), unreadable, noted);
}

/** What a load gives the form: the answers it can show (empty for any other status). */
export function shownAnswers(load: RecordLoad<Answer>): Answers {
  return load.status === 'loaded' ? { ...load.values } : {};
}
