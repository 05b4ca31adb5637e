import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { putBackCopy, putBackMessage, type PutBackOutcome } from './put-back';
import { answersInCopy, parseRecoveryKey } from './saved-items';
import {
  FIELD_RECORD_VERSION,
  loadFieldRecord,
  recordText,
  saveFieldEdits,
  type FieldRecordSpec,
} from './records';
import { applyImport } from './backup-load';
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

function storedFields(storage: ReturnType<typeof memoryStorage>): Fields {
  return (JSON.parse(storage.getItem(`rt:${key}`) ?? '{}') as { fields: Fields }).fields;
}

/** A sheet answered at second 1, its answers copied aside, then these boxes cleared at second 5. */
function clearedSheet(cleared: readonly string[] = ['promise', 'why']) {
  const storage = memoryStorage();
  saveFieldEdits(
    storage,
    spec,
    { promise: { value: 'No contact' }, why: { value: 'For us' } },
    at(1),
  );
  storage.setItem(copyKey, storage.getItem(`rt:${key}`) as string);
  saveFieldEdits(
    storage,
    spec,
    Object.fromEntries(cleared.map((id) => [id, { deleted: true }])),
    at(5),
  );
  return storage;
}

describe('putting a recovery copy back', () => {
  it('brings a cleared sheet’s answers back, and keeps the copy', () => {
    const storage = clearedSheet();
    expect(shown(storage)).toBe('empty');
    const outcome = putBackCopy(storage, copyRef);
    expect(outcome).toEqual({ ok: true, putBack: 2, keptNow: 0, alreadyThere: 0 });
    expect(shown(storage)).toEqual({ promise: 'No contact', why: 'For us' });
    expect(storage.getItem(copyKey)).not.toBeNull();
  });

  it('never writes over words typed since, however old the copy says they are', () => {
    const storage = clearedSheet();
    saveFieldEdits(storage, spec, { promise: { value: 'Typed after clearing' } }, at(7));
    const outcome = putBackCopy(storage, copyRef);
    expect(outcome).toEqual({ ok: true, putBack: 1, keptNow: 1, alreadyThere: 0 });
    expect(shown(storage)).toEqual({ promise: 'Typed after clearing', why: 'For us' });
    expect(putBackMessage(outcome, 'My commitments', 'answers')).toContain(
      'They were kept, and the copy still has the earlier ones',
    );
  });

  it('an answer put back is not newer than one typed since on another device: a backup loaded later wins', () => {
    // The copy's answer dates from second 1; the phone's, typed after the clearing, from second 8.
    const storage = memoryStorage();
    storage.setItem(
      copyKey,
      recordText({ promise: { value: 'October words', changedAt: at(1).toISOString() } }),
    );
    expect(putBackCopy(storage, copyRef)).toMatchObject({ ok: true, putBack: 1 });
    expect(storedFields(storage)['promise']?.changedAt).toBe(at(1).toISOString());
    const phone = recordText({
      promise: { value: 'November words', changedAt: at(8).toISOString() },
    });
    const backup = {
      format: 'rebuilding-trust-backup' as const,
      version: 1 as const,
      exportedAt: at(9).toISOString(),
      items: { [`rt:${key}`]: phone },
    };
    applyImport(storage, backup, at(10));
    expect(shown(storage)).toEqual({ promise: 'November words' });
  });

  it('a box cleared since comes back just after the clearing, no later', () => {
    // One box cleared; the other stays, so the clearing is kept as a tombstone.
    const storage = clearedSheet(['promise']);
    expect(putBackCopy(storage, copyRef)).toEqual({
      ok: true,
      putBack: 1,
      keptNow: 0,
      alreadyThere: 1,
    });
    expect(storedFields(storage)['promise']).toEqual({
      value: 'No contact',
      changedAt: '2026-11-27T10:00:05.001Z',
    });
  });

  it('says when everything is already there, and writes nothing', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { promise: { value: 'Same' } }, at(1));
    const before = storage.getItem(`rt:${key}`) as string;
    storage.setItem(copyKey, before);
    const outcome = putBackCopy(storage, copyRef);
    expect(outcome).toEqual({ ok: true, putBack: 0, keptNow: 0, alreadyThere: 1 });
    expect(storage.getItem(`rt:${key}`)).toBe(before);
    expect(putBackMessage(outcome, 'My commitments', 'answers')).toMatch(
      /already in My commitments/,
    );
  });

  it('brings back a record deleted whole', () => {
    const storage = clearedSheet();
    storage.removeItem(`rt:${key}`);
    expect(putBackCopy(storage, copyRef)).toMatchObject({ ok: true, putBack: 2 });
    expect(shown(storage)).toEqual({ promise: 'No contact', why: 'For us' });
  });

  it('writes nothing over a record partly damaged, in an older form or from a newer version, and says which', () => {
    const partly = JSON.stringify({
      version: 2,
      savedAt: at(6).toISOString(),
      fields: {
        promise: { value: 'kept', changedAt: at(6).toISOString() },
        why: { changedAt: at(6).toISOString() },
      },
    });
    const older = JSON.stringify({ version: 1, savedAt: at(6).toISOString(), data: { why: 'x' } });
    const newer = JSON.stringify({ version: 3, savedAt: at(6).toISOString(), fields: {} });
    for (const [now, reason] of [
      [partly, 'damaged'],
      ['{not json', 'damaged'],
      [older, 'older'],
      [newer, 'newer'],
    ] as const) {
      const storage = clearedSheet();
      storage.setItem(`rt:${key}`, now);
      const outcome = putBackCopy(storage, copyRef);
      expect(outcome).toEqual({ ok: false, reason });
      expect(storage.getItem(`rt:${key}`)).toBe(now);
    }
    const say = (reason: 'damaged' | 'older' | 'newer' | 'unavailable') =>
      putBackMessage({ ok: false, reason }, 'My commitments', 'answers');
    expect(say('damaged')).toMatch(/could not be read whole\. Open its page/);
    expect(say('older')).toMatch(/older form.*change any answer there.*or download this copy/);
    expect(say('newer')).toMatch(/newer version of the handbook\. Reload this page/);
    expect(say('unavailable')).toMatch(/^Nothing was put back: this browser is not letting/);
  });

  it('changes nothing when storage is full, and says so', () => {
    const cleared = clearedSheet();
    const full = memoryStorage(Object.fromEntries(cleared.items), 'full');
    const before = new Map(full.items);
    const outcome = putBackCopy(full, copyRef);
    expect(outcome).toEqual({ ok: false, reason: 'full' });
    expect(full.items).toEqual(before);
    expect(putBackMessage(outcome, 'My commitments', 'answers')).toMatch(/storage is full/);
  });

  it('explains a copy deleted meanwhile, one with nothing readable, and storage turned off', () => {
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

  it('names what a copy holds: answers, results or read marks, one or more', () => {
    const done: PutBackOutcome = { ok: true, putBack: 1, keptNow: 0, alreadyThere: 2 };
    expect(putBackMessage(done, 'Reading progress', 'read marks')).toBe(
      'Put back 1 read mark in Reading progress. 2 read marks were there already. The copy stays here until you delete it.',
    );
    expect(putBackMessage({ ...done, putBack: 3 }, 'Kept results', 'results')).toMatch(
      /^Put back 3 results in Kept results\./,
    );
  });
});

