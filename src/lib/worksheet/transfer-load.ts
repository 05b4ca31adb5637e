/**
 * Loading a worksheet's answers back from a file. A file is checked in full
 * before anything changes: too large, not an answers file, another worksheet
 * or another version give the reader a plain message and leave their answers
 * as they were. Single answers the sheet cannot take are listed, not silently
 * dropped, and loading over existing answers asks first, naming each field it
 * would change. Fetched only when the reader chooses a file (answers-file-tools.ts).
 */
import { entryFor } from '../progress/entries';
import { liveFields } from '../storage/field-record';
import {
  ANSWERS_FILE_KIND,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
} from '../storage/file-kinds';
import { anyFieldRecord, readStoredRecord } from '../storage/records';
import { fullKey, type DeviceStorage } from '../storage/storage';
import { version1UpgradeFor } from '../storage/version-1';
import type { WorksheetData } from './schema';
import {
  normaliseAnswers,
  questionOf,
  type Answer,
  type Answers,
  type FieldProblem,
} from './answers';
import { keepRecordCopy } from './saving';
import { ANSWERS_FILE_VERSION, type AnswersFile } from './transfer';

/** Far more than any real answers file (a full sheet is a few KB). */
export const MAX_ANSWERS_FILE_BYTES = 256 * 1024;

export type ImportResult =
  | {
      ok: true;
      answers: Answers;
      /** Answers in the file this sheet cannot take (field gone, odd date…), with why. */
      skipped: FieldProblem[];
      /** Answers loaded but worth a word (longer than a box now allows…). */
      notes: FieldProblem[];
      /** The dated entry the file was downloaded from, when it says (files since 2026-11-27). */
      entry?: string;
    }
  | { ok: false; message: string };

const unchanged = 'Your answers have not been changed.';

/**
 * Refuses a file by its size: an answers file over 256 KB, a whole backup
 * (which holds this sheet too) over what any backup can be.
 */
export function checkAnswersFileSize(bytes: number, backup = false): ImportResult | null {
  if (backup)
    return bytes > MAX_BACKUP_BYTES
      ? {
          ok: false,
          message: `That backup is too large to read (over ${MAX_BACKUP_BYTES / 1_000_000} MB). ${unchanged}`,
        }
      : null;
  return bytes > MAX_ANSWERS_FILE_BYTES
    ? {
        ok: false,
        message: `That file is too large to be a worksheet answers file (${Math.ceil(bytes / 1024)} KB; answers files are under ${MAX_ANSWERS_FILE_BYTES / 1024} KB). ${unchanged}`,
      }
    : null;
}

