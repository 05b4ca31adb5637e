/**
 * How the sheet on this page is being saved, told by the worksheet's island
 * to the entry bar above it, so the bar never says an entry is kept when the
 * reader chose not to save it or the browser refused (storage full).
 */

/** saving: kept as typed; not-saving: "Don't save this sheet"; refused: the last save failed. */
export type SheetSaving = 'saving' | 'not-saving' | 'refused';

const eventName = 'rt-sheet-saving';
/** The latest state per sheet: an island that wakes later still learns it. */
const latest = new Map<string, { state: SheetSaving; kept: boolean }>();

/**
 * `kept`: this device keeps answers for the open sheet (or entry). Its change
 * is told too: the bar said "Nothing is saved for it yet" for up to a minute
 * after the sheet's own first save had kept the entry.
 */
export function tellSheetSaving(slug: string, state: SheetSaving, kept: boolean): void {
  const known = latest.get(slug);
  if (known?.state === state && known.kept === kept) return;
  latest.set(slug, { state, kept });
  window.dispatchEvent(new CustomEvent(eventName, { detail: { slug, state } }));
}

/**
 * Calls `onChange` with the sheet's state now (if told yet) and on each
 * change, of its state or of whether it keeps answers; returns a stop function.
 */
export function watchSheetSaving(slug: string, onChange: (state: SheetSaving) => void): () => void {
  const known = latest.get(slug);
  if (known) onChange(known.state);
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<{ slug: string; state: SheetSaving }>).detail;
    if (detail.slug === slug) onChange(detail.state);
  };
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}
