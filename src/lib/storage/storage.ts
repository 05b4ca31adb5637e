/**
 * The one way any part of the handbook keeps a reader's answers on their
 * device. Every record is versioned and checked against a schema when read.
 *
 * Nothing here throws: a record that is corrupt, from another version, or
 * fails its schema is set aside under a recovery key (never deleted), and
 * storage that is unavailable (disabled, private mode, quota full) is
 * reported so the island can keep working in memory and say so.
 */

/** Every record the handbook writes starts with this, so they can be listed and removed. */
export const RECORD_PREFIX = 'rt:';
/** Records that could not be read are moved here, with the time they were set aside. */
export const RECOVERY_PREFIX = 'rt-recovery:';
/** The theme choice, written by the inline theme script (not a versioned record). */
export const THEME_KEY = 'rt-theme';

export type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface RecordSpec<T> {
  /** Key without the prefix, e.g. `self-check:be-patient` or `worksheet:no-contact`. */
  key: string;
  /** Bump when the shape of `data` changes; older records are set aside. */
  version: number;
  schema: RecordSchema<T>;
}

/**
 * What a record's schema must do: any zod schema fits, and so does a small
 * hand-written check, so an island need not ship zod to the browser.
 */
export interface RecordSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface StoredRecord<T> {
  version: number;
  savedAt: string;
  data: T;
}

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'loaded'; data: T; savedAt: string }
  | { status: 'set-aside'; reason: string; recoveryKey: string | null }
  | { status: 'unavailable' };

export type SaveResult =
  { ok: true; savedAt: string } | { ok: false; reason: 'unavailable' | 'full' };

/**
 * The browser's localStorage object, or null when even looking at it throws
 * (storage disabled). No test write: whether reading or writing works is
 * decided by each operation, so storage that is exactly full still reads.
 */
export function deviceStorage(): DeviceStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function fullKey(key: string): string {
  return `${RECORD_PREFIX}${key}`;
}

/** Moves an unreadable value under a recovery key so the reader's text is never lost. */
export function setAside(
  storage: DeviceStorage,
  key: string,
  raw: string,
  now = new Date(),
): string | null {
  const recoveryKey = `${RECOVERY_PREFIX}${key}:${now.toISOString()}`;
  try {
    storage.setItem(recoveryKey, raw);
    storage.removeItem(fullKey(key));
    return recoveryKey;
  } catch {
    // Could not copy it (storage full): leave the original where it is.
    return null;
  }
}

/** Checks a stored value against its spec without touching storage. */
export function readRecord<T>(
  raw: string,
  spec: RecordSpec<T>,
): { ok: true; record: StoredRecord<T> } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it was damaged and could not be read' };
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return { ok: false, reason: 'it was damaged and could not be read' };
  }
  const { version, savedAt, data } = parsed as Partial<StoredRecord<unknown>>;
  if (version !== spec.version) {
    return { ok: false, reason: 'it was saved by a different version of this page' };
  }
  const checked = spec.schema.safeParse(data);
  if (!checked.success) return { ok: false, reason: 'it did not match what this page expects' };
  return {
    ok: true,
    record: { version, savedAt: typeof savedAt === 'string' ? savedAt : '', data: checked.data },
  };
}

export function loadRecord<T>(
  storage: DeviceStorage | null,
  spec: RecordSpec<T>,
  now = new Date(),
): LoadResult<T> {
  if (!storage) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(fullKey(spec.key));
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  const result = readRecord(raw, spec);
  if (result.ok)
    return { status: 'loaded', data: result.record.data, savedAt: result.record.savedAt };
  return {
    status: 'set-aside',
    reason: result.reason,
    recoveryKey: setAside(storage, spec.key, raw, now),
  };
}

export function saveRecord<T>(
  storage: DeviceStorage | null,
  spec: RecordSpec<T>,
  data: T,
  now = new Date(),
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const record: StoredRecord<T> = { version: spec.version, savedAt: now.toISOString(), data };
  try {
    storage.setItem(fullKey(spec.key), JSON.stringify(record));
    return { ok: true, savedAt: record.savedAt };
  } catch (error) {
    const full = error instanceof DOMException && /quota/i.test(error.name);
    return { ok: false, reason: full ? 'full' : 'unavailable' };
  }
}

export function removeRecord(storage: DeviceStorage | null, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(fullKey(key));
    return true;
  } catch {
    return false;
  }
}

/** All keys the handbook has written on this device (records, recovery copies, theme). */
export function handbookKeys(storage: DeviceStorage | null): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (
        key &&
        (key.startsWith(RECORD_PREFIX) || key.startsWith(RECOVERY_PREFIX) || key === THEME_KEY)
      ) {
        keys.push(key);
      }
    }
  } catch {
    return [];
  }
  return keys.sort();
}

/** What to tell the reader about a load or save, in plain words; null when all is well. */
export function storageNotice(result: LoadResult<unknown> | SaveResult): string | null {
  if ('status' in result) {
    if (result.status === 'unavailable') {
      return 'This browser is not letting the handbook save anything, so your answers will be lost when you leave this page. Everything still works while you are here.';
    }
    if (result.status === 'set-aside') {
      return `Your earlier answers could not be opened, because ${result.reason}. We have kept a copy on this device and started fresh. See “Your data” to download the copy.`;
    }
    return null;
  }
  if (result.ok) return null;
  return result.reason === 'full'
    ? 'This device’s storage for the handbook is full, so your latest changes were not saved. They are still here until you leave this page.'
    : 'This browser is not letting the handbook save anything, so your answers will be lost when you leave this page. Everything still works while you are here.';
}