export function readAnswersFile(
  text: string,
  slug: string,
  worksheet: WorksheetData,
  recordSlug = slug,
): ImportResult {
  // A whole backup may be far larger: it is read for this sheet's answers.
  const backup = text.includes(BACKUP_FORMAT);
  const tooLarge = checkAnswersFileSize(new TextEncoder().encode(text).length, backup);
  if (tooLarge) return tooLarge;
  const notOurs = {
    ok: false as const,
    message: `That file is not a worksheet answers file from this handbook. Choose a file you downloaded with “Download answers”. ${unchanged}`,
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Nothing in it: a download stopped before its first byte, whatever its name says.
    if (!text.trim())
      return {
        ok: false,
        message: `That file is empty (perhaps its download did not finish), so it holds no answers. Download your answers again where they are saved. ${unchanged}`,
      };
    if (backup)
      return {
        ok: false,
        message: `That backup is damaged or incomplete (perhaps its download did not finish), so it cannot be read. ${unchanged}`,
      };
    // Ours, but cut short or damaged (a download that did not finish).
    if (text.includes(ANSWERS_FILE_KIND))
      return {
        ok: false,
        message: `That answers file is damaged or incomplete (perhaps its download did not finish), so it cannot be read. Download your answers again where they are saved. ${unchanged}`,
      };
    return notOurs;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return notOurs;
  if ((parsed as { format?: unknown }).format === BACKUP_FORMAT) {
    return readSheetInBackup(parsed as Record<string, unknown>, worksheet, recordSlug);
  }
  const file = parsed as Partial<Record<keyof AnswersFile, unknown>>;
  if (file.kind !== ANSWERS_FILE_KIND) return notOurs;
  if (file.version !== ANSWERS_FILE_VERSION) {
    return {
      ok: false,
      message: `That answers file was made by a different version of the handbook, so it cannot be loaded here. ${unchanged}`,
    };
  }
  if (file.worksheet !== slug) {
    const other = typeof file.title === 'string' ? `“${file.title.slice(0, 80)}”` : 'another sheet';
    return {
      ok: false,
      message: `That file holds answers for ${other}, not for “${worksheet.title}”. Open that worksheet to load it. ${unchanged}`,
    };
  }
  if (typeof file.answers !== 'object' || file.answers === null || Array.isArray(file.answers)) {
    return notOurs;
  }
  const { answers, problems, notes } = normaliseAnswers(
    worksheet,
    file.answers as Record<string, unknown>,
  );
  // A date in a form the handbook writes, or nothing: it is only ever named.
  const entry =
    typeof file.entry === 'string' && /^\d{4}-(?:\d\d-\d\d|W\d\d)$/.test(file.entry)
      ? file.entry
      : undefined;
  return { ok: true, answers, skipped: problems, notes, ...(entry && { entry }) };
}

/**
 * This sheet's answers in a whole backup (the record the page is open on:
 * a dated sheet's entry for its day). "Your data" merges a backup, so the
 * later change of each answer wins, and words written over since the backup
 * was made could not come back from it; here they can, asked first field by
 * field, with what is here kept as a recovery copy, as from an answers file.
 */
function readSheetInBackup(
  backup: Record<string, unknown>,
  worksheet: WorksheetData,
  recordSlug: string,
): ImportResult {
  const version = backup['version'];
  if (version !== BACKUP_VERSION) {
    return {
      ok: false,
      message:
        typeof version === 'number' && version > BACKUP_VERSION
          ? `That backup was made by a newer version of the handbook. Reload this page to get the newest version, then choose the file again. ${unchanged}`
          : `That backup is from an unknown version of the handbook. ${unchanged}`,
    };
  }
  const items = backup['items'];
  const key = `worksheet:${recordSlug}`;
  const held = typeof items === 'object' && items !== null && Object.hasOwn(items, fullKey(key));
  const raw = held ? (items as Record<string, unknown>)[fullKey(key)] : undefined;
  const entry = recordSlug.split(':')[1];
  if (!held) {
    return {
      ok: false,
      message: `That backup holds no answers for “${worksheet.title}”${entry ? ' on this day or week' : ''}. To load everything in it, use “Your data”. ${unchanged}`,
    };
  }
  const damaged = {
    ok: false as const,
    message: `This sheet's answers in that backup are damaged or in a form this page cannot read. ${unchanged}`,
  };
  if (typeof raw !== 'string') return damaged;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return damaged;
  }
  const read = readStoredRecord(record, anyFieldRecord('', version1UpgradeFor(key)));
  const fields = read.ok ? read.fields : read.readable;
  if (!fields) return damaged;
  const values = Object.fromEntries(
    Object.entries(liveFields(fields)).map(([id, { value }]) => [id, value]),
  );
  const { answers, problems, notes } = normaliseAnswers(worksheet, values);
  // A damaged answer is named and left alone here: read as missing, it was
  // offered as "Clears your answer".
  const named = (record as { fields?: unknown }).fields;
  const unreadable =
    read.ok || typeof named !== 'object' || named === null
      ? []
      : Object.keys(named).filter((id) => !Object.hasOwn(fields, id));
  const skipped = [
    ...problems,
    ...unreadable.map((fieldId) => ({
      fieldId,
      label: questionOf(worksheet, fieldId),
      problem: 'is damaged in the backup',
    })),
  ];
  return { ok: true, answers, skipped, notes, ...(entry && { entry }) };
}

/**
 * Reads a file the reader chose: its size first, then its text. A file that
 * cannot be read (moved or deleted since it was chosen, a cloud file not on
 * the phone) is said, not left to fail without a word.
 */
export async function readChosenAnswersFile(
  file: Blob,
  slug: string,
  worksheet: WorksheetData,
  recordSlug = slug,
): Promise<ImportResult> {
  // Only a whole backup may be larger (it holds this sheet too): its first
  // bytes say so, so a photo chosen by mistake is never read whole.
  if (file.size > MAX_ANSWERS_FILE_BYTES) {
    let head = '';
    try {
      head = await file.slice(0, 200).text();
    } catch {
      // Read below, and said there.
    }
    const tooLarge = checkAnswersFileSize(file.size, head.includes(BACKUP_FORMAT));
    if (tooLarge) return tooLarge;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `That file could not be read. ${unchanged}` };
  }
  return readAnswersFile(text, slug, worksheet, recordSlug);
}

export interface AnswersLoadPlan {
  /** Field labels that are empty here and get an answer from the file. */
  adding: string[];
  /** Field labels whose answer here the file's answer replaces. */
  replacing: string[];
  /** Field labels answered here that the file leaves empty: loading clears them. */
  clearing: string[];
  /** The changes, by field id, to save if the reader goes ahead. */
  changes: Record<string, Answer | undefined>;
}

/**
 * What loading a file's answers would change on this sheet, field by field.
 * A field whose answer in the file could not be used (`unusable`) is left as
 * it is here: a bad value in a file is no reason to clear a good answer.
 */
export function planAnswersLoad(
  worksheet: WorksheetData,
  current: Readonly<Answers>,
  incoming: Readonly<Answers>,
  unusable: ReadonlySet<string> = new Set(),
): AnswersLoadPlan {
  const plan: AnswersLoadPlan = { adding: [], replacing: [], clearing: [], changes: {} };
  for (const field of worksheet.fields) {
    if (unusable.has(field.id)) continue;
    const here = Object.hasOwn(current, field.id) ? current[field.id] : undefined;
    const there = Object.hasOwn(incoming, field.id) ? incoming[field.id] : undefined;
    if (JSON.stringify(here) === JSON.stringify(there)) continue;
    plan.changes[field.id] = there;
    if (here === undefined) plan.adding.push(field.label);
    else if (there === undefined) plan.clearing.push(field.label);
    else plan.replacing.push(field.label);
  }
  return plan;
}

