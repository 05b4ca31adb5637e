/**
 * The search box in the header and the full search page. Loaded only when
 * the reader reaches for search (focus, `/`, Ctrl/Cmd+K; see ThemeScript),
 * or on the search page itself. It starts itself when imported: the build
 * bundles it as a standalone script whose URL the header form carries.
 */
import { searchHandbook, type SearchOutcome } from '../../lib/search/engine';
import { loadSearch } from '../../lib/search/load-pagefind';
import { readSearchState, searchHref } from '../../lib/search/search-url';
import {
  headerLimit,
  isSearchKind,
  maxPages,
  typingDelayMs,
  type SearchKind,
} from '../../lib/search/settings';
import { renderNothingFound, renderResults, resultsSummary } from './render-results';

interface SearchView {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  kind(): SearchKind | undefined;
  /** Pages to show: fewer in the header's drop-down than on the search page. */
  limit: number;
  /** Called with each finished search. */
  onDone?(outcome: SearchOutcome): void;
  /** Whether the view should be visible for this query. */
  show(visible: boolean): void;
}

const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
const base = box?.dataset['searchBase'] ?? '/';
const situationsUrl = `${base.endsWith('/') ? base : `${base}/`}situations/`;

/** Runs searches for one view: waits for typing to pause and drops stale answers. */
function searcher(view: SearchView): (now?: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const run = async () => {
    const query = view.input.value.trim();
    const ticket = ++latest;
    if (!query) {
      view.results.replaceChildren();
      view.status.textContent = '';
      view.show(false);
      return;
    }
    view.status.textContent = 'Searching…';
    try {
      const { pagefind, words } = await loadSearch(base);
      const kind = view.kind();
      const outcome = await searchHandbook(pagefind, query, { words, kind, limit: view.limit });
      if (ticket !== latest) return;
      view.results.replaceChildren(
        outcome.pages.length > 0
          ? renderResults(outcome.pages, outcome.words)
          : renderNothingFound(query, situationsUrl),
      );
      view.status.textContent = resultsSummary(outcome.pages.length, query, kind);
      view.show(true);
      view.onDone?.(outcome);
    } catch {
      if (ticket !== latest) return;
      view.results.replaceChildren();
      view.status.textContent =
        'Search could not load. Check your connection and try again, or browse the situations list.';
      view.show(true);
    }
  };
  return (now = false) => {
    clearTimeout(timer);
    if (now) void run();
    else timer = setTimeout(() => void run(), typingDelayMs);
  };
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
    'absolute inset-x-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-sm border border-rule bg-panel p-3 shadow-lg sm:left-auto sm:w-[32rem]';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'mb-2 text-base text-muted';
  const results = document.createElement('div');
  const all = document.createElement('a');
  all.className = 'mt-3 inline-block py-1 font-semibold';
  all.dataset['searchResult'] = '';
  // A real address from the start, so the link is never an anchor without a target.
  all.href = searchHref(base, { q: '', kind: undefined });
  all.textContent = 'See all results';
  panel.append(status, results, all);
  // The live region must exist before results arrive to be announced.
  const live = document.createElement('p');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  form.classList.add('relative');
  form.append(panel, live);
  input.setAttribute('aria-controls', panel.id);

  const view: SearchView = {
    input,
    status,
    results,
    kind: () => undefined,
    limit: headerLimit,
    show: (visible) => {
      panel.hidden = !visible;
      all.href = searchHref(base, { q: input.value, kind: undefined });
    },
    onDone: () => {
      live.textContent = status.textContent;
    },
  };
  const search = searcher(view);
  input.addEventListener('input', () => search());
  arrowKeys(input, panel, () => {
    const wasOpen = !panel.hidden;
    panel.hidden = true;
    return wasOpen;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && results.childElementCount > 0) panel.hidden = false;
  });
  // Close the panel when focus or a click leaves the search box.
  document.addEventListener('focusin', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = true;
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = true;
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
    const state = readSearchState(location.search);
    input.value = state.q;
    for (const k of kindInputs) k.checked = k.value === (state.kind ?? '');
  };
  const view: SearchView = { input, status, results, kind, limit: maxPages, show: () => undefined };
  const search = searcher(view);
  // The address follows the query as it is typed, so back returns to it.
  const remember = (push: boolean) => {
    const href = searchHref(base, { q: input.value, kind: kind() });
    if (href === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  };
  input.addEventListener('input', () => {
    remember(false);
    search();
  });
  for (const k of kindInputs) {
    k.addEventListener('change', () => {
      remember(true);
      search(true);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember(true);
    search(true);
  });
  window.addEventListener('popstate', () => {
    applyState();
    search(true);
  });
  arrowKeys(input, results, () => false);
  applyState();
  if (input.value.trim()) search(true);
}

if (box) startHeaderBox(box);
// The reader has reached for search: fetch the index now, not at the first key.
void loadSearch(base).catch(() => undefined);
const page = document.querySelector<HTMLFormElement>('form[data-search-page]');
if (page) startSearchPage(page);
