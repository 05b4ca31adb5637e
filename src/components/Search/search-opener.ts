/**
 * Loads the search script only when the reader reaches for search: focus in
 * any search form, "/" (outside a text field) or Ctrl/Cmd+K anywhere, or at
 * once on the search page, which is nothing but search. Small on purpose: it
 * is on every page.
 */

/** Where "/" and Ctrl/Cmd+K send the reader: the search page's own box, else the header's. */
function shortcutTarget(doc: Document): HTMLInputElement | null {
  return (
    doc.querySelector<HTMLInputElement>('form[data-search-page] input[name="q"]') ??
    doc.querySelector<HTMLInputElement>('#site-search')
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function openSearchOnIntent(load: () => Promise<unknown>, doc: Document = document): void {
  let loading: Promise<unknown> | undefined;
  const start = () => {
    // A failed load (offline, say) may be tried again at the next intent.
    loading ??= load().catch(() => {
      loading = undefined;
    });
  };
  doc.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target.closest('form[role="search"]')) start();
  });
  doc.addEventListener('keydown', (event) => {
    const slash =
      event.key === '/' &&
      !isTyping(event.target) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey;
    const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const input = shortcutTarget(doc);
    if (!(slash || shortcut) || !input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  // A box submitted before the search script has loaded still keeps the words
  // out of the address: they go to /search/ in this tab's session storage.
  doc.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (!form.matches('form[data-search-box], form[data-search-handoff]')) return;
    const q = form.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
    // The same record as handOver() in lib/search/handoff.ts, written here so
    // this script imports nothing (a shared module would be one more request on every page).
    try {
      sessionStorage.setItem('rt-search', JSON.stringify({ q: q.slice(0, 200) }));
    } catch {
      return; // Storage refused: a plain GET, and the search page clears the address.
    }
    event.preventDefault();
    location.assign(form.getAttribute('action') ?? form.action);
  });
  if (doc.querySelector('form[data-search-page]')) start();
}