/**
 * The plan in plain words, for the question asked before loading;
 * `copyFirst`: answers are saved here, so a copy is kept before any goes.
 */
export function describeAnswersLoad(plan: AnswersLoadPlan, copyFirst = false): string[] {
  const quote = (labels: string[]) => labels.map((l) => `“${l}”`).join(', ');
  const lines: string[] = [];
  if (plan.replacing.length) lines.push(`Replaces your answer to ${quote(plan.replacing)}.`);
  if (plan.clearing.length) lines.push(`Clears your answer to ${quote(plan.clearing)}.`);
  if (plan.adding.length) lines.push(`Adds an answer to ${quote(plan.adding)}.`);
  if (copyFirst && needsConfirmation(plan))
    lines.push('What is saved here now is kept first as a recovery copy on “Your data”.');
  return lines;
}

/** Whether loading needs the reader's yes first: it would replace or clear something. */
export function needsConfirmation(plan: AnswersLoadPlan): boolean {
  return plan.replacing.length + plan.clearing.length > 0;
}

/**
 * What choosing a file does, in full: a message and nothing changed, or a
 * plan to apply at once (it only adds) or after asking (it replaces or
 * clears). `skipped` says, a sentence each, what the file held that was left
 * out (and left as it was here) and what was loaded with a word about it.
 */
export type AnswersLoadOutcome =
  | { kind: 'message'; problem: boolean; text: string }
  | {
      kind: 'apply' | 'ask';
      plan: AnswersLoadPlan;
      changes: string[];
      skipped: string[];
      /** From another day's entry: the safe choice ("keep mine") is the one offered first. */
      fromOtherDay?: true;
    };

export function answersLoadOutcome(
  worksheet: WorksheetData,
  fileName: string,
  result: ImportResult,
  here: Readonly<Answers>,
  /** The dated entry open on the sheet, if it is a dated sheet. */
  openEntry: string | null = null,
  /** Answers are saved here (`isRecordStored`): a copy is kept before any is replaced. */
  copyFirst = false,
): AnswersLoadOutcome {
  if (!result.ok) return { kind: 'message', problem: true, text: result.message };
  // From another day's entry: said first, and asked even when it only adds.
  const into = openEntry ? `your ${entryFor(openEntry)}` : 'your answers kept without a date';
  const otherDay =
    result.entry && worksheet.repeats && result.entry !== openEntry
      ? `This file is your ${entryFor(result.entry)}; it loads into ${into}.`
      : null;
  const skipped = [
    ...result.skipped.map(
      (p) =>
        `Your answer to “${p.label}” in the file ${p.problem}, so it was not loaded${Object.hasOwn(here, p.fieldId) ? '; your answer here is unchanged' : ''}.`,
    ),
    ...result.notes.map((p) => `Your answer to “${p.label}” ${p.problem}.`),
  ];
  const unusable = new Set(result.skipped.map((p) => p.fieldId));
  const plan = planAnswersLoad(worksheet, here, result.answers, unusable);
  if (Object.keys(plan.changes).length === 0) {
    // Not "the same answers" when the file held none this sheet can use.
    const usable = Object.keys(result.answers).some((id) => !unusable.has(id));
    const said = usable
      ? `${fileName} holds the same answers as this sheet: nothing changed.`
      : `Nothing in ${fileName} could be loaded; this sheet is unchanged.`;
    return { kind: 'message', problem: !usable, text: [said, ...skipped].join(' ') };
  }
  const changes = describeAnswersLoad(plan, copyFirst);
  return {
    kind: needsConfirmation(plan) || otherDay ? 'ask' : 'apply',
    plan,
    changes: otherDay ? [otherDay, ...changes] : changes,
    skipped,
    ...(otherDay && { fromOtherDay: true as const }),
  };
}

/**
 * Before a file's answers replace or clear any here (`replaces`, judged
 * from the page as it is when the reader says yes: another tab may have
 * saved meanwhile), the record saved as `recordKey` is kept as a recovery
 * copy, as loading a backup on Your data does: a reader who loaded
 * yesterday's file over today's entry lost today's words, with no way back
 * (a reader pass). A sentence for the message after loading when a copy is
 * kept; null when there was no room for one, and then nothing may be loaded.
 */
export function keepCopyBeforeLoad(
  storage: DeviceStorage | null,
  recordKey: string,
  replaces: boolean,
): string[] | null {
  if (!storage || !replaces) return [];
  const kept = keepRecordCopy(storage, recordKey);
  if (kept === null) return null;
  return kept === 'copied'
    ? ['What was saved here before is kept as a recovery copy on “Your data”.']
    : [];
}

/** Said when no copy of what the file would replace could be kept: nothing is loaded. */
export const noRoomForCopy =
  'There is no room on this device to keep a copy of the answers this file would replace, so nothing was loaded and your answers are unchanged. Download your answers first, or free some space, then choose the file again.';
