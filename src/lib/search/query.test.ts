import { describe, expect, it } from 'vitest';
import {
  areKeyboardNeighbours,
  correctSpelling,
  editDistance,
  everydayWords,
  meaningfulWords,
  normalise,
  prepareQuery,
  slipCost,
  stopWords,
} from './query';

const words = new Map([
  ['questions', 12],
  ['question', 3],
  ['colleague', 1],
  ['coworker', 4],
  ['affair', 30],
  ['phone', 6],
  ['space', 5],
  ['everything', 9],
]);

describe('normalise', () => {
  it('lower-cases, drops apostrophes and punctuation', () => {
    expect(normalise("She DOESN'T — trust me?!")).toBe('she doesnt trust me');
    expect(normalise('Café’s  menu')).toBe('cafes menu');
  });
});

describe('meaningfulWords', () => {
  it('drops words that carry no meaning on their own', () => {
    expect(meaningfulWords('How should I tell my wife the truth?')).toEqual(['tell', 'truth']);
    expect(meaningfulWords('she keeps asking the same questions')).toEqual([
      'keeps',
      'asking',
      'same',
      'questions',
    ]);
  });
  it('drops contractions, which lose their apostrophe ("he\'ll" reads "hell")', () => {
    expect(meaningfulWords("he'll think she'd left, we'll see")).toEqual(['think', 'left', 'see']);
    expect(meaningfulWords('hell think shed left')).toEqual(['think', 'left']);
  });
  it('keeps each word once', () => {
    expect(meaningfulWords('space space SPACE')).toEqual(['space']);
  });
});

describe('editDistance', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('questoins', 'questions')).toBe(1);
    expect(editDistance('phnoe', 'phone')).toBe(1);
  });
  it('stops counting past the limit', () => {
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('correctSpelling', () => {
  it('fixes a slip to the handbook word', () => {
    expect(correctSpelling('questoins', words)).toBe('questions');
    expect(correctSpelling('colleage', words)).toBe('colleague');
    expect(correctSpelling('evrything', words)).toBe('everything');
  });
  it('keeps words the handbook has, and words it has a longer form of', () => {
    expect(correctSpelling('phone', words)).toBe('phone');
    expect(correctSpelling('questio', words)).toBe('questio');
  });
  it('fixes the first two letters swapped, and prefers a keyboard slip', () => {
    expect(correctSpelling('pohne', words)).toBe('phone');
    const near = new Map([
      ['space', 1],
      ['spice', 9],
    ]);
    // "s" is next to "a" on the keyboard, far from "i": a slip for "space".
    expect(correctSpelling('spsce', near)).toBe('space');
  });
  it('fixes a missing, doubled or neighbouring letter', () => {
    expect(correctSpelling('questons', words)).toBe('questions');
    expect(correctSpelling('affiar', words)).toBe('affair');
    expect(correctSpelling('phonne', words)).toBe('phone');
    expect(correctSpelling('spsce', words)).toBe('space');
  });
  it('reads a missing apostrophe the same as a typed one', () => {
    expect(prepareQuery("she doesn't trust me")).toEqual(prepareQuery('she doesnt trust me'));
    expect(meaningfulWords('dont know what shes thinking')).toEqual(['thinking']);
  });
  it('finds the other spelling, British or American', () => {
    const list = new Map([
      ['apologize', 2],
      ['behaviour', 1],
    ]);
    expect(correctSpelling('apologise', list)).toBe('apologize');
    expect(correctSpelling('behavior', list)).toBe('behaviour');
  });
  it('counts only a slip people make as one letter put for another', () => {
    expect(slipCost('s', 'a')).toBe(1); // side by side on the keyboard
    expect(slipCost('o', 'a')).toBe(1); // one vowel for another
    expect(slipCost('c', 's')).toBe(1); // letters that sound alike
    expect(slipCost('p', 't')).toBe(2);
    expect(editDistance('cheap', 'cheat', 2, slipCost)).toBe(2);
    expect(editDistance('apolagy', 'apology', 2, slipCost)).toBe(1);
  });
  it('leaves a real word alone rather than "fix" it into another', () => {
    const list = new Map([
      ['cheat', 20],
      ['unless', 3],
      ['warning', 2],
      ['excuses', 4],
      ['decisions', 3],
    ]);
    // A letter put for one neither near it nor like it: another word, not a slip.
    expect(correctSpelling('cheap', list)).toBe('cheap');
    expect(correctSpelling('useless', list)).toBe('useless');
    // Two edits under nine letters: another word, not two slips.
    expect(correctSpelling('wearing', list)).toBe('wearing');
    // Sound-alike letters are slips; two of them in a long word are fixed.
    expect(correctSpelling('excuces', list)).toBe('excuses');
    expect(correctSpelling('desicions', list)).toBe('decisions');
  });
  it('leaves short words and unknown words alone', () => {
    expect(correctSpelling('gym', words)).toBe('gym');
    expect(correctSpelling('zebra', words)).toBe('zebra');
  });
});

describe('prepareQuery', () => {
  it('adds the handbook word for an everyday word, at a lower weight', () => {
    const prepared = prepareQuery('affair with a colleague', words);
    expect(prepared.terms).toEqual([
      { term: 'affair', weight: 1 },
      { term: 'colleague', weight: 1 },
      { term: 'coworker', weight: 0.6 },
    ]);
  });
  it('searches what was typed when every word is a stop word', () => {
    expect(prepareQuery('how do I').terms.map((t) => t.term)).toEqual(['how', 'do', 'i']);
  });
  it('gives no terms for an empty query', () => {
    expect(prepareQuery('  ?! ').terms).toEqual([]);
  });
});

describe('keyboard neighbours', () => {
  it('knows letters next to each other on a keyboard', () => {
    expect(areKeyboardNeighbours('s', 'd')).toBe(true);
    expect(areKeyboardNeighbours('g', 'b')).toBe(true);
    expect(areKeyboardNeighbours('q', 'p')).toBe(false);
  });
});

describe('word tables from content', () => {
  it('has the stop words and everyday words a writer keeps in content/search/words.json', () => {
    expect(stopWords.has('wife')).toBe(true);
    expect(everydayWords.get('cheated')).toContain('affair');
  });
});

describe('queries that are names of built-in object properties', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);
  it.each(names)('"%s" is searched like any other word', (name) => {
    const prepared = prepareQuery(name, words);
    const typed = normalise(name);
    expect(prepared.words).toEqual([typed]);
    expect(prepared.terms.every((t) => typeof t.term === 'string' && t.weight > 0)).toBe(true);
    expect(correctSpelling(typed, words)).toBe(typed);
  });
});

describe('light words', () => {
  it('searches "wants" and "need" at a low weight beside the words that matter', () => {
    const prepared = prepareQuery('my partner wants to end it', words);
    expect(prepared.words).toEqual(['end']);
    expect(prepared.terms).toEqual([
      { term: 'end', weight: 1 },
      { term: 'wants', weight: 0.3 },
    ]);
  });
});
