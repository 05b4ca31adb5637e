import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { FIELD_RECORD_VERSION, loadFieldRecord } from '../storage/records';
import {
  READING_KEY,
  emptyProgress,
  markInMemory,
  progressFromLoad,
  readSlugs,
  readingRecord,
  saveReadMark,
  whereNext,
} from './reading';

const chapters = ['one', 'two', 'three', 'four'].map((slug) => ({
  slug,
  title: slug,
  href: `/chapters/${slug}/`,
}));
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));

describe('where the reader goes on', () => {
  it('a new reader is offered the beginning', () => {
    expect(whereNext(chapters, emptyProgress())).toEqual({ kind: 'new' });
  });

  it('continues with the chapter after the last one read', () => {
    let progress = markInMemory(emptyProgress(), 'one', true, at(1));
    progress = markInMemory(progress, 'three', true, at(2));
    const next = whereNext(chapters, progress);
    expect(next.kind === 'continue' && next.chapter.slug).toBe('four');
    expect(next.kind === 'continue' && next.readCount).toBe(2);
  });

  it('skips chapters already read, wrapping round to the first unread one', () => {
    let progress = markInMemory(emptyProgress(), 'two', true, at(1));
    progress = markInMemory(progress, 'four', true, at(2));
    progress = markInMemory(progress, 'one', true, at(0));
    const next = whereNext(chapters, progress);
    expect(next.kind === 'continue' && next.chapter.slug).toBe('three');
  });

  it('says when every chapter is read, and forgets a chapter marked unread', () => {
    let progress = emptyProgress();
    chapters.forEach((c, i) => (progress = markInMemory(progress, c.slug, true, at(i))));
    expect(whereNext(chapters, progress).kind).toBe('all-read');
    progress = markInMemory(progress, 'two', false, at(9));
    expect(readSlugs(progress).has('two')).toBe(false);
    expect(whereNext(chapters, progress).kind).toBe('continue');
  });
});

describe('reading progress on the device', () => {
  const load = (storage: ReturnType<typeof memoryStorage>) =>
    progressFromLoad(loadFieldRecord(storage, readingRecord));

  it('merges two tabs chapter by chapter: each keeps what the other marked', () => {
    const storage = memoryStorage();
    // Tab A marks "one"; tab B, opened before, marks "two" without knowing.
    saveReadMark(storage, 'one', true, at(1));
    saveReadMark(storage, 'two', true, at(2));
    expect([...readSlugs(load(storage))].sort()).toEqual(['one', 'two']);
    // Tab A marks "one" unread: "two" stays read.
    saveReadMark(storage, 'one', false, at(3));
    expect([...readSlugs(load(storage))]).toEqual(['two']);
    expect(load(storage).chapters['two']).toBe(at(2).toISOString());
  });

  it('removes the record once nothing is marked read', () => {
    const storage = memoryStorage();
    saveReadMark(storage, 'one', true, at(1));
    saveReadMark(storage, 'one', false, at(2));
    expect(storage.items.has('rt:reading')).toBe(false);
  });

  it('keeps a mark it cannot read instead of dropping it, and never writes over damage it cannot copy', () => {
    const storage = memoryStorage({
      'rt:reading': JSON.stringify({
        version: 2,
        savedAt: at(1).toISOString(),
        fields: {
          one: { value: true, changedAt: at(1).toISOString() },
          'Odd-Id': { value: 'yes', changedAt: at(1).toISOString() },
        },
      }),
    });
    const loaded = loadFieldRecord(storage, readingRecord);
    expect(loaded.status === 'loaded' && loaded.kept.map((k) => k.fieldId)).toEqual(['Odd-Id']);
    expect([...readSlugs(progressFromLoad(loaded))]).toEqual(['one']);

    const full = memoryStorage({ 'rt:reading': '{damaged' }, 'full');
    expect(saveReadMark(full, 'one', true, at(2))).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    expect(full.items.get('rt:reading')).toBe('{damaged');
  });
});

describe('the inline script that shows read marks', () => {
  it('reads the record this module writes, in the storage model’s current format', () => {
    const script = readFileSync('src/components/ReadingProgress/read-marks.js', 'utf8');
    expect(script).toContain(`localStorage.getItem('rt:${READING_KEY}')`);
    expect(script).toContain(`record.version === ${FIELD_RECORD_VERSION}`);
    expect(script).not.toMatch(/setItem|removeItem/);
  });
});
