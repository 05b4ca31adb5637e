/**
 * Whether the browser, not the reader, set up this page: reached by Back or
 * Forward, or reloaded. The browser may then refill form fields and put the
 * scroll back where it was, which must not count as typing or as reading.
 * (A page shown from the back/forward cache is told by `pageshow` instead.)
 */
export function restoredByBrowser(): boolean {
  const [entry] = performance.getEntriesByType('navigation');
  const type = (entry as PerformanceNavigationTiming | undefined)?.type;
  return type !== undefined && type !== 'navigate';
}
