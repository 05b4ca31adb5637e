import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from './field-record';
import { memoryStorage } from './memory-storage';
import {
  FIELD_RECORD_VERSION,
  loadFieldRecord,
  noticeAfterSave,
  recordNotice,
  saveFieldEdits,
  deleteFieldRecord,
  forgetRecentWrites,
  isNotedDeleted,
  noteDeleted,
  restoreRecentWrites,
  RECENT_WRITE_MS,
  type FieldRecordSpec,
} from './records';

/** A record of short text answers, as a worksheet keeps them. */
const spec: FieldRecordSpec<string> = {
  key: 'worksheet:test',
  version: FIELD_RECORD_VERSION,
  checkField(fieldId: string, value: Json) {
    if (!['a', 'b', 'c'].includes(fieldId))
      return { ok: false, problem: 'is for a field no longer on this sheet' };
    if (typeof value !== 'string') return { ok: false, problem: 'is not plain text' };
    return value.length > 10
      ? { ok: true, value, note: 'is longer than the field allows' }
      : { ok: true, value };
  },
  upgrade(version, data) {
    if (version !== 1 || typeof data !== 'object' || data === null) return null;
    return data as Record<string, Json>;
  },
};
const at = (s: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, s));

function values(storage: ReturnType<typeof memoryStorage>) {
  const loaded = loadFieldRecord(storage, spec);
  return loaded.status === 'loaded' ? loaded.values : loaded.status;
}

describe('two tabs', () => {
  it('each tab’s field survives the other tab’s save (no last-tab-wins)', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'from tab A' } }, at(1));
    saveFieldEdits(storage, spec, { b: { value: 'from tab B' } }, at(2));
    expect(values(storage)).toEqual({ a: 'from tab A', b: 'from tab B' });
  });

  it('a keystroke in another tab does not bring back fields deleted meanwhile', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'one' }, b: { value: 'two' } }, at(1));
    deleteFieldRecord(storage, spec.key); // "Delete everything" on /your-data/
    saveFieldEdits(storage, spec, { c: { value: 'new' } }, at(3)); // the other tab, one keystroke
    expect(values(storage)).toEqual({ c: 'new' });
  });

  it('any interleaving of edits from two tabs keeps every field’s last edit', () => {
    const op = fc.record({
      tab: fc.constantFrom('A', 'B'),
      field: fc.constantFrom('a', 'b', 'c'),
      value: fc.option(fc.string({ maxLength: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const storage = memoryStorage();
        // Both tabs share one clock; several edits can fall in the same millisecond.
        ops.forEach((o, i) =>
          saveFieldEdits(
            storage,
            spec,
            { [o.field]: o.value === null ? { deleted: true } : { value: o.value } },
            new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3)),
          ),
        );
        const expected: Record<string, string> = {};
        for (const o of ops) {
          if (o.value === null) delete expected[o.field];
          else expected[o.field] = o.value;
        }
        const got = values(storage);
        expect(got === 'empty' ? {} : got).toEqual(expected);
      }),
    );
  });
});

describe('saving', () => {
  it('removes the record once no field has a value: only its name and when are noted', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'x' } }, at(1));
    saveFieldEdits(storage, spec, { a: { deleted: true } }, at(2));
    expect([...storage.items.keys()]).toEqual(['rt:deleted']);
    expect(JSON.parse(storage.getItem('rt:deleted') ?? '')).toEqual({
      version: FIELD_RECORD_VERSION,
      savedAt: at(2).toISOString(),
      fields: { 'rt:worksheet:test': { value: true, changedAt: at(2).toISOString() } },
    });
  });

  it('full storage: the save says full and what was stored stays as it was', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'kept' } }, at(1));
    const full = memoryStorage(Object.fromEntries(storage.items), 'full');
    const result = saveFieldEdits(full, spec, { a: { value: 'lost?' } }, at(2));
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect(recordNotice(result)).toMatch(/full/);
    expect(values(full)).toEqual({ a: 'kept' });
  });

  it('a browser that keeps nothing, though it says "quota", is said to refuse, not to be full', () => {
    // A private window with no room: every write fails as over quota, with nothing stored.
    const none = memoryStorage({}, 'full');
    const result = saveFieldEdits(none, spec, { a: { value: 'typed' } }, at(1));
    expect(result).toEqual({ ok: false, reason: 'unavailable' });
    expect(recordNotice(result)).toMatch(/not letting the handbook save anything/);
  });

  it('storage exactly full: saved answers still load (reading does not depend on a test write)', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'still here' } }, at(1));
    const full = memoryStorage(Object.fromEntries(storage.items), 'full');
    expect(values(full)).toEqual({ a: 'still here' });
  });

  it('storage off: says so, never throws', () => {
    const off = memoryStorage({}, 'disabled');
    expect(loadFieldRecord(off, spec)).toEqual({ status: 'unavailable' });
    expect(saveFieldEdits(off, spec, { a: { value: 'x' } })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(loadFieldRecord(null, spec)).toEqual({ status: 'unavailable' });
  });
});

