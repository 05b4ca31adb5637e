/**
 * How the sheet on this page is being saved, told by the worksheet's island
 * to the entry bar above it, so the bar never says an entry is kept when the
 * reader chose not to save it or the browser refused (storage full).
 */

/** saving: kept as typed; not-saving: "Don't save this sheet"; refused: the last save failed. */
export type SheetSaving = 'saving' | 'not-saving' | 'refused';

const eventName = 'rt-sheet-saving';
/** The latest state per sheet: an island that wakes later still learns it. */
const latest = new Map<string, SheetSaving>();

export function tellSheetSaving(slug: string, state: SheetSaving): void {
  if (latest.get(slug) === state) return;
  latest.set(slug, state);
  window.dispatchEvent(new CustomEvent(eventName, { detail: { slug, state } }));
}

/** Calls `onChange` with the sheet's state now (if told yet) and on each change; returns a stop function. */
export function watchSheetSaving(slug: string, onChange: (state: SheetSaving) => void): () => void {
  const known = latest.get(slug);
  if (known) onChange(known);
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<{ slug: string; state: SheetSaving }>).detail;
    if (detail.slug === slug) onChange(detail.state);
  };
  window.addEventListener(eventName, listener);
  return () => window.removeEventListener(eventName, listener);
}
