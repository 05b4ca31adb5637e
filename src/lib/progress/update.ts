/**
 * Merge on save: a change is applied to what is stored right now (another
 * tab may have written since this page loaded), never to a stale copy, and
 * nothing is written over a stored value that could not be read.
 */
import {
  loadRecord,
  removeRecord,
  saveRecord,
  type DeviceStorage,
  type LoadResult,
  type RecordSpec,
  type SaveResult,
} from '../storage/storage';

export type UpdateResult<T> =
  | { ok: true; data: T; save: SaveResult }
  | { ok: false; reason: 'unavailable' | 'unreadable'; load: LoadResult<T> };

/**
 * Reads the record fresh, applies `change`, and saves the result (or removes
 * the record when `change` returns null). A record that could not be read is
 * set aside first by loadRecord; if even that failed, nothing is written.
 */
export function updateRecord<T>(
  storage: DeviceStorage | null,
  spec: RecordSpec<T>,
  empty: T,
  change: (current: T) => T | null,
  now = new Date(),
): UpdateResult<T> {
  const load = loadRecord(storage, spec, now);
  if (load.status === 'unavailable') return { ok: false, reason: 'unavailable', load };
  if (load.status === 'set-aside' && load.recoveryKey === null) {
    return { ok: false, reason: 'unreadable', load };
  }
  const current = load.status === 'loaded' ? load.data : empty;
  const next = change(current);
  if (next === null) {
    const removed = removeRecord(storage, spec.key);
    return {
      ok: true,
      data: empty,
      save: removed
        ? { ok: true, savedAt: now.toISOString() }
        : { ok: false, reason: 'unavailable' },
    };
  }
  return { ok: true, data: next, save: saveRecord(storage, spec, next, now) };
}
