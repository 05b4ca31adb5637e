/**
 * Turns what a reader types into search terms: lower case, no punctuation,
 * no words that carry no meaning on their own, everyday words mapped to the
 * handbook's words, and misspelled words fixed against the handbook's own
 * vocabulary. Pure, so every rule is tested without a browser.
 */

// Named imports, so the bundle keeps only the tables, not the file's notes ("about").
import {
  everydayWords as everydayTable,
  lightWords as lightList,
  spellingVariants as variantPairs,
  stopWords as stopList,
} from '../../../content/search/words.json';

/*
 * The word tables are content (content/search/words.json, checked against
 * its schema at build time), so a writer can extend them. Lookups keyed by
 * what a reader types use Map and Set, never a plain object: "constructor"
 * or "toString" is a query like any other.
 */

/**
 * Words that say nothing about the situation on their own. Pagefind needs
 * every query word on a page, so "how do I…" or "my wife…" would otherwise
 * find nothing. Names for the partner are here too: every chapter is about
 * the partner, so the word does not help choose a section.
 */
export const stopWords: ReadonlySet<string> = new Set(stopList);

/**
 * Words that say little on their own ("wants", "need", "feel") but, beside
 * the words that do, help choose between sections: "my partner wants to end
 * it" is about the partner ending it. Searched at a low weight, never alone.
 */
export const lightWords: ReadonlySet<string> = new Set(lightList);

/**
 * Everyday words a reader uses that the handbook puts differently. Each maps
 * to words the handbook uses for the same thing; the reader's own word is
 * searched too.
 */
export const everydayWords: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(everydayTable),
);

/** British and American spellings (and common alternatives), both ways. */
export const spellingVariants: ReadonlyMap<string, string> = new Map(
  (variantPairs as [string, string][]).flatMap(([a, b]) => {
    const [x, y] = [normalise(a), normalise(b)];
    return [
      [x, y],
      [y, x],
    ] as [string, string][];
  }),
);

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
  const kept = words.filter((word) => !stopWords.has(word) && !lightWords.has(word));
  return [...new Set(kept)];
}

/** A word list with how often each word appears in the handbook. */
export type WordList = ReadonlyMap<string, number>;

/**
 * Damerau–Levenshtein distance (adjacent swaps count as one edit), capped at
 * `max + 1`. A letter put for another costs `substitution(typed, known)`.
 */
export function editDistance(
  a: string,
  b: string,
  max = 2,
  substitution: (x: string, y: string) => number = () => 1,
): number {
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
      const [x, y] = [a[i - 1] as string, b[j - 1] as string];
      const cost = x === y ? 0 : substitution(x, y);
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

/**
 * How many edits a word of this length may need to be fixed: none for very
 * short words, two only from nine letters. At seven or eight letters, two
 * edits turned readers' own words into other handbook words far more often
 * than they fixed a slip ("wearing" → "warning", "venting" → "evening",
 * "parents" → "parts"); a long word has room for two slips and fewer
 * neighbours two edits away.
 */
function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 9 ? 1 : 2;
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to each other on a QWERTY keyboard: a phone's most common slip. */
export function areKeyboardNeighbours(a: string, b: string): boolean {
  const at = (c: string) => {
    const row = keyboardRows.findIndex((r) => r.includes(c));
    return row < 0 ? undefined : { row, col: (keyboardRows[row] as string).indexOf(c) + row * 0.5 };
  };
  const [p, q] = [at(a), at(b)];
  if (!p || !q || a === b) return false;
  return Math.abs(p.row - q.row) <= 1 && Math.abs(p.col - q.col) <= 1;
}

/**
 * What putting `typed` for `known` costs a spelling fix: one edit when it is
 * a slip people make (keys side by side, one vowel for another, letters that
 * sound alike), two otherwise. "Cheap" is not a slip for "cheat", nor
 * "useless" for "unless": a real word other than the handbook's is far more
 * likely than such a slip, and "fixing" it searched a word the reader never
 * meant. Missing, doubled and swapped letters stay one edit.
 */
export function slipCost(typed: string, known: string): number {
  // Two different letters: both vowels, or both of c/s, c/k or s/z.
  const alike = /^([aeiou]{2}|[cs]{2}|[ck]{2}|[sz]{2})$/.test(typed + known);
  return alike || areKeyboardNeighbours(typed, known) ? 1 : 2;
}

/** Whether the handbook has this word, or a longer one starting with it (the reader may still be typing). */
export function isHandbookWord(word: string, words: WordList): boolean {
  if (words.has(word)) return true;
  for (const known of words.keys()) if (known.startsWith(word)) return true;
  return false;
}

/**
 * The handbook's word for a word the reader may have misspelled: the word
 * itself when the handbook has it or has a longer word starting with it (the
 * reader may still be typing); its other spelling (British or American) when
 * the handbook has that; else the closest handbook word within a few edits
 * (letters wrong, missing, doubled or swapped, the first two letters
 * included; a letter put for another counts as one edit only when it is a
 * slip, `slipCost`), preferring the more common word; else the word as typed.
 */
export function correctSpelling(word: string, words: WordList): string {
  if (words.size === 0 || words.has(word) || /\d/.test(word)) return word;
  const variant = spellingVariants.get(word);
  if (variant && words.has(variant)) return variant;
  if (isHandbookWord(word, words)) return word;
  const edits = allowedEdits(word);
  if (edits === 0) return word;
  let best = word;
  let [bestDistance, bestCount] = [edits + 1, Infinity];
  for (const [known, count] of words) {
    const sameStart = known[0] === word[0] || (known[0] === word[1] && known[1] === word[0]);
    if (!sameStart) continue;
    const distance = editDistance(word, known, edits, slipCost);
    if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
      best = known;
      [bestDistance, bestCount] = [distance, count];
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

/** Weights of the words added to the reader's own. */
export const addedWeights = { everyday: 0.6, light: 0.3 };

export function prepareQuery(raw: string, words: WordList = new Map()): PreparedQuery {
  const typed = meaningfulWords(raw);
  // A query of stop words only ("how do I") still searches what was typed.
  const base = typed.length > 0 ? typed : [...new Set(normalise(raw).split(' ').filter(Boolean))];
  const fixed = base.map((word) => correctSpelling(word, words));
  const terms = new Map<string, number>();
  for (const word of fixed) terms.set(word, 1);
  for (const word of fixed) {
    for (const extra of everydayWords.get(word) ?? []) {
      if (!terms.has(extra) && !stopWords.has(extra)) terms.set(extra, addedWeights.everyday);
    }
  }
  if (typed.length > 0) {
    for (const word of normalise(raw).split(' ')) {
      if (lightWords.has(word) && !terms.has(word)) terms.set(word, addedWeights.light);
    }
  }
  return {
    terms: [...terms].map(([term, weight]) => ({ term, weight })),
    words: fixed,
  };
}
