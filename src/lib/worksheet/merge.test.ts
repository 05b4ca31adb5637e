import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnswer, mergeKind } from './merge';

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

  it('moves the other tab’s line to the next free line when both wrote the same one', () => {
    expect(mergeAnswer('lines', ['A1', '', ''], ['A1', 'B2', ''], ['A1', 'A2', ''])).toEqual([
      'A1',
      'B2',
      'A2',
    ]);
    expect(mergeAnswer('lines', ['x'], ['mine'], ['theirs'])).toEqual(['mine', 'theirs']);
  });

  it('does not copy a moved line again when the page’s own copy already has it', () => {
    // The page showed the merge, and an edit read its lines back from the form.
    expect(
      mergeAnswer('lines', ['A1', '', '', ''], ['A1', 'B2', 'A2', ''], ['A1', 'A2', '', '']),
    ).toEqual(['A1', 'B2', 'A2', '']);
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

  it('merges each kind of field its own way', () => {
    expect(mergeKind('list')).toBe('lines');
    expect(mergeKind('checklist')).toBe('ticks');
    expect(mergeKind('long-text')).toBe('text');
    expect(mergeKind(undefined)).toBe('text');
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

  it('never loses a line either side wrote, and keeps this tab’s lines where it wrote them', () => {
    fc.assert(
      fc.property(lines, lines, lines, (base, ours, theirs) => {
        const merged = mergeAnswer('lines', base, ours, theirs) as string[];
        const length = Math.max(base.length, ours.length, theirs.length);
        for (let i = 0; i < length; i++) {
          const [was, here, there] = [base[i] ?? '', ours[i] ?? '', theirs[i] ?? ''];
          if (here !== was && here.trim() !== '') expect(merged[i]).toBe(here);
          if (there !== was && there.trim() !== '') expect(merged).toContain(there);
        }
      }),
    );
  });
});
