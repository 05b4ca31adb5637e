/**
 * The search box in the header and the full search page. Loaded only when
 * the reader reaches for search (focus, `/`, Ctrl/Cmd+K; see search-opener.ts),
 * or on the search page itself. It starts itself when imported: the build
 * bundles it as a standalone script whose URL the header form carries.
 */
import { searchHandbook, type SearchOutcome } from '../../lib/search/engine';
import { loadSearch } from '../../lib/search/load-pagefind';
import {
  handOver,
  searchForgotten,
  sessionStore,
  startingSearch,
  takeOver,
} from '../../lib/search/handoff';
import { searchHref } from '../../lib/search/search-url';
import urgentWordsUrl from 'virtual:lazy-script/../../lib/search/urgent';
import {
  announceDelayMs,
  headerLimit,
  isSearchKind,
  maxPages,
  typingDelayMs,
  type SearchKind,
} from '../../lib/search/settings';
import {
  renderClosestNote,
  renderNothingFound,
  renderResults,
  renderUrgentHelp,
  quotedQuery,
  resultsSummary,
} from './render-results';

interface SearchView {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  kind(): SearchKind | undefined;
  /** Pages to show: fewer in the header's drop-down than on the search page. */
  limit: number;
  /** Words to say how many were found in all: "Top 5 of 8". */
  summary?(shown: number, found: number, query: string, kind?: string): string;
  /** Called with each finished search. */
  onDone?(outcome: SearchOutcome): void;
  /** Whether the view should be visible for this query. */
  show(visible: boolean): void;
  /** Where screen readers hear the status, once typing pauses. */
  announce: HTMLElement;
}

/** Empties each search box started here, with its results. */
const forgetters: (() => void)[] = [];

const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
const base = box?.dataset['searchBase'] ?? '/';
const siteRoot = base.endsWith('/') ? base : `${base}/`;
const situationsUrl = `${siteRoot}situations/`;
const helpPage = `${siteRoot}help/`;
const helpUrl = `${helpPage}#urgent-help`;

/** Said before the results when words may mean someone is in danger. */
const urgentHelpFirst = 'If anyone is in danger, the first link is “Get help right away”. ';
/** Said before the count when the results are only the nearest sections. */
const closestFirst = 'Nothing matched your words closely. ';

type UrgentWords = typeof import('../../lib/search/urgent');
/**
 * The words that may mean danger, fetched with the first search beside
 * Pagefind, not with the page: they are 3.6 KB gzip, and the page settled
 * at 15.2 KB with them (issue 16's aim is 15). Fetched again at the next search if this one could not be.
 */
let urgentWords: Promise<UrgentWords | null> | undefined;
const loadUrgentWords = async () => {
  // Not load-on-demand.ts: it lives in the islands file, which this page does not load.
  const loaded = await (urgentWords ??= (
    import(/* @vite-ignore */ urgentWordsUrl) as Promise<UrgentWords>
  ).catch(() => null));
  if (!loaded) urgentWords = undefined;
  return loaded;
};

/** Runs searches for one view: waits for typing to pause and drops stale answers. */
function searcher(view: SearchView): (now?: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saying: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  /** Keys (and Enter) so far: a search is said only if none came since it began. */
  let asked = 0;
  const run = async (now: boolean) => {
    const query = view.input.value.trim();
    const ticket = ++latest;
    const askedAt = asked;
    // The way to urgent help comes first on screen, so it is said first too.
    let urgent = false;
    /** Nothing matched closely: said too, or "The closest 4 pages found" was all a screen reader heard. */
    let closestOnly = false;
    /** The finished status, said at once (Enter) or once typing has paused; never "Searching…". */
    const announce = () => {
      const say = () => {
        if (ticket === latest && askedAt === asked)
          view.announce.textContent = `${urgent ? urgentHelpFirst : ''}${closestOnly ? closestFirst : ''}${view.status.textContent ?? ''}`;
      };
      if (now) say();
      else saying = setTimeout(say, announceDelayMs);
    };
    // One letter is not yet a word: results for "h" flashed up as the first
    // key was pressed, and changed with every key after it.
    if (query.length < 2) {
      view.results.replaceChildren();
      view.status.textContent = '';
      view.announce.textContent = '';
      view.show(false);
      return;
    }
    view.status.textContent = 'Searching…';
    try {
      const [{ pagefind, words }, danger] = await Promise.all([
        loadSearch(base),
        loadUrgentWords(),
      ]);
      urgent = danger?.mayNeedUrgentHelp(query) ?? false;
      const kind = view.kind();
      // One ranking for the drop-down and the page: both ask for the page's
      // number of results, and the drop-down shows the first few of them.
      const outcome = await searchHandbook(pagefind, query, { words, kind, limit: maxPages });
      if (ticket !== latest) return;
      const shown = outcome.pages.slice(0, view.limit);
      closestOnly = outcome.weak && shown.length > 0;
      // Loose matches are only the closest sections: offer the situations too.
      // Words that may mean danger put urgent help first, found or not.
      view.results.replaceChildren(
        ...(urgent && danger
          ? [renderUrgentHelp(helpPage, danger.mayBeHarmedByOthers(query))]
          : []),
        ...(shown.length > 0
          ? [
              // Said first: under seven results it came too late to temper them.
              ...(outcome.weak ? [renderClosestNote(situationsUrl, helpUrl, urgent)] : []),
              renderResults(shown, outcome.words),
            ]
          : [renderNothingFound(query, situationsUrl, helpUrl, urgent)]),
      );
      view.status.textContent = (view.summary ?? defaultSummary)(
        shown.length,
        outcome.pages.length,
        query,
        kind,
      );
      view.show(true);
      view.onDone?.(outcome);
    } catch {
      if (ticket !== latest) return;
      view.results.replaceChildren();
      view.status.textContent =
        'Search could not load. Check your connection and try again, or browse the situations list.';
      view.show(true);
    }
    announce();
  };
  return (now = false) => {
    asked++;
    clearTimeout(timer);
    clearTimeout(saying);
    if (now) void run(true);
    else timer = setTimeout(() => void run(false), typingDelayMs);
  };
}

