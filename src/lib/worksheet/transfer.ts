/**
 * A worksheet's answers as a file to download. Loading one back is in
 * transfer-load.ts, which a worksheet fetches only when the reader chooses a file.
 */
import { ANSWERS_FILE_KIND } from '../storage/file-kinds';
import type { WorksheetData } from './schema';
import { siteName } from '../site/site';
import type { Answers } from './answers';

export const ANSWERS_FILE_VERSION = 1;

export interface AnswersFile {
  kind: typeof ANSWERS_FILE_KIND;
  version: number;
  handbook: string;
  worksheet: string;
  title: string;
  savedAt: string;
  /** A dated sheet's entry (`2026-11-26`, `2026-W48`), so loading it into another day can say so. */
  entry?: string;
  answers: Answers;
}

/**
 * The downloaded file's name. A dated entry's name (`daily-check-in:2026-11-26`)
 * carries its day, so two days' files can be told apart.
 */
export function answersFileName(entrySlug: string): string {
  return `${entrySlug.replace(/[^a-z0-9-]+/gi, '-')}-answers.json`;
}

export function answersFileText(
  slug: string,
  worksheet: WorksheetData,
  answers: Answers,
  now = new Date(),
  entry?: string,
): string {
  const file: AnswersFile = {
    kind: ANSWERS_FILE_KIND,
    version: ANSWERS_FILE_VERSION,
    handbook: siteName,
    worksheet: slug,
    title: worksheet.title,
    savedAt: now.toISOString(),
    ...(entry && { entry }),
    answers,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
