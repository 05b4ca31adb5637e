import { describe, expect, it } from 'vitest';
import { highlight, wordsToMark } from './highlight';

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
  it('marks a short word only as itself with an ending, never a longer word it starts', () => {
    const marked = (text: string, words: string[]) =>
      highlight(text, words)
        .filter((p) => p.marked)
        .map((p) => p.text);
    expect(marked('You are being watched closely.', ['wat'])).toEqual([]);
    expect(marked('Some things take time, and this is one.', ['this'])).toEqual(['this']);
    expect(marked('She asked, and keeps asking.', ['ask'])).toEqual(['asked', 'asking']);
    expect(marked('He texts and texted.', ['text'])).toEqual(['texts', 'texted']);
    // A word typed with an ending still marks its other forms.
    expect(marked('She lied, and every lie hurts.', ['lies'])).toEqual(['lied', 'lie']);
    expect(marked('He asked again.', ['asks'])).toEqual(['asked']);
    expect(marked('It was hurtful.', ['hurt'])).toEqual(['hurtful']);
    // Five letters: "cheat" is not "checking", "trust" not "truth".
    expect(marked('Checking is not cheating.', ['cheat'])).toEqual(['cheating']);
    expect(marked('The truth builds trust.', ['trust'])).toEqual(['trust']);
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

describe('wordsToMark', () => {
  it('leaves out small words and bare numbers beside the words that mean something', () => {
    expect(wordsToMark(['2', 'fix'])).toEqual(['fix']);
    expect(wordsToMark(['24', '7', 'location'])).toEqual(['location']);
  });

  it('marks nothing for a query of small words only, and keeps a light word', () => {
    expect(wordsToMark(['is', 'it', 'over'])).toEqual([]);
    expect(wordsToMark(['what', 'is', 'this'])).toEqual([]);
    // "know" says little alone, but is no stop word: it is marked.
    expect(wordsToMark(['i', 'dont', 'know', 'why', 'did', 'it'])).toEqual(['know']);
  });

  it('keeps every word of an ordinary query', () => {
    expect(wordsToMark(['coworker', 'texts'])).toEqual(['coworker', 'texts']);
  });
});