describe('putting a list back', () => {
  /** A list saved as `now` at second 3, with a copy of it as `copied` at second 2. */
  function lists(copied: string[], now: string[]) {
    const storage = memoryStorage();
    const field = (value: string[], s: number) => ({
      lines: { value, changedAt: at(s).toISOString() },
    });
    storage.setItem(copyKey, recordText(field(copied, 2)));
    storage.setItem(`rt:${key}`, recordText(field(now, 3)));
    return storage;
  }

  it('writes the copy’s lines the list lacks into its blank lines, and changes no line there', () => {
    // A line added on the phone, another on the laptop: loading a backup kept one list whole.
    const storage = lists(
      ['Phone away', 'Share my phone', '', ''],
      ['Phone away', 'Tell her first', '', ''],
    );
    const outcome = putBackCopy(storage, copyRef);
    expect(outcome).toEqual({ ok: true, putBack: 1, keptNow: 0, alreadyThere: 0 });
    const lines = storedFields(storage)['lines'];
    expect(lines && 'value' in lines && lines.value).toEqual([
      'Phone away',
      'Tell her first',
      'Share my phone',
      '',
    ]);
    // Just after both, so an edit made later on another device still wins.
    expect((lines?.changedAt ?? '') > at(3).toISOString()).toBe(true);
    expect((lines?.changedAt ?? '') < at(4).toISOString()).toBe(true);
  });

  it('keeps a line with no blank line for it in the copy, and says a place holds something else', () => {
    const full = lists(['One', 'Two'], ['One', 'Three']);
    expect(putBackCopy(full, copyRef)).toEqual({
      ok: true,
      putBack: 0,
      keptNow: 1,
      alreadyThere: 0,
    });
    expect(storedFields(full)['lines']).toMatchObject({ value: ['One', 'Three'] });
    const threeMissing = lists(['A', 'B', 'C'], ['D', '', '']);
    const twoMissing = lists(['A', 'B', 'C', 'E'], ['D', 'F', '', '']);
    expect(putBackCopy(threeMissing, copyRef)).toEqual({
      ok: true,
      putBack: 1,
      keptNow: 1,
      alreadyThere: 0,
    });
    expect(storedFields(threeMissing)['lines']).toMatchObject({ value: ['D', 'A', 'B'] });
    expect(putBackCopy(twoMissing, copyRef)).toEqual({
      ok: true,
      putBack: 1,
      keptNow: 1,
      alreadyThere: 0,
    });
    expect(storedFields(twoMissing)['lines']).toMatchObject({ value: ['D', 'F', 'A', 'B'] });
  });

  it('pressed again, finds every line there and says so, writing nothing', () => {
    const storage = lists(['One', 'Two', ''], ['One', 'Three', '']);
    putBackCopy(storage, copyRef);
    const after = storage.getItem(`rt:${key}`);
    const outcome = putBackCopy(storage, copyRef);
    expect(outcome).toEqual({ ok: true, putBack: 0, keptNow: 0, alreadyThere: 1 });
    expect(storage.getItem(`rt:${key}`)).toBe(after);
    expect(putBackMessage(outcome, 'My commitments', 'answers')).toBe(
      'Everything in this copy is already in My commitments. The copy stays here until you delete it.',
    );
  });

  it('takes a half-typed word for no line of the copy, and each line there for one at most', () => {
    const halfTyped = lists(['I will call her every night', 'I will not lie', ''], ['I', '', '']);
    expect(putBackCopy(halfTyped, copyRef)).toEqual({
      ok: true,
      putBack: 1,
      keptNow: 0,
      alreadyThere: 0,
    });
    expect(storedFields(halfTyped)['lines']).toMatchObject({
      value: ['I', 'I will call her every night', 'I will not lie'],
    });
    // "Call her" there now stands for one of the copy's two lines that go on from it.
    const once = lists(['Call her at noon', 'Call her at night', ''], ['Call her', '', '']);
    putBackCopy(once, copyRef);
    expect(storedFields(once)['lines']).toMatchObject({
      value: ['Call her', 'Call her at night', ''],
    });
  });

  it('does not bring back a line’s older wording beside the line edited since', () => {
    const storage = lists(
      ['Call her', 'Thank her ', ''],
      ['Call her every night', 'thank her', ''],
    );
    expect(putBackCopy(storage, copyRef)).toEqual({
      ok: true,
      putBack: 0,
      keptNow: 0,
      alreadyThere: 1,
    });
    expect(storedFields(storage)['lines']).toMatchObject({
      value: ['Call her every night', 'thank her', ''],
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

  it('offers nothing for raw text, an older format no page reads or a copy of only cleared boxes', () => {
    expect(answersInCopy('{oops')).toBeNull();
    expect(answersInCopy('{"version":1,"data":{"a":"x"}}')).toBeNull();
    expect(answersInCopy('{"version":1,"data":{"a":"x"}}', 'results:handbook')).toBeNull();
    const cleared: Fields = { a: { deleted: true, changedAt: at(1).toISOString() } };
    expect(answersInCopy(recordText(cleared))).toBeNull();
  });

  it('reads a worksheet’s or self-check’s copy in version 1’s form as its page would upgrade it', () => {
    // Such copies could only be downloaded as raw text.
    const sheet = '{"version":1,"savedAt":"2026-06-01T10:00:00.000Z","data":{"battles":"Not now"}}';
    expect(answersInCopy(sheet, 'worksheet:what-i-will-avoid')).toEqual({
      battles: { value: 'Not now', changedAt: '2026-06-01T10:00:00.000Z' },
    });
    const check =
      '{"version":1,"savedAt":"2026-06-01T10:00:00.000Z","data":{"answers":{"s1":"often"}}}';
    expect(Object.keys(answersInCopy(check, 'self-check:be-patient') ?? {})).toEqual(['s1']);
  });
});

describe('whatever is stored now', () => {
  const text = fc.string({ maxLength: 6 });
  const ids = fc.constantFrom('a', 'b', 'c', 'd');
  it('words there stay; every empty box the copy fills is filled from it; the counts say so', () => {
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
          const beforeValues: Record<string, string> = typeof before === 'string' ? {} : before;
          const outcome = putBackCopy(storage, copyRef);
          const after = shown(storage);
          const afterValues: Record<string, string> = typeof after === 'string' ? {} : after;
          let [putBack, keptNow, alreadyThere] = [0, 0, 0];
          for (const [id, value] of Object.entries(copied)) {
            const was = beforeValues[id];
            if (was === undefined) {
              putBack++;
              expect(afterValues[id]).toBe(value);
            } else {
              expect(afterValues[id]).toBe(was);
              if (was === value) alreadyThere++;
              else keptNow++;
            }
          }
          for (const [id, was] of Object.entries(beforeValues)) expect(afterValues[id]).toBe(was);
          expect(outcome).toEqual({ ok: true, putBack, keptNow, alreadyThere });
        },
      ),
    );
  });
});
