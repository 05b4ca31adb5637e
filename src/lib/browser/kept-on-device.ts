/**
 * Whether this device keeps any of these records (full keys, `rt:…`). Read
 * only, and false wherever storage cannot be read: nothing here may throw in
 * the few bytes that decide when an island wakes.
 */
export function keptOnDevice(storage: Pick<Storage, 'getItem'> | null, keys: readonly string[]) {
  try {
    return storage !== null && keys.some((key) => storage.getItem(key) !== null);
  } catch {
    return false;
  }
}
