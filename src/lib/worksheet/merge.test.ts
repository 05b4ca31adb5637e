import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnswer } from './merge';

describe('mergeAnswer', () => {
  it('keeps the other tab’s lines beside this tab’s own (the full-disclosure case)', () => {
    const base = ['A line one'];
    const ours = ['A line one', 'B line two'];
    const theirs = ['A line one', '', 'A line three'];
    expect(mergeAnswer('lines', base, ours, theirs)).toEqual([
      'A line one',
      'B line two',
      'A line three',
    ]);
  });

  it('merges ticks: what each side added stays, what this side removed goes', () => {
    expect(mergeAnswer('ticks', ['a', 'b'], ['b', 'c'], ['a', 'b', 'd'])).toEqual(['b', 'd', 'c']);
  });

  it('lets this tab’s latest typing win in a text answer changed in both', () => {
    expect(mergeAnswer('text', 'first', 'mine', 'theirs')).toBe('mine');
  });

  it('deletes a field only when one side deleted it and the other did not change it', () => {
    expect(mergeAnswer('text', 'x', undefined, 'x')).toBeUndefined();
    expect(mergeAnswer('lines', ['x'], ['x'], undefined)).toBeUndefined();
  });

  const lines = fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 });

  it('gives this tab’s value when the saved copy has not moved, and the saved one when this tab has not', () => {
    fc.assert(
      fc.property(lines, lines, (base, other) => {
        expect(mergeAnswer('lines', base, other, base)).toEqual(other);
        expect(mergeAnswer('lines', base, base, other)).toEqual(other);
      }),
    );
  });

  it('never loses a line changed on only one side', () => {
    fc.assert(
      fc.property(lines, lines, lines, (base, ours, theirs) => {
        const merged = mergeAnswer('lines', base, ours, theirs) as string[];
        const length = Math.max(base.length, ours.length, theirs.length);
        for (let i = 0; i < length; i++) {
          const was = base[i] ?? '';
          if ((ours[i] ?? '') !== was) expect(merged[i]).toBe(ours[i] ?? '');
          else if (JSON.stringify(theirs) !== JSON.stringify(base))
            expect(merged[i] ?? '').toBe(theirs[i] ?? '');
        }
      }),
    );
  });
});
