/**
 * Version 1 of the handbook kept a whole worksheet, or a whole self-check, as
 * one object saved at one time (`{ version: 1, savedAt, data }`). These read
 * such a record's data as field values. They live with the storage format,
 * not with the pages, so that loading a backup can upgrade a record on the
 * device or in the file by its key alone, as its page would when opened.
 */
import type { Json } from './field-record';

/** A worksheet's answers: `{ field id: text or list of lines }`. */
export function worksheetFromVersion1(version: number, data: unknown): Record<string, Json> | null {
  if (version !== 1 || typeof data !== 'object' || data === null || Array.isArray(data)) {
    return null;
  }
  const values: Record<string, Json> = {};
  for (const [id, value] of Object.entries(data)) {
    if (typeof value === 'string' || Array.isArray(value)) values[id] = value as Json;
  }
  return values;
}

/** A self-check's answers: `{ answers: { statement id: answer } }`. */
export function selfCheckFromVersion1(version: number, data: unknown): Record<string, Json> | null {
  if (version !== 1 || typeof data !== 'object' || data === null) return null;
  const answers = (data as { answers?: unknown }).answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  const values: Record<string, Json> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'string') values[id] = value;
  }
  return values;
}

/** The upgrade for a record by its key without the prefix (`worksheet:no-contact`), if it has one. */
export function version1UpgradeFor(
  key: string,
): ((version: number, data: unknown) => Record<string, Json> | null) | undefined {
  if (key.startsWith('worksheet:')) return worksheetFromVersion1;
  if (key.startsWith('self-check:')) return selfCheckFromVersion1;
  return undefined;
}
