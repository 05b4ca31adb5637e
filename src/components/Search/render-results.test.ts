import { describe, expect, it } from 'vitest';
import { resultsSummary } from './render-results';

describe('resultsSummary', () => {
  it('quotes a long story by its start, cut at a word', () => {
    const story =
      'we had the worst fight tonight and she found more messages on my old phone and now';
    const said = resultsSummary(3, story);
    expect(said).toBe(
      'The closest 3 pages found for “we had the worst fight tonight and she found more messages…”.',
    );
  });

  it('calls a search of every kind the closest pages, never all there is', () => {
    expect(resultsSummary(5, 'affair texts')).toBe('The closest 5 pages found for “affair texts”.');
    expect(resultsSummary(1, 'x')).toBe('The closest page found for “x”.');
  });

  it('counts the pages of one kind, and says when nothing was found', () => {
    expect(resultsSummary(3, 'affair texts', 'Worksheet')).toBe(
      '3 worksheets found for “affair texts”.',
    );
    expect(resultsSummary(1, 'x', 'Self-check')).toBe('1 self-check found for “x”.');
    expect(resultsSummary(0, 'qwerty')).toBe('Nothing found for “qwerty”.');
  });
});
