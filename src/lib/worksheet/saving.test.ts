import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { clearAnswers, loadAnswers, saveAnswers } from './saving';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const now = new Date('2026-11-25T10:00:00.000Z');

describe('keeping answers on the device', () => {
  it('saves under rt:worksheet:<slug> and loads them back', () => {
    const storage = memoryStorage();
    expect(saveAnswers(storage, 'test', { name: 'Sam', ticks: ['a'] }, now).ok).toBe(true);
    expect([...storage.items.keys()]).toEqual(['rt:worksheet:test']);
    expect(loadAnswers(storage, 'test', sheet)).toEqual({
      status: 'loaded',
      data: { name: 'Sam', ticks: ['a'] },
      savedAt: now.toISOString(),
    });
  });

  it('removes the record when every field is emptied, and on clear', () => {
    const storage = memoryStorage();
    saveAnswers(storage, 'test', { name: 'Sam' }, now);
    saveAnswers(storage, 'test', {}, now);
    expect(storage.items.size).toBe(0);
    saveAnswers(storage, 'test', { name: 'Sam' }, now);
    expect(clearAnswers(storage, 'test')).toBe(true);
    expect(loadAnswers(storage, 'test', sheet)).toEqual({ status: 'empty' });
  });

  it('drops answers to fields the sheet no longer has', () => {
    const storage = memoryStorage({
      'rt:worksheet:test': JSON.stringify({
        version: 1,
        savedAt: '',
        data: { gone: 'x', name: 'A' },
      }),
    });
    expect(loadAnswers(storage, 'test', sheet)).toMatchObject({ data: { name: 'A' } });
  });

  it('sets a damaged record aside rather than losing it', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': '{not json' });
    expect(loadAnswers(storage, 'test', sheet)).toMatchObject({ status: 'set-aside' });
    expect([...storage.items.values()]).toEqual(['{not json']);
  });

  it('reports when storage refuses', () => {
    expect(saveAnswers(memoryStorage({}, 'full'), 'test', { name: 'A' }, now)).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(loadAnswers(memoryStorage({}, 'disabled'), 'test', sheet)).toEqual({
      status: 'unavailable',
    });
  });
});
