import { describe, expect, it } from 'vitest';
import { earlierResultText } from './earlier-result';

describe('a chapter’s earlier result, as a line', () => {
  const result = { day: '2026-03-09', savedAt: '', scores: { 'be-there': 1 } };

  it('gives its day, its reading and its average, and only what it has', () => {
    expect(earlierResultText({ ...result, band: 'Getting there' }, 'be-there')).toBe(
      '9 March 2026: Getting there, on average: Sometimes',
    );
    expect(earlierResultText(result, 'be-there')).toBe('9 March 2026: on average: Sometimes');
    expect(earlierResultText(result, 'another-chapter')).toBe('9 March 2026');
  });
});
