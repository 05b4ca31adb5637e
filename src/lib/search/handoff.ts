/**
 * Keeps the reader's search words out of the address bar, and so out of the
 * browser's history and address-bar suggestions. A search box hands its words
 * to the search page in this tab's sessionStorage (gone when the tab closes),
 * and the search page opens as plain `/search/`. A shared `?q=` link still
 * works: the page reads it, then replaces the address with `/search/`.
 *
 * On a shared computer the next person may use the same tab, so the words
 * are kept only when the reader searches with them (not while typing in the
 * header box), only for `searchKeptMs`, and "Delete everything" removes them
 * in every tab (`forgetChannel`).
 */
import { queryMaxLength, readSearchState, type SearchState } from './search-url';
import { isSearchKind } from './settings';

/** The one sessionStorage key search uses. */
export const searchHandoffKey = 'rt-search';

/**
 * How long a tab keeps search words after the last search: long enough to go
 * back to the results from a chapter, short enough that the next person at a
 * shared computer does not find them.
 */
export const searchKeptMs = 30 * 60 * 1000;

/** The channel on which "Delete everything" tells every open tab to forget its search words. */
export const forgetChannel = 'rt-forget';

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
export function handOver(store: SessionLike | null, state: SearchState, now = Date.now()): boolean {
  if (!store) return false;
  try {
    if (!state.q.trim() && !state.kind) store.removeItem(searchHandoffKey);
    else
      store.setItem(
        searchHandoffKey,
        JSON.stringify({ q: state.q.slice(0, queryMaxLength), kind: state.kind, at: now }),
      );
    return true;
  } catch {
    return false;
  }
}

/**
 * The search this tab handed over, or an empty one; anything unreadable
 * counts as none. Words older than `searchKeptMs`, or kept without a time,
 * are forgotten here.
 */
export function takeOver(store: SessionLike | null, now = Date.now()): SearchState {
  const empty: SearchState = { q: '', kind: undefined };
  if (!store) return empty;
  try {
    const raw = store.getItem(searchHandoffKey);
    if (!raw) return empty;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return empty;
    const { q, kind, at } = data as { q?: unknown; kind?: unknown; at?: unknown };
    if (typeof at !== 'number' || !(now - at <= searchKeptMs)) {
      store.removeItem(searchHandoffKey);
      return empty;
    }
    return {
      q: typeof q === 'string' ? q.slice(0, queryMaxLength) : '',
      kind: typeof kind === 'string' && isSearchKind(kind) ? kind : undefined,
    };
  } catch {
    return empty;
  }
}

/** Whether this tab keeps search words now (Your data says so). */
export function keepsSearch(store: SessionLike | null, now = Date.now()): boolean {
  return takeOver(store, now).q.trim() !== '';
}

/** Forgets the handed-over search in this tab. */
export function forgetSearch(store: SessionLike | null): void {
  try {
    store?.removeItem(searchHandoffKey);
  } catch {
    /* Nothing to forget where storage is refused. */
  }
}

/** "Delete everything": forgets the search words here, and asks every other open tab to. */
export function forgetSearchEverywhere(store: SessionLike | null): void {
  forgetSearch(store);
  try {
    const channel = new BroadcastChannel(forgetChannel);
    channel.postMessage('forget');
    channel.close();
  } catch {
    /* A browser without BroadcastChannel: the other tabs keep theirs until closed. */
  }
}

/**
 * Whether this tab holds no search words now: none kept, "Delete
 * everything" removed them, or they are older than `searchKeptMs`. The
 * search page hands its words over as they are typed, the header box when
 * the reader searches with them, so a page shown again by Back with words
 * the tab no longer holds must drop them. Unknown (false) where the browser
 * refuses storage.
 */
export function searchForgotten(store: SessionLike | null, now = Date.now()): boolean {
  if (!store) return false;
  try {
    takeOver(store, now);
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
  now = Date.now(),
): { state: SearchState; fromAddress: boolean } {
  const fromLink = readSearchState(addressQuery);
  const hasLink = new URLSearchParams(addressQuery).has('q');
  if (hasLink) return { state: fromLink, fromAddress: true };
  return { state: takeOver(store, now), fromAddress: false };
}
