/**
 * Keeping a worksheet's answers on this device, through the handbook's one
 * storage module, under `rt:worksheet:<slug>`.
 */
import type { WorksheetData } from './schema';
import {
  loadRecord,
  removeRecord,
  saveRecord,
  type DeviceStorage,
  type LoadResult,
  type RecordSpec,
  type SaveResult,
} from '../storage/storage';
import { answersSchema, normaliseAnswers, type Answers } from './answers';

export const WORKSHEET_RECORD_VERSION = 1;

export function worksheetRecord(slug: string): RecordSpec<Record<string, string | string[]>> {
  return { key: `worksheet:${slug}`, version: WORKSHEET_RECORD_VERSION, schema: answersSchema };
}

/** Saved answers, checked against the worksheet as it is now. */
export function loadAnswers(
  storage: DeviceStorage | null,
  slug: string,
  worksheet: WorksheetData,
): LoadResult<Answers> {
  const result = loadRecord(storage, worksheetRecord(slug));
  if (result.status !== 'loaded') return result;
  // Fields the sheet no longer has, or answers that no longer fit, are left out.
  return { ...result, data: normaliseAnswers(worksheet, result.data).answers };
}

/** Saves the answers, or removes the record when nothing is filled in. */
export function saveAnswers(
  storage: DeviceStorage | null,
  slug: string,
  answers: Answers,
  now = new Date(),
): SaveResult {
  if (Object.keys(answers).length === 0) {
    return removeRecord(storage, worksheetRecord(slug).key)
      ? { ok: true, savedAt: now.toISOString() }
      : { ok: false, reason: 'unavailable' };
  }
  return saveRecord(storage, worksheetRecord(slug), answers, now);
}

export function clearAnswers(storage: DeviceStorage | null, slug: string): boolean {
  return removeRecord(storage, worksheetRecord(slug).key);
}
