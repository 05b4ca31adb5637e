import { describe, expect, it } from 'vitest';
import { answersFileName } from './transfer';

describe('answersFileName', () => {
  it('names a sheet’s file after it, and a dated entry’s after its day too', () => {
    expect(answersFileName('no-contact')).toBe('no-contact-answers.json');
    expect(answersFileName('daily-check-in:2026-11-26')).toBe(
      'daily-check-in-2026-11-26-answers.json',
    );
    expect(answersFileName('telling-the-truth-daily:2026-W10')).toBe(
      'telling-the-truth-daily-2026-W10-answers.json',
    );
  });
});
