import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  markChapter,
  mergeProgress,
  readSlugs,
  readingSchema,
  whereNext,
} from './reading';

const chapters = ['one', 'two', 'three', 'four'].map((slug) => ({
  slug,
  title: slug,
  href: `/chapters/${slug}/`,
}));
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));

describe('reading progress', () => {
  it('a new reader is offered the beginning', () => {
    expect(whereNext(chapters, emptyProgress())).toEqual({ kind: 'new' });
  });

  it('continues with the chapter after the last one read', () => {
    let progress = markChapter(emptyProgress(), 'one', true, at(1));
    progress = markChapter(progress, 'three', true, at(2));
    const next = whereNext(chapters, progress);
    expect(next.kind === 'continue' && next.chapter.slug).toBe('four');
    expect(next.kind === 'continue' && next.readCount).toBe(2);
  });

  it('skips chapters already read, wrapping round to the first unread one', () => {
    let progress = markChapter(emptyProgress(), 'two', true, at(1));
    progress = markChapter(progress, 'four', true, at(2));
    progress = markChapter(progress, 'one', true, at(0));
    const next = whereNext(chapters, progress);
    expect(next.kind === 'continue' && next.chapter.slug).toBe('three');
  });

  it('says when every chapter is read, and forgets a chapter marked unread', () => {
    let progress = emptyProgress();
    chapters.forEach((c, i) => (progress = markChapter(progress, c.slug, true, at(i))));
    expect(whereNext(chapters, progress).kind).toBe('all-read');
    progress = markChapter(progress, 'two', false, at(9));
    expect(readSlugs(progress).has('two')).toBe(false);
    expect(whereNext(chapters, progress).kind).toBe('continue');
  });

  it('merges chapter by chapter: the later change wins, nothing else is lost', () => {
    const tabA = markChapter(markChapter(emptyProgress(), 'one', true, at(1)), 'two', true, at(5));
    const tabB = markChapter(
      markChapter(emptyProgress(), 'two', false, at(3)),
      'three',
      true,
      at(4),
    );
    const merged = mergeProgress(tabA, tabB);
    expect([...readSlugs(merged)].sort()).toEqual(['one', 'three', 'two']);
    expect(mergeProgress(tabB, tabA)).toEqual(merged);
    const unreadLater = markChapter(emptyProgress(), 'two', false, at(6));
    expect(readSlugs(mergeProgress(merged, unreadLater)).has('two')).toBe(false);
  });

  it('reads back only well-formed marks and refuses what is not progress', () => {
    const checked = readingSchema.safeParse({
      chapters: {
        one: { read: true, changedAt: at(1).toISOString() },
        'Bad Slug': { read: true, changedAt: at(1).toISOString() },
        two: { read: 'yes', changedAt: at(1).toISOString() },
        three: { read: true, changedAt: 'not a date' },
      },
    });
    expect(checked.success && Object.keys(checked.data.chapters)).toEqual(['one']);
    expect(readingSchema.safeParse({ chapters: [] }).success).toBe(false);
    expect(readingSchema.safeParse('read').success).toBe(false);
  });
});
