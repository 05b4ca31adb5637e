import { describe, expect, it } from 'vitest';
import { chapterPath, chapterSlug, neighbours, orderChapters } from './chapters';

const chapter = (id: string, order: number) => ({ id, data: { order, title: id } });

describe('chapterSlug', () => {
  it('drops the number from the file name', () => {
    expect(chapterSlug('01-tell-the-whole-truth')).toBe('tell-the-whole-truth');
    expect(chapterPath('10-begin-again')).toBe('/chapters/begin-again/');
  });

  it('names the file when the name has no number', () => {
    expect(() => chapterSlug('tell-the-truth')).toThrow(/content\/chapters\/tell-the-truth\.mdx/);
  });
});

describe('orderChapters', () => {
  it('sorts by order', () => {
    const ordered = orderChapters([chapter('02-b', 2), chapter('01-a', 1), chapter('03-c', 3)]);
    expect(ordered.map((c) => c.id)).toEqual(['01-a', '02-b', '03-c']);
  });

  it('fails naming the file and field when number and order disagree', () => {
    expect(() => orderChapters([chapter('01-a', 2)])).toThrow(
      /content\/chapters\/01-a\.mdx: field "order" is 2/,
    );
  });

  it('fails when two chapters claim one place', () => {
    expect(() => orderChapters([chapter('01-a', 1), chapter('01-b', 1)])).toThrow(
      /also used by 01-a/,
    );
  });
});

describe('neighbours', () => {
  const ordered = [chapter('01-a', 1), chapter('02-b', 2), chapter('03-c', 3)];
  it('gives previous and next', () => {
    const { previous, next } = neighbours(ordered, ordered[1]);
    expect(previous?.id).toBe('01-a');
    expect(next?.id).toBe('03-c');
  });
  it('gives nothing for a chapter not in the list', () => {
    expect(neighbours(ordered, chapter('09-z', 9))).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(ordered, ordered[0]).previous).toBeUndefined();
    expect(neighbours(ordered, ordered[2]).next).toBeUndefined();
  });
});
