import { describe, expect, it } from 'vitest';
import { cutAtWord } from './cut-at-word';

describe('cutAtWord', () => {
  it('leaves text that fits as it is', () => {
    expect(cutAtWord('she keeps asking', 16)).toBe('she keeps asking');
  });
  it('cuts longer text at its last space within the limit, never inside a word, and says so', () => {
    // The word the limit ends in goes, whole or not: it may be cut short.
    expect(cutAtWord('she keeps asking the same questions', 20)).toBe('she keeps asking…');
    expect(cutAtWord('she keeps asking the same questions', 22)).toBe('she keeps asking the…');
    expect(cutAtWord('she keeps  asking', 11)).toBe('she keeps…');
  });
});
