/**
 * The device's storage as the handbook sees it: the key names it writes,
 * access that never throws, and setting aside a record that cannot be read
 * (under a recovery key, never deleted). Saved things themselves are field
 * records: see `records.ts` (load, save edits, watch) and `live-record.ts`.
 */

/** Every record the handbook writes starts with this, so they can be listed and removed. */
export const RECORD_PREFIX = 'rt:';
/** Records that could not be read are moved here, with the time they were set aside. */
export const RECOVERY_PREFIX = 'rt-recovery:';
/** The theme choice, written by the inline theme script (not a versioned record). */
export const THEME_KEY = 'rt-theme';

export type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

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

/** How every recovery copy of a record (key without the prefix) begins. */
function recoveryPrefixFor(key: string): string {
  return `${RECOVERY_PREFIX}${key}:`;
}

/** Where a copy of a record (key without the prefix) set aside at `now` is kept. */
export function recoveryKeyFor(key: string, now: Date): string {
  return `${recoveryPrefixFor(key)}${now.toISOString()}`;
}

/** Copies a record's stored text under a recovery key; null if there is no room for it. */
export function keepCopy(
  storage: DeviceStorage,
  key: string,
  raw: string,
  now = new Date(),
): string | null {
  const recoveryKey = recoveryKeyFor(key, now);
  try {
    storage.setItem(recoveryKey, raw);
    return recoveryKey;
  } catch {
    return null;
  }
}

/**
 * `keepCopy`, unless a copy with the same text is already kept (two tabs
 * opening one damaged record a moment apart made two): then that one.
 * `made`: this call wrote it, so it may take it back.
 */
export function keepCopyOnce(
  storage: DeviceStorage,
  key: string,
  raw: string,
  now = new Date(),
): { key: string; made: boolean } | null {
  const prefix = recoveryPrefixFor(key);
  for (const kept of listHandbookKeys(storage) ?? []) {
    try {
      if (kept.startsWith(prefix) && storage.getItem(kept) === raw)
        return { key: kept, made: false };
    } catch {
      break;
    }
  }
  const made = keepCopy(storage, key, raw, now);
  return made ? { key: made, made: true } : null;
}

/** Takes back a copy this page just made, when what it was made for could not be done. */
export function dropCopy(storage: DeviceStorage, recoveryKey: string): void {
  try {
    storage.removeItem(recoveryKey);
  } catch {
    // Left: a copy too many loses nothing.
  }
}

/** Moves an unreadable value under a recovery key so the reader's text is never lost. */
export function setAside(
  storage: DeviceStorage,
  key: string,
  raw: string,
  now = new Date(),
): string | null {
  // Could not copy it (storage full): leave the original where it is.
  const recoveryKey = keepCopy(storage, key, raw, now);
  if (!recoveryKey) return null;
  try {
    storage.removeItem(fullKey(key));
    return recoveryKey;
  } catch {
    return null;
  }
}

/** Whether a record (key without the prefix) is saved on the device; an unreadable one counts. */
export function isRecordStored(storage: DeviceStorage | null, key: string): boolean {
  try {
    return storage?.getItem(fullKey(key)) != null;
  } catch {
    return false;
  }
}

/** Whether a recovery copy of this record (key without the prefix) is kept on the device. */
export function hasRecoveryCopy(storage: DeviceStorage | null, key: string): boolean {
  const prefix = recoveryPrefixFor(key);
  return listHandbookKeys(storage)?.some((k) => k.startsWith(prefix)) ?? false;
}

/**
 * All keys the handbook has written on this device (records, recovery
 * copies, theme), or null when the browser would not let the page list them:
 * "nothing is saved" and "all deleted" must never be said from a list that
 * could not be read.
 */
export function listHandbookKeys(storage: DeviceStorage | null): string[] | null {
  if (!storage) return null;
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
    return null;
  }
  return keys.sort();
}

/** The handbook's keys, or none when they cannot be listed (see `listHandbookKeys`). */
export function handbookKeys(storage: DeviceStorage | null): string[] {
  return listHandbookKeys(storage) ?? [];
}
