/**
 * Browser glue for the two views of a sheet's dated entries (the bar above
 * the sheet and the entries page). Kept beside them, not in src/lib/progress,
 * so /your-data/, which lists entries too, does not carry it.
 */
import { isEntryKey } from '../../lib/progress/entries';
import { watchPageReturn } from '../../lib/storage/records';

/**
 * Calls `onChange` when another tab keeps or deletes one of this sheet's
 * entries (or clears all storage), and when the page comes back with Back
 * (`'return'`): a list or count of entries may be out of date. Returns a
 * function that stops.
 */
export function watchEntries(
  slug: string,
  onChange: (why: 'storage' | 'return') => void,
): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || isEntryKey(event.key, slug)) onChange('storage');
  };
  window.addEventListener('storage', onStorage);
  const stopReturn = watchPageReturn(() => onChange('return'));
  return () => {
    window.removeEventListener('storage', onStorage);
    stopReturn();
  };
}
