import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

describe('highlight', () => {
  it('marks words that start like the reader’s words', () => {
    expect(highlight('They keep asking the same question.', ['asking', 'questions'])).toEqual([
      { text: 'They keep ', marked: false },
      { text: 'asking', marked: true },
      { text: ' the same ', marked: false },
      { text: 'question', marked: true },
      { text: '.', marked: false },
    ]);
  });
  it('returns markup as plain text, never as elements', () => {
    const pieces = highlight('<img src=x onerror=alert(1)> phone', ['phone']);
    expect(pieces.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> phone');
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['phone']);
  });
  it('marks nothing for an empty query', () => {
    expect(highlight('Some text', [])).toEqual([{ text: 'Some text', marked: false }]);
  });
});
