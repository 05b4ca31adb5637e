/**
 * Runs a reader's query against Pagefind in the browser: prepares the terms,
 * searches each, ranks pages and sections. Pagefind is passed in, so tests
 * use a stand-in and the UI and the benchmark use the real one.
 */
import { prepareQuery, type WordList } from './query';
import { rankPages, type FoundPage, type RankedPage, type TermMatches } from './rank';
import { maxPages, type SearchKind } from './settings';

/** The parts of Pagefind's JS API used here. */
export interface PagefindLike {
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<FoundPage> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchOutcome {
  query: string;
  words: string[];
  pages: RankedPage[];
}

export interface SearchOptions {
  kind?: SearchKind | undefined;
  words?: WordList;
  limit?: number;
}

let totalPagesCache: number | undefined;

async function totalPages(pagefind: PagefindLike): Promise<number> {
  if (totalPagesCache === undefined) {
    const filters = await pagefind.filters();
    totalPagesCache = Object.values(filters['kind'] ?? {}).reduce((sum, n) => sum + n, 0) || 20;
  }
  return totalPagesCache;
}

/** For tests: forget what was learnt about the index. */
export function resetEngine(): void {
  totalPagesCache = undefined;
}

export async function searchHandbook(
  pagefind: PagefindLike,
  raw: string,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const prepared = prepareQuery(raw, options.words);
  if (prepared.terms.length === 0) return { query: raw, words: [], pages: [] };
  const filters = options.kind ? { kind: options.kind } : undefined;
  const total = await totalPages(pagefind);
  const matches: TermMatches[] = await Promise.all(
    prepared.terms.map(async ({ term, weight }) => {
      const found = await pagefind.search(term, filters ? { filters } : {});
      const pages = await Promise.all((found?.results ?? []).map((r) => r.data()));
      return { term, weight, pages };
    }),
  );
  return {
    query: raw,
    words: prepared.words,
    pages: rankPages(matches, total).slice(0, options.limit ?? maxPages),
  };
}
