/**
 * Search settings shared by the build step (what is indexed, and how) and the
 * browser (how results are ranked and shown). One place to tune relevance.
 */

/** The kinds of page a reader can narrow a search to, in the order offered. */
export const searchKinds = ['Chapter', 'Worksheet', 'Self-check', 'Situations'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Reader-facing plural labels for the kind filter. */
export const kindLabels: Record<SearchKind, string> = {
  Chapter: 'Chapters',
  Worksheet: 'Worksheets',
  'Self-check': 'Self-checks',
  Situations: 'Situations',
};

const kindByPrefix: [string, SearchKind][] = [
  ['/chapters/', 'Chapter'],
  ['/worksheets/', 'Worksheet'],
  ['/self-check/', 'Self-check'],
  ['/situations/', 'Situations'],
];

/**
 * Which kind a built page is, from its path without the base; `undefined`
 * for pages that are not searched (home, about, search itself, 404…). The
 * worksheets' index only lists them, so it is left out; the self-check page
 * is the whole-handbook check itself, and the situations page is the list.
 */
export function pageKind(path: string): SearchKind | undefined {
  for (const [prefix, kind] of kindByPrefix) {
    const listOnly = kind === 'Chapter' || kind === 'Worksheet';
    if (path === prefix ? !listOnly : kind !== 'Situations' && path.startsWith(prefix)) {
      return kind;
    }
  }
  return undefined;
}

export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return searchKinds.includes(value as SearchKind);
}

/**
 * How strongly a situation phrase counts when it is added to the section it
 * belongs to (body text is 1, an h2 is 6). High, because the phrases are the
 * reader's own words for what that section is about.
 */
export const situationPhraseWeight = 4;

/** The situations page lists every phrase; it should not crowd out the sections. */
export const situationsPageWeight = 0.5;

/**
 * Fragment files loaded per search: results are chosen from Pagefind's own
 * scores first, and only these many are loaded, however large the handbook.
 */
export const fragmentsPerSearch = 8;

/**
 * Pagefind's own ranking knobs, at its defaults. Tried with
 * `BENCH_RANKING='{"pageLength":0.3}' npm run bench:search` and others
 * (pageLength 0 and 0.3, termSaturation 0.8 and 2, metaWeights title 1 and
 * 10): none did better on the tuning set, so the defaults stay.
 */
export const pagefindRanking = {
  termSimilarity: 1,
  pageLength: 0.75,
  termSaturation: 1.4,
  termFrequency: 1,
};

/** Pages shown, and matching sections shown under each page. */
export const maxPages = 8;
/** The header's drop-down shows fewer, with a link to all results. */
export const headerLimit = 5;
export const maxSectionsPerPage = 3;

/** Wait this long after the last key press before searching as the reader types. */
export const typingDelayMs = 150;

/** Where the build writes the word list used to fix misspelled words. */
export const wordListFile = 'handbook-words.json';
