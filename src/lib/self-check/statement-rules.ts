/**
 * Plain checks on a self-check statement's wording, so each statement asks
 * one thing and gets answers that fit it. The schema turns each finding into
 * a build error that quotes the statement.
 */

/** Past participles that do not end in -ed, as used after "have" / "has". */
const IRREGULAR_PARTICIPLES = new Set(
  (
    'been done told heard said made seen given taken thought kept left met found got gotten gone ' +
    'written spoken shown known brought bought felt chosen begun broken forgiven paid sent spent ' +
    'stood understood let put set shut taught sought won lost held run come become grown thrown ' +
    'drawn eaten driven hidden forgotten sworn meant built sold hurt'
  ).split(' '),
);

/** Words ending in -ed that are not past participles. */
const NOT_PARTICIPLES = new Set('need needed seed red bed feed speed greed deed shed'.split(' '));

function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  return w.length >= 5 && w.endsWith('ed') && !NOT_PARTICIPLES.has(w);
}

const PERFECT =
  /\b(have|has|[a-z]+['’]ve)\s+(?:(?:not|never|already|now|just|really|fully|finally)\s+)?([a-z]+)\b/gi;

const DECISIONS = [
  /\bdecided\b/i,
  /\b(?:I|we) will never\b/i,
  /\b(?:I|we)['’]ll never\b/i,
  /\bmade up my mind\b/i,
  /\bfor good\b/i,
];

/**
 * The words that make a statement something done once or decided ("I have
 * told", "I have decided", "I will never"), or undefined for a habit.
 */
export function doneOrDecidedWording(text: string): string | undefined {
  for (const match of text.matchAll(PERFECT)) {
    const [phrase, , word] = match;
    if (word && isParticiple(word)) return phrase;
  }
  for (const pattern of DECISIONS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** How many times "and", "or" or "nor" joins parts of the statement. */
export function joinCount(text: string): number {
  return text.match(/\b(?:and|or|nor)\b/gi)?.length ?? 0;
}

/** At most one "and" / "or" joining actions: one thing per statement. */
export const MAX_JOINS = 1;

/** A statement that starts "If …" only applies in some lives. */
export function isConditional(text: string): boolean {
  return /^\s*if\b/i.test(text);
}
