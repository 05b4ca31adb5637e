import { describe, expect, it } from 'vitest';
import { correctSpelling, editDistance, meaningfulWords, normalise, prepareQuery } from './query';

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
