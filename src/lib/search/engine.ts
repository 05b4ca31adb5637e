/**
 * Runs a reader's query against Pagefind in the browser: prepares the terms,
 * searches each, scores every matching page and section record from
 * Pagefind's own scores (no fragment loaded), then loads fragments only for
 * the few it will show and ranks their sections. Pagefind is passed in, so
 * tests use a stand-in and the UI and the benchmark use the real one.
 */
import {
  correctSpelling,
  editDistance,
  isHandbookWord,
  prepareQuery,
  type WordList,
} from './query';
import { rankPages, termRarity, type FoundPage, type RankedPage, type TermMatches } from './rank';
import { fragmentsPerSearch, maxPages, pagefindRanking, type SearchKind } from './settings';

/** One Pagefind result before its fragment is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<FoundPage>;
}

/** The parts of Pagefind's JS API used here. */
export interface PagefindLike {
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options?: (options: Record<string, unknown>) => Promise<void>;
}

export interface SearchOutcome {
  query: string;
  words: string[];
  pages: RankedPage[];
  /**
   * True when nothing matched well: the pages are only the closest the
   * handbook has, and the reader should also be offered the situations list.
   */
  weak: boolean;
}

export interface SearchOptions {
  kind?: SearchKind | undefined;
  words?: WordList;
  limit?: number;
}

let totalPagesCache: number | undefined;
/** Pagefind instances whose ranking has been set. */
const tuned = new WeakSet<object>();

/** Sets Pagefind's own ranking knobs (the benchmark tries others with this). */
export async function useRanking(
  pagefind: PagefindLike,
  ranking: Record<string, unknown>,
): Promise<void> {
  tuned.add(pagefind);
  await pagefind.options?.({ ranking });
}

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

interface TermResults {
  term: string;
  weight: number;
  results: PagefindResult[];
}

/**
 * Which results to load: each scores the sum over query terms of the term's
 * weight × its rarity × Pagefind's score, raised for holding more of the
 * query's terms; the best `limit` ids, best first.
 */
export function chooseResults(
  found: readonly TermResults[],
  total: number,
  limit: number,
): string[] {
  // Shares of the query count each term by weight × rarity, so a few rare
  // words are not outvoted by many common ones.
  const strengths = found.map((f) =>
    f.results.length > 0 ? termRarity(f.results.length, total) * f.weight : 0,
  );
  const totalStrength = strengths.reduce((sum, x) => sum + x, 0) || 1;
  const scores = new Map<string, { score: number; strength: number }>();
  found.forEach(({ results }, i) => {
    const strength = strengths[i] ?? 0;
    for (const result of results) {
      const entry = scores.get(result.id) ?? { score: 0, strength: 0 };
      entry.score += strength * Math.min(result.score, 10);
      entry.strength += strength;
      scores.set(result.id, entry);
    }
  });
  return [...scores]
    .map(([id, { score, strength }]) => {
      const share = strength / totalStrength;
      return { id, score: score * (1 + share * share) };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((r) => r.id);
}

async function runTerms(
  pagefind: PagefindLike,
  terms: readonly { term: string; weight: number }[],
  kind: SearchKind | undefined,
): Promise<TermResults[]> {
  const options = kind ? { filters: { kind } } : {};
  return Promise.all(
    terms.map(async ({ term, weight }) => ({
      term,
      weight,
      results: (await pagefind.search(term, options))?.results ?? [],
    })),
  );
}

/**
 * Fragments for the chosen ids only; Pagefind fetches each fragment once.
 * One at a time, each copied at once: without its worker, Pagefind hands
 * back one shared object per page and rewrites its matched sections on the
 * next call for another term.
 */
async function loadChosen(
  found: readonly TermResults[],
  chosen: readonly string[],
): Promise<TermMatches[]> {
  const wanted = new Set(chosen);
  const matches: TermMatches[] = [];
  for (const { term, weight, results } of found) {
    const pages: FoundPage[] = [];
    for (const result of results) {
      if (!wanted.has(result.id)) continue;
      const page = await result.data();
      pages.push({ ...page, sub_results: [...page.sub_results] });
    }
    matches.push({ term, weight, pagesWithTerm: results.length, pages });
  }
  return matches;
}

/**
 * The share of the reader's words the handbook does not have at all. Pagefind
 * still answers such a word with pages holding some part of it ("qwertyuiop",
 * "aaaaaaaa"), so its matches say nothing: the results are only the closest.
 */
function unknownShare(words: readonly string[], list: WordList | undefined): number {
  if (!list || list.size === 0 || words.length === 0) return 0;
  return words.filter((w) => !/\d/.test(w) && !isHandbookWord(w, list)).length / words.length;
}

/** The share of the query's weight held by the best page. */
function bestShare(pages: readonly RankedPage[], terms: readonly { weight: number }[]): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0) || 1;
  return (pages[0]?.matchedWeight ?? 0) / total;
}

