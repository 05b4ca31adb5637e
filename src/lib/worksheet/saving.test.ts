import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { clearAnswers, loadAnswers, saveAnswerEdits, shownAnswers } from './saving';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const now = new Date('2026-11-25T10:00:00.000Z');
const later = new Date('2026-11-25T10:05:00.000Z');

describe('keeping answers on the device', () => {
  it('saves under rt:worksheet:<slug>, one field at a time, and loads them back', () => {
    const storage = memoryStorage();
    expect(saveAnswerEdits(storage, 'test', sheet, { name: 'Sam' }, now).ok).toBe(true);
    expect(saveAnswerEdits(storage, 'test', sheet, { ticks: ['a'] }, later).ok).toBe(true);
    expect([...storage.items.keys()]).toEqual(['rt:worksheet:test']);
    expect(loadAnswers(storage, 'test', sheet)).toMatchObject({
      status: 'loaded',
      values: { name: 'Sam', ticks: ['a'] },
      changedAt: { name: now.toISOString(), ticks: later.toISOString() },
    });
  });

  it('removes the record when every field is emptied, and on clear, noting only its name and when', () => {
    const storage = memoryStorage();
    saveAnswerEdits(storage, 'test', sheet, { name: 'Sam' }, now);
    saveAnswerEdits(storage, 'test', sheet, { name: undefined }, later);
    expect([...storage.items.keys()]).toEqual(['rt:deleted']);
    expect(storage.getItem('rt:deleted')).not.toContain('Sam');
    saveAnswerEdits(storage, 'test', sheet, { name: 'Sam' }, now);
    expect(clearAnswers(storage, 'test', sheet)).toBe('cleared');
    expect(loadAnswers(storage, 'test', sheet)).toEqual({ status: 'empty' });
    expect([...storage.items.keys()]).toEqual(['rt:deleted']);
  });

  it('“Don’t save this sheet” leaves nothing of it on the device, not even its name', () => {
    const storage = memoryStorage();
    saveAnswerEdits(storage, 'test', sheet, { name: 'Sam' }, now);
    expect(clearAnswers(storage, 'test', sheet, 'not-saving')).toBe('cleared');
    expect(storage.items.size).toBe(0);
    // Cleared once (its name noted), then not saved: the name goes too.
    saveAnswerEdits(storage, 'test', sheet, { name: 'Sam' }, now);
    clearAnswers(storage, 'test', sheet);
    expect([...storage.items.keys()]).toEqual(['rt:deleted']);
    clearAnswers(storage, 'test', sheet, 'not-saving');
    expect(storage.items.size).toBe(0);
  });

  it('a sheet that asks before saving (Full disclosure) leaves no name behind, emptied or cleared', () => {
    const asks = { ...sheet, saving: 'ask' as const };
    const storage = memoryStorage();
    saveAnswerEdits(storage, 'test', asks, { name: 'Sam' }, now);
    saveAnswerEdits(storage, 'test', asks, { name: undefined }, later);
    expect(storage.items.size).toBe(0);
    saveAnswerEdits(storage, 'test', asks, { name: 'Sam' }, now);
    expect(clearAnswers(storage, 'test', asks)).toBe('cleared');
    expect(storage.items.size).toBe(0);
  });

  it('never clears away a saved copy it cannot read: set aside when there is room, else left whole', () => {
    const damaged = '{"version":2,"fields":{"name":';
    const full = memoryStorage({ 'rt:worksheet:test': damaged }, 'full');
    expect(clearAnswers(full, 'test', sheet)).toBe('kept-unreadable');
    expect(full.items.get('rt:worksheet:test')).toBe(damaged);

    const roomy = memoryStorage({ 'rt:worksheet:test': damaged });
    expect(clearAnswers(roomy, 'test', sheet)).toBe('cleared');
    expect(roomy.items.has('rt:worksheet:test')).toBe(false);
    expect([...roomy.items.values()]).toEqual([damaged]);
  });

  it('with storage off, clearing removes nothing and is not a refusal: nothing was saved', () => {
    expect(clearAnswers(null, 'test', sheet)).toBe('cleared');
  });

  it('says when the browser refuses to remove the saved copy', () => {
    const storage = memoryStorage();
    saveAnswerEdits(storage, 'test', sheet, { name: 'Sam' }, now);
    const refusing = {
      ...storage,
      removeItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
    };
    expect(clearAnswers(refusing, 'test', sheet)).toBe('refused');
    expect(loadAnswers(storage, 'test', sheet)).toMatchObject({ status: 'loaded' });
  });

  it('over-long and orphaned answers from the old format are kept, shown or reported, never dropped', () => {
    const old = {
      version: 1,
      savedAt: '2026-11-20T08:30:00.000Z',
      data: { gone: 'an old question', story: 'x'.repeat(2500), when: '25/11/2026', name: 'A' },
    };
    const storage = memoryStorage({ 'rt:worksheet:test': JSON.stringify(old) });
    const loaded = loadAnswers(storage, 'test', sheet);
    expect(shownAnswers(loaded)).toEqual({ name: 'A', story: 'x'.repeat(2500) });
    expect(loaded).toMatchObject({
      kept: [
        { fieldId: 'gone', value: 'an old question', problem: expect.stringMatching(/no longer/) },
        { fieldId: 'when', value: '25/11/2026', problem: expect.stringMatching(/date written as/) },
      ],
      notes: [{ fieldId: 'story', note: expect.stringMatching(/longer than the 2000/) }],
    });
    // Typing in another field keeps all of them.
    saveAnswerEdits(storage, 'test', sheet, { name: 'B' }, later);
    expect(loadAnswers(storage, 'test', sheet)).toMatchObject({
      values: { name: 'B', story: 'x'.repeat(2500) },
      kept: [{ fieldId: 'gone' }, { fieldId: 'when' }],
    });
  });

  it('sets a damaged record aside rather than losing it', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': '{not json' });
    expect(loadAnswers(storage, 'test', sheet)).toMatchObject({ status: 'set-aside' });
    expect([...storage.items.values()]).toEqual(['{not json']);
  });

  it('reports when storage refuses', () => {
    expect(
      saveAnswerEdits(
        memoryStorage({ 'rt-theme': 'dark' }, 'full'),
        'test',
        sheet,
        { name: 'A' },
        now,
      ),
    ).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(loadAnswers(memoryStorage({}, 'disabled'), 'test', sheet)).toEqual({
      status: 'unavailable',
    });
  });
});
