/**
 * Turns what a reader types into search terms: lower case, no punctuation,
 * no words that carry no meaning on their own, everyday words mapped to the
 * handbook's words, and misspelled words fixed against the handbook's own
 * vocabulary. Pure, so every rule is tested without a browser.
 */

/**
 * Words that say nothing about the situation on their own. Pagefind needs
 * every query word on a page, so "how do I…" or "my wife…" would otherwise
 * find nothing. Names for the partner are here too: every chapter is about
 * the partner, so the word does not help choose a section.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about after again all am an and any are as at be been being but by can could ' +
    'did do does doing done for from get gets getting go going got had has have having ' +
    'he her here hers herself him himself his how i if im in into is it its itself ' +
    'just me might more most much must my myself no not now of off on once only or ' +
    'our ours out over really she should so some still such than that the their ' +
    'theirs them themselves then there these they this those to too up us very was ' +
    'we were what whats when where which while who whom why will with would you your ' +
    'yours dont doesnt didnt cant wont isnt arent wasnt ive id ill youre theyre hes shes ' +
    'partner partners wife wifes husband husbands boyfriend girlfriend spouse fiance ' +
    'fiancee bf gf hubby someone something thing things way want wants need needs ' +
    'feel feels know like make makes help please ok okay'
  ).split(' '),
);

/**
 * Everyday words a reader uses that the handbook puts differently. Each maps
 * to words the handbook uses for the same thing; the reader's own word is
 * searched too.
 */
export const everydayWords: Readonly<Record<string, readonly string[]>> = {
  cheated: ['affair'],
  cheating: ['affair'],
  cheat: ['affair'],
  unfaithful: ['affair'],
  infidelity: ['affair'],
  fling: ['affair'],
  lover: ['other', 'person'],
  mistress: ['other', 'person'],
  colleague: ['coworker'],
  colleagues: ['coworker'],
  boss: ['coworker'],
  office: ['coworker'],
  job: ['work'],
  leave: ['end'],
  leaving: ['end'],
  divorce: ['end'],
  breakup: ['end'],
  mobile: ['phone'],
  texts: ['phone'],
  messages: ['phone'],
  passwords: ['phone'],
  password: ['phone'],
  snooping: ['checking'],
  snoops: ['checking'],
  spying: ['checking'],
  confess: ['tell', 'truth'],
  confessed: ['tell', 'truth'],
  admit: ['tell', 'truth'],
  lied: ['truth', 'lie'],
  lying: ['truth', 'lie'],
  lies: ['truth', 'lie'],
  forgive: ['trust'],
  forgiven: ['trust'],
  forgiveness: ['trust'],
  apologise: ['sorry'],
  apologize: ['sorry'],
  apologized: ['sorry'],
  apologised: ['sorry'],
  apology: ['sorry', 'apology'],
  cry: ['hurt'],
  crying: ['hurt'],
  angry: ['hurt'],
  furious: ['hurt'],
  ignores: ['silence'],
  ignoring: ['silence'],
  silent: ['silence'],
  distant: ['strangers'],
  cold: ['strangers'],
  normal: ['timeline'],
  overthinking: ['going', 'over'],
  insomnia: ['sleep'],
  questioning: ['questions'],
  interrogating: ['questions'],
  interrogates: ['questions'],
  wedding: ['vows'],
  marriage: ['relationship'],
  fights: ['fighting', 'battles'],
  arguing: ['fighting', 'battles'],
  argue: ['fighting', 'battles'],
  arguments: ['fighting', 'battles'],
  nagging: ['battles'],
  excuse: ['excuses'],
  friend: ['friends'],
  mates: ['friends'],
  pub: ['drinks'],
  bar: ['drinks'],
  trip: ['away'],
  travel: ['away'],
  travelling: ['away'],
  traveling: ['away'],
};

/** Lower case, apostrophes dropped ("don't" → "dont"), everything else not a letter or digit a space. */
export function normalise(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words a reader typed, in order, without duplicates or stop words. */
export function meaningfulWords(raw: string): string[] {
  const words = normalise(raw).split(' ').filter(Boolean);
  const kept = words.filter((word) => !stopWords.has(word));
  return [...new Set(kept)];
}

/** A word list with how often each word appears in the handbook. */
export type WordList = ReadonlyMap<string, number>;

/** Damerau–Levenshtein distance (adjacent swaps count as one edit), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  }
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return Math.min((rows[a.length] as number[])[b.length] as number, max + 1);
}

/** How many edits a word of this length may need to be fixed: none for short words. */
function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 7 ? 1 : 2;
}

/**
 * The handbook's word for a word the reader may have misspelled: the word
 * itself when the handbook has it or has a longer word starting with it (the
 * reader may still be typing), else the closest handbook word starting with
 * the same letter within a few edits, else the word as typed.
 */
export function correctSpelling(word: string, words: WordList): string {
  if (words.size === 0 || words.has(word) || /\d/.test(word)) return word;
  for (const known of words.keys()) if (known.startsWith(word)) return word;
  const edits = allowedEdits(word);
  let best = word;
  let bestDistance = edits + 1;
  let bestCount = 0;
  for (const [known, count] of words) {
    if (known[0] !== word[0]) continue;
    const distance = editDistance(word, known, edits);
    if (distance > edits) continue;
    if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
      best = known;
      bestDistance = distance;
      bestCount = count;
    }
  }
  return best;
}

/** One search term and where it came from, for ranking. */
export interface SearchTerm {
  term: string;
  /** The reader's own word (or its spelling fix) counts fully; added handbook words count less. */
  weight: number;
}

/** Everything a query turns into: the terms to search, and the words to highlight. */
export interface PreparedQuery {
  terms: SearchTerm[];
  /** The reader's words after fixes, for highlighting and "all words" matching. */
  words: string[];
}

export function prepareQuery(raw: string, words: WordList = new Map()): PreparedQuery {
  const typed = meaningfulWords(raw);
  // A query of stop words only ("how do I") still searches what was typed.
  const base = typed.length > 0 ? typed : [...new Set(normalise(raw).split(' ').filter(Boolean))];
  const fixed = base.map((word) => correctSpelling(word, words));
  const terms = new Map<string, number>();
  for (const word of fixed) terms.set(word, 1);
  for (const word of fixed) {
    for (const extra of everydayWords[word] ?? []) {
      if (!terms.has(extra) && !stopWords.has(extra)) terms.set(extra, 0.6);
    }
  }
  return {
    terms: [...terms].map(([term, weight]) => ({ term, weight })),
    words: fixed,
  };
}
