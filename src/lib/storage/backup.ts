/**
 * The whole-device backup: everything the handbook keeps on this device as
 * one JSON file, and the checks a file must pass before any of it is written
 * back. An imported file is untrusted: it is checked for size, nesting,
 * shape, version, key names and string-only values, and nothing is written
 * unless all of it is valid. Its text is only ever shown as text.
 */
import { z } from 'astro/zod';
import { THEME_KEY, handbookKeys, type DeviceStorage } from './storage';

export const BACKUP_FORMAT = 'rebuilding-trust-backup';
export const BACKUP_VERSION = 1;
/** Far above what a reader can type here; a bigger file is refused before it is read. */
export const MAX_BACKUP_BYTES = 1_000_000;
export const MAX_BACKUP_ITEMS = 500;
/** The format is three levels deep; anything much deeper is not a backup. */
export const MAX_BACKUP_DEPTH = 8;
const MAX_KEY_LENGTH = 200;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** Storage key → the exact stored text. */
  items: Record<string, string>;
}

/** A key the handbook itself would write; anything else in a file is refused. */
export function isHandbookKey(key: string): boolean {
  if (key.length > MAX_KEY_LENGTH) return false;
  if (key === THEME_KEY) return true;
  return /^(rt|rt-recovery):[a-z0-9][a-z0-9-]*(:[a-zA-Z0-9.:-]+)?$/.test(key);
}

const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string().max(40),
    items: z.record(z.string()),
  })
  .strict();

/** Everything the handbook has stored on this device, as one backup. */
export function exportBackup(storage: DeviceStorage | null, now = new Date()): Backup {
  const items: Record<string, string> = {};
  for (const key of handbookKeys(storage)) {
    try {
      const value = storage?.getItem(key);
      if (typeof value === 'string') items[key] = value;
    } catch {
      // Storage went away mid-read: export what could be read.
    }
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items };
}

export function backupFileName(now = new Date()): string {
  return `rebuilding-trust-${now.toISOString().slice(0, 10)}.json`;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

/** How deeply brackets nest in JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    } else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** Refuses a file by its size before reading it. */
export function checkBackupSize(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? `This file is too large to be a handbook backup (over ${MAX_BACKUP_BYTES / 1_000_000} MB). Nothing was changed.`
    : null;
}

/** Checks a backup file's text completely. Never throws. */
export function checkBackup(text: string): BackupCheck {
  const refuse = (problem: string): BackupCheck => ({
    ok: false,
    problem: `${problem} Nothing was changed.`,
  });
  const sizeProblem = checkBackupSize(new Blob([text]).size);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  if (jsonDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return refuse('This file is not a handbook backup: its data is nested too deeply.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('This file is not a handbook backup: it could not be read as JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse('This file is not a handbook backup.');
  }
  const head = parsed as Record<string, unknown>;
  if (head['format'] !== BACKUP_FORMAT) return refuse('This file is not a handbook backup.');
  if (typeof head['version'] === 'number' && head['version'] > BACKUP_VERSION) {
    return refuse('This backup was made by a newer version of the handbook.');
  }
  const checked = backupSchema.safeParse(parsed);
  if (!checked.success) {
    return refuse(
      'This backup is damaged or from an unknown version: its contents are not as expected.',
    );
  }
  const keys = Object.keys(checked.data.items);
  if (keys.length > MAX_BACKUP_ITEMS)
    return refuse('This backup holds more items than the handbook ever saves.');
  const strange = keys.find((key) => !isHandbookKey(key));
  if (strange !== undefined) {
    return refuse('This backup holds an item the handbook does not save.');
  }
  const theme = checked.data.items[THEME_KEY];
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') {
    return refuse('This backup holds a theme setting the handbook does not know.');
  }
  return { ok: true, backup: checked.data as Backup };
}

export interface ImportPlan {
  /** Keys not on this device yet. */
  adding: string[];
  /** Keys on this device with different content: loading replaces them. */
  replacing: string[];
  /** Keys already on this device with the same content. */
  unchanged: string[];
}

/** What loading a checked backup would change, for the summary shown before anything is written. */
export function planImport(storage: DeviceStorage | null, backup: Backup): ImportPlan {
  const plan: ImportPlan = { adding: [], replacing: [], unchanged: [] };
  for (const [key, value] of Object.entries(backup.items).sort(([a], [b]) => a.localeCompare(b))) {
    let current: string | null;
    try {
      current = storage?.getItem(key) ?? null;
    } catch {
      current = null;
    }
    if (current === null) plan.adding.push(key);
    else if (current === value) plan.unchanged.push(key);
    else plan.replacing.push(key);
  }
  return plan;
}

export type ImportResult =
  | { ok: true; written: number }
  | { ok: false; reason: 'unavailable' | 'full' | 'needs-confirmation' };

/**
 * Writes a checked backup. Replacing anything needs `confirmedReplace`; if a
 * write fails part-way, every key already written is put back as it was.
 */
export function applyImport(
  storage: DeviceStorage | null,
  backup: Backup,
  confirmedReplace: boolean,
): ImportResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const plan = planImport(storage, backup);
  if (plan.replacing.length > 0 && !confirmedReplace) {
    return { ok: false, reason: 'needs-confirmation' };
  }
  const toWrite = [...plan.adding, ...plan.replacing];
  const before = new Map<string, string | null>();
  try {
    for (const key of toWrite) {
      before.set(key, storage.getItem(key));
      storage.setItem(key, backup.items[key] ?? '');
    }
  } catch (error) {
    for (const [key, value] of before) {
      try {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } catch {
        // Best effort: the original value is still in `before` only if this fails.
      }
    }
    const full = error instanceof DOMException && /quota/i.test(error.name);
    return { ok: false, reason: full ? 'full' : 'unavailable' };
  }
  return { ok: true, written: toWrite.length };
}

/** Removes everything the handbook stored on this device. Returns how many items were removed. */
export function deleteEverything(storage: DeviceStorage | null): { ok: boolean; removed: number } {
  if (!storage) return { ok: false, removed: 0 };
  let removed = 0;
  try {
    void storage.length; // Throws if the page may not look at storage at all.
    for (const key of handbookKeys(storage)) {
      storage.removeItem(key);
      removed++;
    }
  } catch {
    return { ok: false, removed };
  }
  return { ok: handbookKeys(storage).length === 0, removed };
}
