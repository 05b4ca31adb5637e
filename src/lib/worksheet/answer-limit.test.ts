import { describe, expect, it } from 'vitest';
import { answerLimitNote, pasteIsCut } from './answer-limit';

describe('answerLimitNote', () => {
  it('says nothing while a box has room', () => {
    expect(answerLimitNote(1999, 2000, false)).toBeNull();
    expect(answerLimitNote(10, 0, false)).toBeNull();
  });

  it('says a box is full, and how much it holds', () => {
    expect(answerLimitNote(2000, 2000, false)).toBe(
      'This box is full: it holds up to 2,000 characters.',
    );
  });

  it('says what happened to the end of a paste that did not fit', () => {
    expect(answerLimitNote(200, 200, true)).toMatch(
      /^Only the first 200 characters of what you pasted fit in this box\. The rest was not kept here/,
    );
  });
});

describe('pasteIsCut', () => {
  const box = (length: number, start: number, end: number) => ({
    length,
    selectionStart: start,
    selectionEnd: end,
  });

  it('counts what the paste replaces', () => {
    expect(pasteIsCut(box(10, 10, 10), 'x'.repeat(190), 200)).toBe(false);
    expect(pasteIsCut(box(10, 10, 10), 'x'.repeat(191), 200)).toBe(true);
    expect(pasteIsCut(box(200, 0, 200), 'x'.repeat(200), 200)).toBe(false);
  });

  it('never cuts a box without a limit', () => {
    expect(pasteIsCut(box(0, 0, 0), 'x'.repeat(5000), 0)).toBe(false);
  });
});
