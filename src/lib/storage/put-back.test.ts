import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { putBackCopy, putBackMessage } from './put-back';
import { answersInCopy, parseRecoveryKey } from './saved-items';
import {
  FIELD_RECORD_VERSION,
  loadFieldRecord,
  recordText,
  saveFieldEdits,
  type FieldRecordSpec,
} from './records';
import { recoveryKeyFor } from './storage';
import type { Fields } from './field-record';

const key = 'worksheet:my-commitments';
const spec: FieldRecordSpec<string> = {
  key,
  version: FIELD_RECORD_VERSION,
  checkField: (_id, value) =>
    typeof value === 'string' ? { ok: true, value } : { ok: false, problem: 'is not text' },
};
const at = (s: number) => new Date(Date.UTC(2026, 10, 27, 10, 0, s));
const copyKey = recoveryKeyFor(key, at(5));
const copyRef = {
  key: copyKey,
  recordKey: parseRecoveryKey(copyKey).recordKey,
  answersIn: answersInCopy,
};

function shown(storage: ReturnType<typeof memoryStorage>) {
  const loaded = loadFieldRecord(storage, spec);
  return loaded.status === 'loaded' ? loaded.values : loaded.status;
}

/** A sheet answered, then cleared with its answers copied aside, as "Clear answers" does. */
function clearedSheet() {
  const storage = memoryStorage();
  saveFieldEdits(
    storage,
    spec,
    { promise: { value: 'No contact' }, why: { value: 'For us' } },
    at(1),
  );
  storage.setItem(copyKey, storage.getItem(`rt:${key}`) as string);
  saveFieldEdits(storage, spec, { promise: { deleted: true }, why: { deleted: true } }, at(5));
  return storage;
}