describe('a record with some answers damaged', () => {
  const partly = JSON.stringify({
    version: FIELD_RECORD_VERSION,
    savedAt: at(0).toISOString(),
    fields: {
      a: { value: 'kept', changedAt: at(0).toISOString() },
      b: { changedAt: 'yesterday' },
      c: { value: 'fine', changedAt: at(0).toISOString() },
    },
  });
  const copyKey = 'rt-recovery:worksheet:test:2026-11-25T10:00:01.000Z';

  it('shows the answers that can be read, and keeps a copy of it all as it was', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': partly });
    const loaded = loadFieldRecord(storage, spec, at(1));
    expect(loaded).toMatchObject({ status: 'loaded', values: { a: 'kept', c: 'fine' } });
    expect(loaded).toMatchObject({ setAside: copyKey });
    expect(storage.items.get(copyKey)).toBe(partly);
    expect(recordNotice(loaded)).toMatch(
      /Part of what was saved here was damaged.*could be read is here.*copy/,
    );
    // Written back without the damaged answer, so the next page opens it plainly.
    expect(loadFieldRecord(storage, spec, at(2))).not.toHaveProperty('setAside');
    expect(values(storage)).toEqual({ a: 'kept', c: 'fine' });
  });

  it('a save over it keeps the readable answers and copies the record aside first', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': partly });
    const saved = saveFieldEdits(storage, spec, { a: { value: 'typed' } }, at(1));
    expect(saved).toMatchObject({ ok: true, setAside: copyKey });
    expect(storage.items.get(copyKey)).toBe(partly);
    expect(values(storage)).toEqual({ a: 'typed', c: 'fine' });
  });

  it('with no room for the copy, nothing is rewritten or saved over it', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': partly }, 'full');
    expect(loadFieldRecord(storage, spec, at(1))).toMatchObject({
      status: 'unreadable',
      raw: partly,
    });
    expect(saveFieldEdits(storage, spec, { a: { value: 'typed' } }, at(2))).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    expect(storage.items.get('rt:worksheet:test')).toBe(partly);
  });

  it('an answer whose time alone is unreadable is shown, and the record as it was is copied first', () => {
    const noTime = JSON.stringify({
      version: FIELD_RECORD_VERSION,
      savedAt: at(0).toISOString(),
      fields: { a: { value: 'my newest words' } },
    });
    const storage = memoryStorage({ 'rt:worksheet:test': noTime });
    const loaded = loadFieldRecord(storage, spec, at(1));
    expect(loaded).toMatchObject({ status: 'loaded', values: { a: 'my newest words' } });
    // Shown as the oldest change, so an older copy with a time would win a
    // merge; the words are in the copy kept first.
    expect(storage.items.get(copyKey)).toBe(noTime);
  });

  it('two tabs opening it a moment apart keep one copy, not two', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': partly });
    loadFieldRecord(storage, spec, at(1));
    // The other tab read the damaged text before this tab wrote it back.
    storage.setItem('rt:worksheet:test', partly);
    loadFieldRecord(storage, spec, at(2));
    const copies = [...storage.items.keys()].filter((k) => k.startsWith('rt-recovery:'));
    expect(copies).toEqual([copyKey]);
  });

  it('room for the copy but not to write it back: left as it was, with no copy spoken of', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': partly });
    // The copy is the first write; every write after it finds the device full.
    let writes = 0;
    const tight = {
      getItem: (k: string) => storage.getItem(k),
      key: (i: number) => storage.key(i),
      get length() {
        return storage.length;
      },
      removeItem: (k: string) => storage.removeItem(k),
      setItem(k: string, v: string) {
        if (++writes > 1) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const loaded = loadFieldRecord(tight, spec, at(1));
    expect(loaded).toMatchObject({ status: 'unreadable', raw: partly });
    expect(recordNotice(loaded)).toMatch(/no room on this device to keep a copy/);
    expect([...storage.items.keys()]).toEqual(['rt:worksheet:test']);
    writes = 0;
    const saved = saveFieldEdits(tight, spec, { a: { value: 'typed' } }, at(2));
    expect(saved).toMatchObject({ ok: false, reason: 'full' });
    expect([...storage.items.keys()]).toEqual(['rt:worksheet:test']);
    expect(storage.items.get('rt:worksheet:test')).toBe(partly);
  });

  it('every answer damaged: set aside whole, as a record that cannot be read at all', () => {
    const none = JSON.stringify({
      version: FIELD_RECORD_VERSION,
      savedAt: at(0).toISOString(),
      fields: { a: { changedAt: 'never' } },
    });
    const storage = memoryStorage({ 'rt:worksheet:test': none });
    expect(loadFieldRecord(storage, spec, at(1))).toMatchObject({
      status: 'set-aside',
      recoveryKey: copyKey,
    });
    expect(storage.items.has('rt:worksheet:test')).toBe(false);
    expect(storage.items.get(copyKey)).toBe(none);
  });
});

