/**
 * The whole-device backup: everything the handbook keeps on this device as
 * one JSON file, and deleting it all. Loading a file back is in
 * backup-load.ts, which /your-data/ fetches only when the reader chooses a file.
 */
import { dayKey } from '../progress/dates';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './file-kinds';
import { forgetRecentWrites } from './records';
import { handbookKeys, listHandbookKeys, type DeviceStorage } from './storage';

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

/** Named with the reader's own date, as every other date in the handbook is. */
export function backupFileName(now = new Date()): string {
  return `rebuilding-trust-${dayKey(now)}.json`;
}

/**
 * Removes everything the handbook stored on this device. `ok` only when a
 * listing afterwards shows nothing left: a browser that will not list what
 * is stored gets "could not", never "deleted".
 */
export function deleteEverything(storage: DeviceStorage | null): { ok: boolean; removed: number } {
  if (!storage) return { ok: false, removed: 0 };
  forgetRecentWrites();
  const keys = listHandbookKeys(storage);
  if (keys === null) return { ok: false, removed: 0 };
  let removed = 0;
  try {
    for (const key of keys) {
      storage.removeItem(key);
      removed++;
    }
  } catch {
    return { ok: false, removed };
  }
  return { ok: listHandbookKeys(storage)?.length === 0, removed };
}
