/**
 * Keeps the reader's search words out of the address bar, and so out of the
 * browser's history and address-bar suggestions. A search box hands its words
 * to the search page in this tab's sessionStorage (gone when the tab closes),
 * and the search page opens as plain `/search/`. A shared `?q=` link still
 * works: the page reads it, then replaces the address with `/search/`.
 */
import { readSearchState, type SearchState } from './search-url';
import { isSearchKind } from './settings';

/** The one sessionStorage key search uses. */
export const searchHandoffKey = 'rt-search';

type SessionLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** This tab's sessionStorage, or null where the browser refuses it. */
export function sessionStore(): SessionLike | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Remembers the search for this tab; false when the browser will not keep it. */
export function handOver(store: SessionLike | null, state: SearchState): boolean {
  if (!store) return false;
  try {
    if (!state.q.trim() && !state.kind) store.removeItem(searchHandoffKey);
    else
      store.setItem(
        searchHandoffKey,
        JSON.stringify({ q: state.q.slice(0, 200), kind: state.kind }),
      );
    return true;
  } catch {
    return false;
  }
}

/** The search this tab handed over, or an empty one; anything unreadable counts as none. */
export function takeOver(store: SessionLike | null): SearchState {
  const empty: SearchState = { q: '', kind: undefined };
  if (!store) return empty;
  try {
    const raw = store.getItem(searchHandoffKey);
    if (!raw) return empty;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return empty;
    const { q, kind } = data as { q?: unknown; kind?: unknown };
    return {
      q: typeof q === 'string' ? q.slice(0, 200) : '',
      kind: typeof kind === 'string' && isSearchKind(kind) ? kind : undefined,
    };
  } catch {
    return empty;
  }
}

/** Forgets the handed-over search (used by "Delete everything"). */
export function forgetSearch(store: SessionLike | null): void {
  try {
    store?.removeItem(searchHandoffKey);
  } catch {
    /* Nothing to forget where storage is refused. */
  }
}

/**
 * Whether this tab holds no search words now (none kept, or "Delete
 * everything" removed them). Every box hands its words over as they are
 * typed, so a page shown again with words the tab no longer holds must drop
 * them. Unknown (false) where the browser refuses storage.
 */
export function searchForgotten(store: SessionLike | null): boolean {
  if (!store) return false;
  try {
    return store.getItem(searchHandoffKey) === null;
  } catch {
    return false;
  }
}

/**
 * What the search page starts with: words from a shared `?q=` link first
 * (the caller then clears the address), else what this tab handed over.
 */
export function startingSearch(
  addressQuery: string,
  store: SessionLike | null,
): { state: SearchState; fromAddress: boolean } {
  const fromLink = readSearchState(addressQuery);
  const hasLink = new URLSearchParams(addressQuery).has('q');
  if (hasLink) return { state: fromLink, fromAddress: true };
  return { state: takeOver(store), fromAddress: false };
}