describe('a record the page cannot read', () => {
  const damaged = '{"version":2,"fields":<b>';

  it('is set aside under a recovery key before anything is saved', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': damaged });
    const loaded = loadFieldRecord(storage, spec, at(1));
    expect(loaded).toMatchObject({
      status: 'set-aside',
      recoveryKey: 'rt-recovery:worksheet:test:2026-11-25T10:00:01.000Z',
    });
    expect(storage.items.get('rt-recovery:worksheet:test:2026-11-25T10:00:01.000Z')).toBe(damaged);
  });

  it('is still named after the reader starts typing: the notice is the copy’s one pointer', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': damaged });
    const said = recordNotice(loadFieldRecord(storage, spec, at(1)));
    expect(said).toMatch(/kept a copy/);
    const typed = saveFieldEdits(storage, spec, { a: { value: 'typed' } }, at(2));
    expect(typed).toMatchObject({ ok: true });
    expect(noticeAfterSave(typed, said)).toBe(said);
    // Saved over a record damaged meanwhile: that word stays too.
    storage.setItem('rt:worksheet:test', damaged);
    const over = saveFieldEdits(storage, spec, { a: { value: 'again' } }, at(3));
    const overSaid = recordNotice(over);
    expect(overSaid).toMatch(/a copy was kept/);
    expect(
      noticeAfterSave(saveFieldEdits(storage, spec, { b: { value: 'x' } }, at(4)), overSaid),
    ).toBe(overSaid);
  });

  it('unreadable record + full storage: the original is left alone and nothing is saved over it', () => {
    const storage = memoryStorage({ 'rt:worksheet:test': damaged }, 'full');
    const loaded = loadFieldRecord(storage, spec, at(1));
    expect(loaded).toEqual({
      status: 'unreadable',
      reason: expect.stringMatching(/damaged/),
      raw: damaged,
    });
    expect(recordNotice(loaded)).toMatch(/left exactly as they are/);
    const saved = saveFieldEdits(storage, spec, { a: { value: 'typed' } }, at(2));
    expect(saved).toMatchObject({ ok: false, reason: 'unreadable', raw: damaged });
    expect(storage.items.get('rt:worksheet:test')).toBe(damaged);
  });

  it('a record from a newer version (a tab that took an update) stays in place: no page moves it or saves over it', () => {
    const newer = JSON.stringify({ version: 3, savedAt: at(0).toISOString(), fields: {} });
    const storage = memoryStorage({ 'rt:worksheet:test': newer });
    const loaded = loadFieldRecord(storage, spec, at(1));
    expect(loaded).toMatchObject({ status: 'unreadable', raw: newer, newer: true });
    expect(recordNotice(loaded)).toMatch(/newer version.*Reload this page/);
    const saved = saveFieldEdits(storage, spec, { a: { value: 'typed' } }, at(2));
    expect(saved).toMatchObject({ ok: false, reason: 'unreadable', newer: true });
    expect(recordNotice(saved)).toMatch(/newer version/);
    expect([...storage.items.entries()]).toEqual([['rt:worksheet:test', newer]]);
  });
});

