/**
 * Marks the reader's words in an excerpt. Returns plain text pieces, never
 * HTML, so the page shows them with text nodes and nothing in an excerpt can
 * run as markup.
 */
import { stopWords } from './query';
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** Endings a short word may take and still be the reader's word. */
const endings = /^(?:|s|es|d|ed|ing|er|ers|ly|ful)$/;

/**
 * A word matches a query word when they share a start (asking ~ asked ~ ask).
 * A query word of five letters or fewer, less any ending it has (lies → lie),
 * matches only itself with an ending: "wat" lit up "watched", "this"
 * "things" and "cheat" "checking", words the reader never meant.
 */
export function wordMatches(word: string, queryWord: string): boolean {
  const w = word.toLowerCase().replace(/['’]/g, '');
  if (queryWord.length < 3) return w === queryWord;
  if (queryWord.length <= 5)
    return [queryWord, queryWord.replace(/(?:s|d|ed)$/, '')].some(
      (base) => base.length >= 3 && w.startsWith(base) && endings.test(w.slice(base.length)),
    );
  const stem = queryWord.slice(0, queryWord.length - 2);
  return w.startsWith(stem) && w.length <= queryWord.length + 4;
}

export function highlight(text: string, queryWords: readonly string[]): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, marked: boolean) => {
    const last = pieces[pieces.length - 1];
    if (last && last.marked === marked) last.text += piece;
    else if (piece) pieces.push({ text: piece, marked });
  };
  for (const part of text.split(/([\p{L}\p{N}'’]+)/u)) {
    const isWord = /^[\p{L}\p{N}]/u.test(part);
    push(part, isWord && queryWords.some((q) => wordMatches(part, q)));
  }
  return pieces;
}

/**
 * The reader's words worth marking: never a word that says nothing on its
 * own, nor a bare number. A query of such words only ("is it over", "what
 * is this") is searched as typed, but marking every "it", "is" and "this"
 * through the excerpts says nothing, nor does every "2." of a list for "how
 * 2 fix this" (a reader pass): it marks nothing.
 */
export function wordsToMark(words: readonly string[]): string[] {
  return words.filter((w) => !/^\d+$/.test(w) && !stopWords.has(w));
}
