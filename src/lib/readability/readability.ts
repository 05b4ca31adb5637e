/**
 * Readability checks for the handbook's writing.
 *
 * Pure functions: strip an MDX file down to its prose, count syllables with an
 * English heuristic, and compute average sentence length and the
 * Flesch-Kincaid grade level:
 *
 *   grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
 */

export interface ReadabilityResult {
  sentences: number;
  words: number;
  averageSentenceLength: number;
  fleschKincaidGrade: number;
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/;

/** Ends a block of text with a full stop unless it already ends a sentence. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Removes inline Markdown: links, images, code spans, emphasis and stray markers. */
function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(?:https?:|mailto:)[^>\s]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*+/g, '')
    .replace(/(^|[^\w])_+|_+(?=[^\w]|$)/g, '$1')
    .replace(/~~/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Turns an MDX document into plain prose. Frontmatter, imports, comments, code,
 * JSX tags, `{#id}` heading markers, Markdown syntax and link URLs are dropped.
 * Each heading and each list item becomes a sentence of its own. Blocks are
 * separated by a blank line.
 */
export function plainTextFromMdx(source: string): string {
  const text = source
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .replace(/^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '')
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
    .replace(/^(?:import|export)\s[^\n]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, '\n')
    .replace(/[ \t]*\{#[^}\n]*\}/g, '');

  const blocks: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const sentence = asSentence(stripInline(current.join(' ')));
    if (sentence) blocks.push(sentence);
    current = [];
  };

  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim().replace(/^(?:>\s?)+/, '');
    if (!line || /^(?:[-*_]\s*){3,}$/.test(line) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[1] ?? '');
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1] ?? '');
      continue;
    }
    current.push(line.replace(/^\||\|$/g, '').replace(/\s*\|\s*/g, ' '));
  }
  flush();
  return blocks.join('\n\n');
}

/** Common words the heuristic below gets wrong. */
const SYLLABLE_EXCEPTIONS: Record<string, number> = {
  being: 2,
  business: 2,
  every: 2,
  everyone: 3,
  everything: 3,
  everywhere: 3,
  evening: 2,
  family: 3,
  anyone: 3,
  idea: 3,
  maybe: 2,
  ideas: 3,
  people: 2,
  quiet: 2,
  real: 1,
  really: 2,
  science: 2,
  someone: 2,
  area: 3,
  create: 2,
  created: 3,
  lion: 2,
  poem: 2,
  poet: 2,
  one: 1,
  once: 1,
  there: 1,
  where: 1,
  here: 1,
  were: 1,
  whole: 1,
  whose: 1,
};

/**
 * Estimates the syllables in an English word: counts vowel groups, then
 * corrects for silent endings (`make`, `loved`, `likes`, `safely`) and for
 * vowel pairs that are usually said as two (`doing`, `serious`, `video`).
 */
export function countSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z]/g, '');
  if (!w) return /\d/.test(word) ? 1 : 0;
  const known = SYLLABLE_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;

  // A y between vowels, or starting a word, is a consonant (you, beyond, betrayal, staying).
  const body = w.replace(/(^|[aeiou])y(?=[aeiou])/g, '$1j');
  let count = (body.match(/[aeiouy]+/g) ?? []).length;

  // Silent final e (make, while), but not consonant + le (table, little).
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count -= 1;
  // Silent e before a plural or verb -s (makes, times), but not after s, x, z, ch, sh, ge, ce.
  else if (/[^aeiouscxzgh]es$/.test(w) && !/[^aeiouyl]les$/.test(w)) count -= 1;
  // -ed said as d or t (loved, asked), but not after t or d (wanted, needed).
  else if (/[^aeioutd]ed$/.test(w) && !/[^aeiouyl]led$/.test(w)) count -= 1;

  // Silent e in some- words: someone, something, sometimes.
  if (/^some[^aeiouy]/.test(w)) count -= 1;
  // Silent e inside before a suffix: safely, careful, statement, lonely, homeless.
  if (/[^aeiouy]e(?:ly|ful|ment|ness|less|s?ly)$/.test(w)) count -= 1;

  // Vowel pairs usually said as two syllables.
  count += (body.match(/[aeiouy]ing$|ia(?!n$)|[^cgstln]io|eo|[^qg]ua|[^q]uo|ie[rt]|iu/g) ?? [])
    .length;
  // -cia-, -tia-, -sia- are one syllable (social, initial).
  count -= (w.match(/[cst]ia(?!n$)/g) ?? []).length;

  return Math.max(1, count);
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

/** Splits prose into sentences on ., ! and ?, keeping closing quotes with their sentence. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^.!?]+(?:[.!?]+["'”’)\]]*|$)/g) ?? [];
  return parts.map((part) => part.trim()).filter((part) => (part.match(WORD) ?? []).length > 0);
}

/** Sentence, word and syllable statistics and the Flesch-Kincaid grade of plain text. */
export function readability(text: string): ReadabilityResult {
  const sentences = splitSentences(text).length;
  const words = text.match(WORD) ?? [];
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  if (words.length === 0 || sentences === 0) {
    return { sentences, words: words.length, averageSentenceLength: 0, fleschKincaidGrade: 0 };
  }
  const averageSentenceLength = words.length / sentences;
  const fleschKincaidGrade =
    0.39 * averageSentenceLength + 11.8 * (syllables / words.length) - 15.59;
  return {
    sentences,
    words: words.length,
    averageSentenceLength: round(averageSentenceLength),
    fleschKincaidGrade: round(fleschKincaidGrade),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