/** The search each Pagefind instance is running, so the next waits for it. */
const running = new WeakMap<object, Promise<unknown>>();
const searchWaitMs = 4_000;

/**
 * One search at a time per Pagefind: without its worker, Pagefind hands back
 * one shared object per page and rewrites its excerpt and sections for each
 * search. A search still running when the reader typed more (the search page
 * reruns the words it kept for this tab) could give the new search's
 * sections the old words' matches and change its order.
 */
export function searchHandbook(
  pagefind: PagefindLike,
  raw: string,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const before = running.get(pagefind) ?? Promise.resolve();
  // A search stuck on a stalled fetch holds the next one back 4 s at most.
  const turn = Promise.race([
    before.catch(() => undefined),
    new Promise((go) => setTimeout(go, searchWaitMs)),
  ]);
  const search = turn.then(() => searchAlone(pagefind, raw, options));
  running.set(pagefind, search);
  return search;
}

async function searchAlone(
  pagefind: PagefindLike,
  raw: string,
  options: SearchOptions,
): Promise<SearchOutcome> {
  const prepared = prepareQuery(raw, options.words);
  if (prepared.terms.length === 0) return { query: raw, words: [], pages: [], weak: false };
  if (!tuned.has(pagefind)) await useRanking(pagefind, pagefindRanking);
  const total = await totalPages(pagefind);
  const limit = options.limit ?? maxPages;
  let terms = prepared.terms;
  let found = await runTerms(pagefind, terms, options.kind);
  let words = prepared.words;
  if (found.every((f) => f.results.length === 0) && options.words) {
    // Nothing at all: try each word's closest handbook word, however far.
    const loose = closestWords(prepared.words, options.words);
    if (loose.length > 0) {
      terms = loose.map((term) => ({ term, weight: 1 }));
      words = loose;
      found = await runTerms(pagefind, terms, options.kind);
    }
  }
  const chosen = chooseResults(found, total, fragmentsPerSearch(found.length));
  const matches = await loadChosen(found, chosen);
  const pages = rankPages(matches, total).slice(0, limit);
  const weak =
    pages.length === 0 ||
    words !== prepared.words ||
    bestShare(pages, terms) < 0.5 ||
    unknownShare(words, options.words) > 0.5;
  return { query: raw, words, pages, weak };
}

/**
 * For a query that found nothing: the nearest handbook word to each typed
 * word, at most two edits away (one more than the usual spelling fix allows
 * short words). Words further off are left out: better to say nothing
 * matched than to show something unrelated.
 */
export function closestWords(typed: readonly string[], words: WordList): string[] {
  const out = new Set<string>();
  for (const word of typed) {
    if (word.length < 4) continue;
    const fixed = correctSpelling(word, words);
    if (fixed !== word) {
      out.add(fixed);
      continue;
    }
    let best: string | undefined;
    let bestDistance = 3;
    for (const known of words.keys()) {
      if (Math.abs(known.length - word.length) >= bestDistance) continue;
      const d = editDistance(word, known, bestDistance - 1);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    if (best) out.add(best);
  }
  return [...out];
}