describe('over-long and orphaned answers', () => {
  it('are kept in the record, reported, and survive saves of other fields', () => {
    const storage = memoryStorage({
      'rt:worksheet:test': JSON.stringify({
        version: 2,
        savedAt: at(0).toISOString(),
        fields: {
          a: { value: 'far longer than ten', changedAt: at(0).toISOString() },
          gone: { value: 'an old field', changedAt: at(0).toISOString() },
        },
      }),
    });
    const loaded = loadFieldRecord(storage, spec);
    expect(loaded).toMatchObject({
      status: 'loaded',
      values: { a: 'far longer than ten' },
      notes: [{ fieldId: 'a', note: expect.stringMatching(/longer/) }],
      kept: [
        { fieldId: 'gone', value: 'an old field', problem: expect.stringMatching(/no longer/) },
      ],
    });
    saveFieldEdits(storage, spec, { b: { value: 'new' } }, at(5));
    expect(loadFieldRecord(storage, spec)).toMatchObject({
      values: { a: 'far longer than ten', b: 'new' },
      kept: [{ fieldId: 'gone' }],
    });
  });
});

describe('an answer the page cannot show, written over by a new one', () => {
  const withOddAnswer = () => {
    const raw = JSON.stringify({
      version: 2,
      savedAt: at(0).toISOString(),
      fields: {
        a: { value: ['a list', 'where text belongs'], changedAt: at(0).toISOString() },
        b: { value: 'fine', changedAt: at(0).toISOString() },
      },
    });
    return { raw, storage: memoryStorage({ 'rt:worksheet:test': raw }) };
  };

  it('copies the whole record aside first, and says so', () => {
    const { raw, storage } = withOddAnswer();
    const saved = saveFieldEdits(storage, spec, { a: { value: 'new text' } }, at(5));
    const copy = 'rt-recovery:worksheet:test:2026-11-25T10:00:05.000Z';
    expect(saved).toMatchObject({ ok: true, keptCopy: copy });
    expect(storage.getItem(copy)).toBe(raw);
    expect(recordNotice(saved)).toMatch(/copy of the earlier one is kept/);
    expect(values(storage)).toEqual({ a: 'new text', b: 'fine' });
    // The next save, with nothing to say, leaves that word in place; a problem replaces it.
    const next = saveFieldEdits(storage, spec, { b: { value: 'x' } }, at(6));
    expect(noticeAfterSave(next, recordNotice(saved))).toBe(recordNotice(saved));
    expect(noticeAfterSave({ ok: false, reason: 'full' }, recordNotice(saved))).toMatch(/full/);
    expect(noticeAfterSave(next, 'an older problem')).toBeNull();
  });

  it('makes no copy when the edit leaves the odd answer alone', () => {
    const { storage } = withOddAnswer();
    const saved = saveFieldEdits(storage, spec, { b: { value: 'changed' } }, at(5));
    expect(saved).toMatchObject({ ok: true });
    expect(saved).not.toHaveProperty('keptCopy');
    expect([...storage.items.keys()]).toEqual(['rt:worksheet:test']);
  });

  it('writes nothing when there is no room for the copy', () => {
    const { raw, storage } = withOddAnswer();
    const full = {
      ...storage,
      getItem: (k: string) => storage.getItem(k),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveFieldEdits(full, spec, { a: { value: 'new text' } }, at(5))).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(storage.getItem('rt:worksheet:test')).toBe(raw);
  });
});

