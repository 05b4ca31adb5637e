/**
 * Search settings shared by the build step (what is indexed, and how) and the
 * browser (how results are ranked and shown). One place to tune relevance.
 */

/** The kinds of page a reader can narrow a search to, in the order offered. */
export const searchKinds = ['Chapter', 'Worksheet', 'Self-check', 'Situations'] as const;
export type SearchKind = (typeof searchKinds)[number];
/** Every kind a searched page has: the kinds above, and the help page, not offered as a filter. */
export const pageKinds = [...searchKinds, 'Help'] as const;
export type PageKind = (typeof pageKinds)[number];

/** Reader-facing plural labels for the kind filter. */
export const kindLabels: Record<SearchKind, string> = {
  Chapter: 'Chapters',
  Worksheet: 'Worksheets',
  'Self-check': 'Self-checks',
  Situations: 'Situations',
};

export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return searchKinds.includes(value as SearchKind);
}

export function isPageKind(value: string | null | undefined): value is PageKind {
  return pageKinds.includes(value as PageKind);
}

/**
 * How strongly a situation phrase counts when it is added to the section it
 * belongs to (body text is 1, an h2 is 6). High, because the phrases are the
 * reader's own words for what that section is about.
 */
export const situationPhraseWeight = 4;

/**
 * The situation phrases added to a section are index-only text, on no page
 * a reader sees: they are wrapped in these marks, and every excerpt drops
 * what lies between them (`excerptText`), so a result never quotes words the
 * reader would not find where it leads.
 */
export const phrasesOpen = '\u2045';
export const phrasesClose = '\u2046';

/**
 * Words in an excerpt a reader sees. Pagefind is asked for twice as many
 * (`pagefindExcerptWords`), so that once the index-only phrases are taken
 * out, and the heading the result already shows, enough of the page's own
 * text is left to fill it.
 */
export const excerptWords = 30;
export const pagefindExcerptWords = 2 * excerptWords;

/** The situations page lists every phrase; it should not crowd out the sections. */
export const situationsPageWeight = 0.5;

/**
 * The help page (danger, counselling) comes up on its own words ("emergency",
 * "suicide", "hit") but should not crowd out the chapter that answers a
 * reader's question about, say, fights that keep going round.
 */
export const helpPageWeight = 0.5;

/**
 * Self-check statements ("I tell my partner each time…") share many words
 * with readers' long stories and were a frequent wrong first result; the
 * chapter text they point to is the answer. Half weight: the development
 * sets rose (150 queries 87.3% → 88.0% in the first 3; long narratives
 * 80% → 82%), the tuning set held, and 0.3 did no better.
 */
export const selfCheckStatementsWeight = 0.5;

/**
 * Two of the query's words found one after the other in a section, at most
 * this many words apart, read as one phrase of the reader's ("go quiet",
 * "wants out", "say it back"): each such pair adds `nearWeight` × the weaker
 * word's strength to the section, once per pair (`nearBonus`). Words only
 * somewhere in a long section say less about it than words side by side.
 * On the three development sets together: the same in the first 3, 11 more
 * of 400 first (long stories on 2026-11-26 lost two first). Every window
 * and weight tried (2 to 5 words, × 0.5 to 3) put more first on the three
 * together; the others lost one to three in the first 3, or tuning queries
 * first. Any pair in the window, not only neighbours: 14 more first, one
 * fewer in the first 3.
 */
export const nearWords = 3;
export const nearWeight = 2;

/**
 * Fragment files loaded per search: results are chosen from Pagefind's own
 * scores first, and only these many are loaded, however large the handbook:
 * two per term searched, at least 8 and at most 24.
 * A long story's many words each find pages, and Pagefind's whole-page
 * scores put the page holding its point below pages sharing its incidental
 * words; the sections' own scores (`rankPages`) find it once it is loaded.
 * With 8 for every query, the right chapter of a long story was in the
 * first 3 for 80%, 88% and 76% of three development sets' long stories;
 * with this, 97%, 96% and 87% (the tuning set unchanged in the first 3, one
 * query more first). 24 fragments are about 18 KB, each fetched once.
 */
export const fragmentsPerSearch = (terms: number): number => Math.min(24, Math.max(8, 2 * terms));

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
/**
 * How long typing must pause before a screen reader hears the result count:
 * announced at every pause of a search-as-you-type, it talks over the
 * reader's own typing. Enter, or choosing a kind, says it at once.
 */
export const announceDelayMs = 1000;

/** Where the build writes the word list used to fix misspelled words. */
export const wordListFile = 'handbook-words.json';
