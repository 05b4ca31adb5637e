/**
 * Which saved record a worksheet island works on: the sheet's own, or for a
 * repeating sheet the entry the address names (`?entry=…`), else today's or
 * this week's. Decided on the reader's device, since only it knows the date.
 */
import { useMemo } from 'preact/hooks';
import type { Repeats } from '../../lib/progress/dates';
import { entrySlug, entryToOpen } from '../../lib/progress/entries';

export function useEntrySlug(slug: string, repeats: Repeats | undefined): string {
  return useMemo(() => {
    if (!repeats || typeof window === 'undefined') return slug;
    return entrySlug(slug, entryToOpen(repeats, window.location.search).period);
  }, [slug, repeats]);
}
