import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { markChapter, emptyProgress, readSlugs, readingSpec } from './reading';
import { updateRecord } from './update';

const now = new Date('2026-03-02T10:00:00.000Z');

describe('merge on save', () => {
  it('applies a change to what is stored now, keeping another tab’s changes', () => {
    const storage = memoryStorage();
    updateRecord(storage, readingSpec, emptyProgress(), (p) => markChapter(p, 'one', true, now));
    // Another tab marks "two" while this page still holds only "one".
    updateRecord(storage, readingSpec, emptyProgress(), (p) => markChapter(p, 'two', true, now));
    const result = updateRecord(storage, readingSpec, emptyProgress(), (p) => p);
    expect(result.ok && [...readSlugs(result.data)].sort()).toEqual(['one', 'two']);
  });

  it('sets an unreadable record aside before writing, and never writes over it if it cannot', () => {
    const storage = memoryStorage({ 'rt:reading': '{broken' });
    const result = updateRecord(
      storage,
      readingSpec,
      emptyProgress(),
      (p) => markChapter(p, 'one', true, now),
      now,
    );
    expect(result.ok).toBe(true);
    expect(storage.items.get(`rt-recovery:reading:${now.toISOString()}`)).toBe('{broken');

    const full = memoryStorage({ 'rt:reading': '{broken' }, 'full');
    const refused = updateRecord(full, readingSpec, emptyProgress(), (p) =>
      markChapter(p, 'one', true, now),
    );
    expect(refused.ok).toBe(false);
    expect(full.items.get('rt:reading')).toBe('{broken');
  });

  it('removes the record when the change leaves nothing, and reports storage that is off', () => {
    const storage = memoryStorage({});
    updateRecord(storage, readingSpec, emptyProgress(), (p) => markChapter(p, 'one', true, now));
    updateRecord(storage, readingSpec, emptyProgress(), () => null);
    expect(storage.items.has('rt:reading')).toBe(false);
    const off = updateRecord(memoryStorage({}, 'disabled'), readingSpec, emptyProgress(), (p) => p);
    expect(off).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