describe('noting what the reader deleted (so an older backup does not bring it back)', () => {
  const noted = (storage: ReturnType<typeof memoryStorage>) =>
    (JSON.parse(storage.getItem('rt:deleted') ?? '{"fields":{}}') as { fields: object }).fields;

  it('notes each record deleted, by name and time, the latest time winning', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'words' } }, at(1));
    expect(deleteFieldRecord(storage, spec.key)).toBe(true);
    noteDeleted(
      storage,
      'rt-recovery:worksheet:test:2026-11-20T09:00:00.000Z',
      '2026-11-24T09:00:00.000Z',
    );
    noteDeleted(storage, 'rt:worksheet:test', '2026-11-01T09:00:00.000Z');
    const fields = noted(storage) as Record<string, { changedAt: string }>;
    expect(Object.keys(fields).sort()).toEqual([
      'rt-recovery:worksheet:test:2026-11-20T09:00:00.000Z',
      'rt:worksheet:test',
    ]);
    // The delete just made, not the older time noted after it.
    expect((fields['rt:worksheet:test']?.changedAt ?? '') > '2026-11-01T09:00:00.000Z').toBe(true);
    expect(storage.getItem('rt:deleted')).not.toContain('words');
  });

  it('says whether the note names a record, so the page can tell the reader', () => {
    const storage = memoryStorage();
    const since = new Date().toISOString();
    expect(isNotedDeleted(storage, spec.key, since)).toBe(false);
    saveFieldEdits(storage, spec, { a: { value: 'x' } }, at(1));
    deleteFieldRecord(storage, spec.key);
    expect(isNotedDeleted(storage, spec.key, since)).toBe(true);
    expect(isNotedDeleted(storage, 'worksheet:other', since)).toBe(false);
    expect(isNotedDeleted(null, spec.key, since)).toBe(false);
    // An older entry, with nothing noted this time: not said.
    expect(isNotedDeleted(storage, spec.key, '2099-01-01T00:00:00.000Z')).toBe(false);
  });

  it('notes nothing when there was nothing to delete', () => {
    const storage = memoryStorage();
    expect(deleteFieldRecord(storage, spec.key)).toBe(true);
    saveFieldEdits(storage, spec, { a: { deleted: true } }, at(1));
    expect(storage.items.size).toBe(0);
  });

  it('never writes over a note it cannot read, and the delete still stands', () => {
    const storage = memoryStorage({ 'rt:deleted': '{damaged' });
    saveFieldEdits(storage, spec, { a: { value: 'x' } }, at(1));
    expect(deleteFieldRecord(storage, spec.key)).toBe(true);
    expect(storage.getItem('rt:deleted')).toBe('{damaged');
    expect(values(storage)).toBe('empty');
  });

  it('with storage full, the delete stands without its note', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'x' } }, at(1));
    const full = memoryStorage(Object.fromEntries(storage.items), 'full');
    expect(deleteFieldRecord(full, spec.key)).toBe(true);
    expect(full.items.size).toBe(0);
  });

  it('notes a deletion after the record’s own last change, even with the clock behind', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'x' } }, new Date('2027-03-01T00:00:00.000Z'));
    deleteFieldRecord(storage, spec.key);
    expect(noted(storage)).toEqual({
      'rt:worksheet:test': { value: true, changedAt: '2027-03-01T00:00:00.001Z' },
    });
  });

  it('“Don’t save” takes the sheet’s name, and its copies’ names, out of a note an earlier clear made', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'x' } }, at(1));
    deleteFieldRecord(storage, spec.key);
    noteDeleted(storage, 'rt-recovery:worksheet:test:2026-11-20T09:00:00.000Z');
    noteDeleted(storage, 'rt:worksheet:other');
    saveFieldEdits(storage, spec, { a: { value: 'y' } }, at(2));
    deleteFieldRecord(storage, spec.key, false);
    expect(Object.keys(noted(storage))).toEqual(['rt:worksheet:other']);
    // With no other name in it, the note itself goes.
    deleteFieldRecord(memoryStorage(), spec.key, false);
    const alone = memoryStorage();
    noteDeleted(alone, 'rt:worksheet:test');
    deleteFieldRecord(alone, spec.key, false);
    expect(alone.items.size).toBe(0);
  });

  it('a note with one entry damaged is copied aside whole, and its readable names are kept', () => {
    const partly = JSON.stringify({
      version: FIELD_RECORD_VERSION,
      savedAt: at(1).toISOString(),
      fields: {
        'rt:worksheet:kept': { value: true, changedAt: at(1).toISOString() },
        'rt:worksheet:bad': { value: true, changedAt: 'yesterday' },
      },
    });
    const storage = memoryStorage({ 'rt:deleted': partly });
    expect(noteDeleted(storage, 'rt:worksheet:new', at(2).toISOString())).toBe(true);
    expect(Object.keys(noted(storage)).sort()).toEqual([
      'rt:worksheet:bad',
      'rt:worksheet:kept',
      'rt:worksheet:new',
    ]);
    const copies = [...storage.items].filter(([k]) => k.startsWith('rt-recovery:deleted:'));
    expect(copies.map(([, v]) => v)).toEqual([partly]);
  });

  it('deleting the note itself leaves no note of it', () => {
    const storage = memoryStorage();
    noteDeleted(storage, 'rt:worksheet:test');
    storage.removeItem('rt:deleted');
    noteDeleted(storage, 'rt:deleted');
    expect(storage.items.size).toBe(0);
  });
});

describe('records saved by the previous version', () => {
  it('are upgraded, field by field, with their old save time', () => {
    const storage = memoryStorage({
      'rt:worksheet:test': JSON.stringify({
        version: 1,
        savedAt: '2026-11-20T08:30:00.000Z',
        data: { a: 'old' },
      }),
    });
    expect(loadFieldRecord(storage, spec)).toMatchObject({
      status: 'loaded',
      values: { a: 'old' },
      changedAt: { a: '2026-11-20T08:30:00.000Z' },
    });
  });
});

