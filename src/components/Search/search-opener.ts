/**
 * Loads the search script only when the reader reaches for search: focus in
 * any search form, "/" or Ctrl/Cmd+K outside a text field, or at
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
    // Never while the reader types in a field: there Ctrl+K is the browser's
    // or the system's own key (on a Mac, delete to the end of the line), and
    // the next keys would land in the search box.
    if (isTyping(event.target)) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
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
    // The search page's own form: the search script, once awake, searches the typed words.
    if (form.matches('form[data-search-page]')) {
      event.preventDefault();
      return;
    }
    if (!form.matches('form[data-search-box], form[data-search-handoff]')) return;
    const q = form.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '';
    // The same record as handOver() in lib/search/handoff.ts, written here so
    // this script imports nothing (a shared module would be one more request on
    // every page); 600 is queryMaxLength in lib/search/search-url.ts.
    try {
      sessionStorage.setItem('rt-search', JSON.stringify({ q: q.slice(0, 600), at: Date.now() }));
    } catch {
      return; // Storage refused: a plain GET, and the search page clears the address.
    }
    event.preventDefault();
    location.assign(form.getAttribute('action') ?? form.action);
  });
  if (doc.querySelector('form[data-search-page]')) start();
  forgetWhenAsked(doc);
  // From here this script keeps the words out of the address: data-search-guard
  // tells theme-start.js to stop holding Enter (a search held before this
  // arrived, it sends at load, through the handler above).
  doc.documentElement.dataset['searchGuard'] = '';
}

/**
 * "Delete everything" in any tab (forgetChannel in lib/search/handoff.ts):
 * this tab's search words go too, from its storage and its boxes, and the
 * search script, if it has woken, clears its results.
 */
function forgetWhenAsked(doc: Document): void {
  try {
    new BroadcastChannel('rt-forget').onmessage = () => {
      try {
        sessionStorage.removeItem('rt-search');
      } catch {
        /* Storage refused: nothing was kept. */
      }
      for (const form of doc.querySelectorAll<HTMLFormElement>('form[role="search"]')) form.reset();
      doc.dispatchEvent(new Event('rt-search-forget'));
    };
  } catch {
    /* A browser without BroadcastChannel: the other tabs keep theirs until closed. */
  }
}
