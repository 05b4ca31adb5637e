import { describe, expect, it } from 'vitest';
import { resultsSummary } from './render-results';

describe('resultsSummary', () => {
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
