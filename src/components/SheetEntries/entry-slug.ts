/**
 * Which saved record a worksheet island works on: the sheet's own, or for a
 * repeating sheet the entry the address names (`?entry=…`), else today's or
 * this week's. Decided on the reader's device, since only it knows the date.
 */
import { useMemo } from 'preact/hooks';
import type { Repeats } from '../../lib/progress/dates';
import { entryIsKept, entrySlug, entryToOpen } from '../../lib/progress/entries';
import { deviceStorage } from '../../lib/storage/storage';

/** The record's name, and for a repeating sheet the entry it is (null for the sheet's own). */
export function useEntrySlug(
  slug: string,
  repeats: Repeats | undefined,
): { slug: string; opened: ReturnType<typeof entryToOpen> | null } {
  return useMemo(() => {
    if (!repeats || typeof window === 'undefined') return { slug, opened: null };
    const opened = openedEntry(slug, repeats);
    return { slug: entrySlug(slug, opened.period), opened };
  }, [slug, repeats]);
}

/**
 * Decided once per page: the sheet and its entry bar are separate islands
 * that may wake either side of midnight, and must still name one entry.
 */
const decided = new Map<string, ReturnType<typeof entryToOpen>>();

/** The entry the address asks for, the same for the sheet and its entry bar. */
export function openedEntry(slug: string, repeats: Repeats): ReturnType<typeof entryToOpen> {
  const key = `${slug}|${repeats}|${window.location.search}`;
  const known = decided.get(key);
  if (known) return known;
  const storage = deviceStorage();
  const opened = entryToOpen(repeats, window.location.search, new Date(), (period) =>
    entryIsKept(storage, slug, period),
  );
  decided.set(key, opened);
  return opened;
}