describe('putting a recovery copy back', () => {
  it('brings a cleared sheet’s answers back, and keeps the copy', () => {
    const storage = clearedSheet();
    expect(shown(storage)).toBe('empty');
    const outcome = putBackCopy(storage, copyRef, at(9));
    expect(outcome).toEqual({ ok: true, putBack: 2, keptNow: 0, alreadyThere: 0 });
    expect(shown(storage)).toEqual({ promise: 'No contact', why: 'For us' });
    expect(storage.getItem(copyKey)).not.toBeNull();
  });

  it('never writes over words typed since, however old the copy says they are', () => {
    const storage = clearedSheet();
    saveFieldEdits(storage, spec, { promise: { value: 'Typed after clearing' } }, at(7));
    const outcome = putBackCopy(storage, copyRef, at(9));
    expect(outcome).toEqual({ ok: true, putBack: 1, keptNow: 1, alreadyThere: 0 });
    expect(shown(storage)).toEqual({ promise: 'Typed after clearing', why: 'For us' });
    expect(putBackMessage(outcome, 'My commitments')).toContain('kept: the copy still has');
  });

  it('says when every answer is already there, and writes nothing', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { promise: { value: 'Same' } }, at(1));
    const before = storage.getItem(`rt:${key}`) as string;
    storage.setItem(copyKey, before);
    const outcome = putBackCopy(storage, copyRef, at(9));
    expect(outcome).toEqual({ ok: true, putBack: 0, keptNow: 0, alreadyThere: 1 });
    expect(storage.getItem(`rt:${key}`)).toBe(before);
    expect(putBackMessage(outcome, 'My commitments')).toMatch(/already in My commitments/);
  });

  it('brings back a record deleted whole', () => {
    const storage = clearedSheet();
    storage.removeItem(`rt:${key}`);
    expect(putBackCopy(storage, copyRef, at(9))).toMatchObject({ ok: true, putBack: 2 });
    expect(shown(storage)).toEqual({ promise: 'No contact', why: 'For us' });
  });

  it('does not write over a record it cannot read whole, nor one in an older format', () => {
    for (const now of [
      '{"version":2,"fields":{"a":{"value":"x"}}',
      '{"version":1,"data":{"a":"x"}}',
    ]) {
      const storage = clearedSheet();
      storage.setItem(`rt:${key}`, now);
      expect(putBackCopy(storage, copyRef, at(9))).toEqual({ ok: false, reason: 'open-first' });
      expect(storage.getItem(`rt:${key}`)).toBe(now);
    }
  });

  it('changes nothing when storage is full, and says so', () => {
    const cleared = clearedSheet();
    const full = memoryStorage(Object.fromEntries(cleared.items), 'full');
    const before = new Map(full.items);
    const outcome = putBackCopy(full, copyRef, at(9));
    expect(outcome).toEqual({ ok: false, reason: 'full' });
    expect(full.items).toEqual(before);
    expect(putBackMessage(outcome, 'My commitments')).toMatch(/storage is full/);
  });

  it('explains a copy deleted meanwhile, one with no readable answers, and storage turned off', () => {
    const storage = clearedSheet();
    storage.removeItem(copyKey);
    expect(putBackCopy(storage, copyRef)).toEqual({ ok: false, reason: 'gone' });
    storage.setItem(copyKey, 'not json');
    expect(putBackCopy(storage, copyRef)).toEqual({ ok: false, reason: 'no-answers' });
    expect(putBackCopy(memoryStorage({}, 'disabled'), copyRef)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});

describe('answersInCopy', () => {
  it('reads the answers of a copy in this format, skipping damaged ones and cleared boxes', () => {
    const fields = {
      a: { value: 'kept', changedAt: at(1).toISOString() },
      b: { deleted: true, changedAt: at(2).toISOString() },
      c: { value: 'no time' },
      'bad id!': { value: 'x', changedAt: at(1).toISOString() },
    };
    const answers = answersInCopy(JSON.stringify({ version: 2, savedAt: '', fields }));
    expect(Object.keys(answers ?? {})).toEqual(['a', 'c']);
  });

  it('offers nothing for raw text, an older format or a copy of only cleared boxes', () => {
    expect(answersInCopy('{oops')).toBeNull();
    expect(answersInCopy('{"version":1,"data":{"a":"x"}}')).toBeNull();
    const cleared: Fields = { a: { deleted: true, changedAt: at(1).toISOString() } };
    expect(answersInCopy(recordText(cleared))).toBeNull();
  });
});

describe('whatever is stored now', () => {
  const text = fc.string({ maxLength: 6 });
  const ids = fc.constantFrom('a', 'b', 'c', 'd');
  it('every box that held words keeps them, and every answer in the copy is then in the record', () => {
    fc.assert(
      fc.property(
        fc.dictionary(ids, text, { minKeys: 1 }),
        fc.dictionary(ids, fc.option(text, { nil: undefined })),
        (copied, now) => {
          const storage = memoryStorage();
          const copyFields: Fields = {};
          for (const [id, value] of Object.entries(copied))
            copyFields[id] = { value, changedAt: at(1).toISOString() };
          storage.setItem(copyKey, recordText(copyFields));
          const edits = Object.fromEntries(
            Object.entries(now).map(([id, v]) => [
              id,
              v === undefined ? { deleted: true as const } : { value: v },
            ]),
          );
          if (Object.keys(edits).length > 0) saveFieldEdits(storage, spec, edits, at(3));
          const before = shown(storage);
          const outcome = putBackCopy(storage, copyRef, at(4));
          expect(outcome.ok).toBe(true);
          const after = shown(storage);
          const afterValues = typeof after === 'string' ? {} : after;
          // Words there before are untouched.
          if (typeof before !== 'string')
            for (const [id, v] of Object.entries(before)) expect(afterValues[id]).toBe(v);
          // Every box the copy fills now holds words: its own, or the ones kept.
          for (const id of Object.keys(copied)) expect(afterValues[id]).toBeDefined();
        },
      ),
    );
  });
});
