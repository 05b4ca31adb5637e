/**
 * Which saved record a worksheet island works on: the sheet's own, or for a
 * repeating sheet the entry the address names (`?entry=…`), else today's or
 * this week's. Decided on the reader's device, since only it knows the date.
 */
import { useMemo } from 'preact/hooks';
import type { Repeats } from '../../lib/progress/dates';
import { entryIsKept, entrySlug, entryToOpen } from '../../lib/progress/entries';
import { deviceStorage } from '../../lib/storage/storage';

export function useEntrySlug(slug: string, repeats: Repeats | undefined): string {
  return useMemo(() => {
    if (!repeats || typeof window === 'undefined') return slug;
    return entrySlug(slug, openedEntry(slug, repeats).period);
  }, [slug, repeats]);
}

/** The entry the address asks for, decided the same way by the sheet and its entry bar. */
export function openedEntry(slug: string, repeats: Repeats): ReturnType<typeof entryToOpen> {
  const storage = deviceStorage();
  return entryToOpen(repeats, window.location.search, new Date(), (period) =>
    entryIsKept(storage, slug, period),
  );
}