describe('a write from another tab that had not seen ours yet', () => {
  const key = 'rt:worksheet:test';
  /** What another tab writes when it read the record before our save reached it. */
  function staleWrite(storage: ReturnType<typeof memoryStorage>, fields: object) {
    storage.setItem(key, JSON.stringify({ version: FIELD_RECORD_VERSION, savedAt: '', fields }));
  }

  it('gets our field merged back, theirs kept', () => {
    forgetRecentWrites();
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'mine' } }, at(1));
    staleWrite(storage, { b: { value: 'theirs', changedAt: at(2).toISOString() } });
    expect(restoreRecentWrites(storage, spec.key, at(3))).toEqual(['a']);
    expect(values(storage)).toEqual({ a: 'mine', b: 'theirs' });
  });

  it('gets our deletion back too, so a deleted answer does not return', () => {
    forgetRecentWrites();
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'old' }, b: { value: 'kept' } }, at(1));
    saveFieldEdits(storage, spec, { a: { deleted: true } }, at(2));
    // The other tab still had the old answer in its copy.
    staleWrite(storage, {
      a: { value: 'old', changedAt: at(1).toISOString() },
      b: { value: 'kept', changedAt: at(1).toISOString() },
      c: { value: 'new', changedAt: at(2).toISOString() },
    });
    expect(restoreRecentWrites(storage, spec.key, at(3))).toEqual(['a']);
    expect(values(storage)).toEqual({ b: 'kept', c: 'new' });
  });

  it('keeps a newer change the other tab made to the same field', () => {
    forgetRecentWrites();
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'mine' } }, at(1));
    staleWrite(storage, { a: { value: 'later', changedAt: at(5).toISOString() } });
    expect(restoreRecentWrites(storage, spec.key, at(6))).toEqual([]);
    expect(values(storage)).toEqual({ a: 'later' });
  });

  it('never brings back a record removed on purpose, here or elsewhere', () => {
    forgetRecentWrites();
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'mine' } }, at(1));
    storage.removeItem(key);
    expect(restoreRecentWrites(storage, spec.key, at(2))).toEqual([]);
    expect(values(storage)).toBe('empty');
    // Deleted by this page, then another tab writes what it had.
    saveFieldEdits(storage, spec, { a: { value: 'mine' } }, at(3));
    deleteFieldRecord(storage, spec.key);
    staleWrite(storage, { b: { value: 'theirs', changedAt: at(4).toISOString() } });
    expect(restoreRecentWrites(storage, spec.key, at(5))).toEqual([]);
    expect(values(storage)).toEqual({ b: 'theirs' });
  });

  it('guards only recent writes: after a few seconds the other tab has long seen ours', () => {
    forgetRecentWrites();
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'mine' } }, at(1));
    staleWrite(storage, { b: { value: 'theirs', changedAt: at(2).toISOString() } });
    const later = new Date(at(1).getTime() + RECENT_WRITE_MS + 1);
    expect(restoreRecentWrites(storage, spec.key, later)).toEqual([]);
    expect(values(storage)).toEqual({ b: 'theirs' });
  });

  it('leaves a record it cannot read exactly as it is', () => {
    forgetRecentWrites();
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { a: { value: 'mine' } }, at(1));
    storage.setItem(key, '{damaged');
    expect(restoreRecentWrites(storage, spec.key, at(2))).toEqual([]);
    expect(storage.getItem(key)).toBe('{damaged');
  });
});

describe('why answers could not be opened, in words that agree', () => {
  it('says "the saved copy was…", never "answers … it was"', () => {
    const cases = [
      '{not json',
      JSON.stringify({ version: 1, savedAt: at(0).toISOString(), data: 'not answers' }),
      JSON.stringify({ version: 'old', savedAt: at(0).toISOString(), fields: {} }),
    ];
    const said = cases.map((raw) =>
      recordNotice(loadFieldRecord(memoryStorage({ 'rt:worksheet:test': raw }), spec, at(1))),
    );
    expect(said).toEqual([
      expect.stringMatching(
        /^Your earlier answers could not be opened, because the saved copy was damaged and could not be read\./,
      ),
      expect.stringMatching(/because the saved copy did not match what this page expects\./),
      expect.stringMatching(
        /because the saved copy was made by a different version of this page\./,
      ),
    ]);
  });
});
