/**
 * The search page's address holds the query (`/search/?q=…&kind=…`), so a
 * search can be shared, bookmarked, and found again with the back button.
 */
import { isSearchKind, type SearchKind } from './settings';

export interface SearchState {
  q: string;
  kind: SearchKind | undefined;
}

/**
 * The longest search kept, in characters: every search box stops there, and
 * the words handed to the search page are cut there. A late-night story runs
 * to 300 or 400; at 200, Enter cut its question off the end, unsaid.
 */
export const queryMaxLength = 600;

/** Reads `?q=` and `?kind=` from a query string; an unknown kind means all kinds. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  return {
    q: (params.get('q') ?? '').slice(0, queryMaxLength),
    kind: isSearchKind(kind) ? kind : undefined,
  };
}

/** The search page's address for a query, under the site's base path. */
export function searchHref(base: string, state: SearchState): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.kind) params.set('kind', state.kind);
  const query = params.toString();
  return `${root}search/${query ? `?${query}` : ''}`;
}