function defaultSummary(_shown: number, found: number, query: string, kind?: string): string {
  // No promise that one kind shows more: a search loads a set number of
  // sections whatever its kind, so "To see more, show only one kind" was
  // often untrue (four chapters either way).
  return resultsSummary(found, query, kind);
}

/**
 * Opens the search page for these words without putting them in the address.
 * Where this tab will not keep them (session storage full or blocked), they
 * go in the address instead, which the search page reads and then clears.
 */
function openSearchPage(state: { q: string; kind: SearchKind | undefined }): void {
  const kept = handOver(sessionStore(), state);
  location.assign(searchHref(base, kept ? { q: '', kind: undefined } : state));
}

/**
 * Arrow keys move between the input and the result links; Escape goes back to
 * the input. `onEscape` returns true when it closed something, so the first
 * Escape closes the results and keeps the query (a search box would clear it).
 */
function arrowKeys(input: HTMLInputElement, container: HTMLElement, onEscape: () => boolean): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      if (onEscape()) event.preventDefault();
    }
  });
  container.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[at + 1] : all[at - 1];
      if (next) next.focus();
      else if (event.key === 'ArrowUp') input.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      onEscape();
    }
  });
}

function startHeaderBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input || form.dataset['searchReady']) return;
  form.dataset['searchReady'] = '';
  const panel = document.createElement('div');
  panel.id = 'site-search-panel';
  panel.className =
    'absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto short:max-h-none rounded-sm border border-rule bg-panel p-3 shadow-lg sm:left-auto sm:w-[32rem]';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'mb-2 text-base text-muted';
  // Screen readers hear the live copy below, once: not this one too.
  status.setAttribute('aria-hidden', 'true');
  const results = document.createElement('div');
  const all = document.createElement('a');
  all.className = 'mt-3 inline-block py-1 font-semibold';
  all.dataset['searchResult'] = '';
  // The plain search page: the words travel in this tab's session storage, not the address.
  all.href = searchHref(base, { q: '', kind: undefined });
  all.textContent = 'See all results';
  // The words are kept for this tab once the reader searches with them (a
  // result, "See all results", Enter), so Back finds them; words only typed
  // are not kept, for the next person at a shared computer.
  const remember = () => handOver(sessionStore(), { q: input.value, kind: undefined });
  panel.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a[data-search-result]');
    // "See all results" carries the words in its address when the tab will not keep them.
    if (link && !remember() && link === all)
      all.href = searchHref(base, { q: input.value, kind: undefined });
  });
  panel.append(status, results, all);
  // The live region must exist before results arrive to be announced.
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  // On a phone the panel spans the header's row (SiteHeader.astro), not the
  // narrow box: at 320 px it was 207 px wide, a heading five lines tall.
  form.classList.add('sm:relative');
  form.append(panel, live);
  input.setAttribute('aria-controls', panel.id);

  let dismissed = false;
  const view: SearchView = {
    input,
    status,
    results,
    kind: () => undefined,
    limit: headerLimit,
    summary: (shown, found, query) =>
      found > shown
        ? `Top ${shown} of ${found} pages for “${quotedQuery(query)}”.`
        : resultsSummary(found, query),
    show: (visible) => {
      panel.hidden = !visible || dismissed;
    },
    announce: live,
    onDone: (outcome) => {
      const found = outcome.pages.length;
      all.textContent = found > headerLimit ? `See all ${found} results` : 'See all results';
      // With nothing found, the box below says so (the live copy still speaks),
      // and there are no results to see all of.
      status.hidden = all.hidden = found === 0;
    },
  };
  const search = searcher(view);
  const forget = () => {
    form.reset();
    search(true);
  };
  forgetters.push(forget);
  // Back to a page kept in memory: words only typed here, never searched,
  // are not this tab's to keep, even while it keeps other words.
  window.addEventListener('pageshow', (event) => {
    const store = sessionStore();
    if (!event.persisted || !store || !input.value.trim()) return;
    if (input.value.trim() !== takeOver(store).q.trim()) forget();
  });
  input.addEventListener('input', () => {
    dismissed = false;
    status.hidden = false;
    search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    openSearchPage({ q: input.value, kind: undefined });
  });
  arrowKeys(input, panel, () => {
    const wasOpen = !panel.hidden;
    panel.hidden = true;
    dismissed = true;
    return wasOpen;
  });
  input.addEventListener('focus', () => {
    dismissed = false;
    if (input.value.trim() && results.childElementCount > 0) panel.hidden = false;
  });
  // Close the panel when focus or a click leaves the search box.
  document.addEventListener('focusin', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = dismissed = true;
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = dismissed = true;
  });
  if (input.value.trim()) search(true);
}

function startSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLElement>('[data-search-page-results]');
  if (!input || !status || !results || form.dataset['searchReady']) return;
  form.dataset['searchReady'] = '';
  const kindInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const kind = () => {
    const value = kindInputs.find((k) => k.checked)?.value;
    return isSearchKind(value) ? value : undefined;
  };
  const applyState = () => {
    // A shared ?q= link is read once, then the address goes back to plain
    // /search/ so the words stay out of the history from here on.
    const { state, fromAddress } = startingSearch(location.search, sessionStore());
    if (fromAddress) {
      handOver(sessionStore(), state);
      history.replaceState(history.state, '', searchHref(base, { q: '', kind: undefined }));
    }
    // Words typed, or a kind chosen, before this script woke (a slow phone)
    // are the reader's latest: they are kept, never replaced by the starting search.
    if (!input.value.trim() && state.q) {
      input.value = state.q;
      // A reader already in the empty box is about to type new words: the
      // returned ones are selected, so the first key replaces them instead of
      // joining them.
      if (document.activeElement === input) input.select();
    }
    const chosenEarly = kindInputs.some((k) => k.checked && k.value !== '');
    if (!chosenEarly) for (const k of kindInputs) k.checked = k.value === (state.kind ?? '');
  };
  const announcer = document.querySelector<HTMLElement>('[data-search-announce]') ?? status;
  const view: SearchView = {
    input,
    status,
    results,
    kind,
    limit: maxPages,
    show: () => undefined,
    announce: announcer,
  };
  const search = searcher(view);
  // The words are kept for this tab only (reload and back find them again), never in the address.
  const remember = () => handOver(sessionStore(), { q: input.value, kind: kind() });
  input.addEventListener('input', () => {
    remember();
    search();
  });
  const syncShare = startShareLink(input, kind);
  for (const k of kindInputs) {
    k.addEventListener('change', () => {
      remember();
      search(true);
      // A link made for the last kind would no longer open what is shown.
      syncShare();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember();
    search(true);
  });
  forgetters.push(() => {
    form.reset();
    search(true);
    syncShare();
  });
  arrowKeys(input, results, () => false);
  applyState();
  syncShare();
  // Words typed before this script woke are kept for this tab too, or a page
  // shown again by Back would take them for words deleted meanwhile.
  if (input.value.trim()) {
    remember();
    search(true);
  }
}

/**
 * "Link to this search": only when asked does the address carry the words.
 * Offered once there are words; returns the function that shows or hides it.
 */
function startShareLink(input: HTMLInputElement, kind: () => SearchKind | undefined): () => void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-share]');
  const output = document.querySelector<HTMLInputElement>('[data-search-share-link]');
  const note = document.querySelector<HTMLElement>('[data-search-share-note]');
  if (!button || !output || !note) return () => undefined;
  const sync = () => {
    button.hidden = !input.value.trim();
    output.hidden = true;
    note.hidden = true;
  };
  input.addEventListener('input', sync);
  button.addEventListener('click', () => {
    const href = new URL(searchHref(base, { q: input.value, kind: kind() }), location.href).href;
    output.value = href;
    output.hidden = false;
    note.hidden = false;
    output.focus();
    output.select();
  });
  return sync;
}

if (box) startHeaderBox(box);
// Other search forms (the 404 page's) also open the search page without the words in the address.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-handoff]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  form.addEventListener('submit', (event) => {
    if (!input) return;
    event.preventDefault();
    openSearchPage({ q: input.value, kind: undefined });
  });
}
const page = document.querySelector<HTMLFormElement>('form[data-search-page]');
// The reader has reached for search: fetch the index now, not at the first key.
// An empty search page waits for typing, so it loads no index it may not use.
if (!page || startingSearch(location.search, sessionStore()).state.q.trim()) {
  void loadSearch(base).catch(() => undefined);
}
if (page) startSearchPage(page);

// Back or Forward to a page the browser kept in memory shows it as it was
// left. Words this tab no longer holds ("Delete everything") must not come back.
window.addEventListener('pageshow', (event) => {
  if (event.persisted && searchForgotten(sessionStore())) for (const forget of forgetters) forget();
});
// "Delete everything" in any tab (search-opener.ts passes it on): results go with the words.
document.addEventListener('rt-search-forget', () => {
  for (const forget of forgetters) forget();
});
