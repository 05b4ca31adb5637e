import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  editsBetween,
  liveFields,
  mergeFields,
  parseFields,
  readableFields,
  type FieldEntry,
  type Fields,
} from './field-record';

const t = (ms: number) => new Date(Date.UTC(2026, 10, 25, 10) + ms).toISOString();

describe('merging two copies of a record', () => {
  it('keeps each field’s later change, from either copy', () => {
    const a: Fields = {
      x: { value: 'a-old', changedAt: t(1) },
      y: { value: 'a', changedAt: t(5) },
    };
    const b: Fields = {
      x: { value: 'b-new', changedAt: t(2) },
      z: { value: 'b', changedAt: t(3) },
    };
    expect(liveFields(mergeFields(a, b))).toEqual({
      x: { value: 'b-new', changedAt: t(2) },
      y: { value: 'a', changedAt: t(5) },
      z: { value: 'b', changedAt: t(3) },
    });
  });

  it('lets a delete win over an older value, and a newer value win over a delete', () => {
    const deleted: Fields = { x: { deleted: true, changedAt: t(5) } };
    expect(liveFields(mergeFields(deleted, { x: { value: 'old', changedAt: t(4) } }))).toEqual({});
    expect(liveFields(mergeFields(deleted, { x: { value: 'new', changedAt: t(6) } }))).toEqual({
      x: { value: 'new', changedAt: t(6) },
    });
  });

  it('does not treat a field named after an Object.prototype member as special', () => {
    const merged = mergeFields({ constructor: { value: 'mine', changedAt: t(1) } }, {});
    expect(liveFields(merged)).toEqual({ constructor: { value: 'mine', changedAt: t(1) } });
  });
});

describe('applying a reader’s edits', () => {
  it('changes only the edited fields and stamps them with the time', () => {
    const stored: Fields = { keep: { value: 'other tab', changedAt: t(1) } };
    const fields = applyEdits(stored, { mine: { value: 'typed' } }, new Date(t(10)));
    expect(fields).toEqual({
      keep: { value: 'other tab', changedAt: t(1) },
      mine: { value: 'typed', changedAt: t(10) },
    });
  });

  it('counts an edit made now as newer even when the stored time is ahead (same millisecond, skewed clock)', () => {
    const stored: Fields = { x: { value: 'first', changedAt: t(10) } };
    const fields = applyEdits(stored, { x: { value: 'second' } }, new Date(t(10)));
    expect(fields['x']).toEqual({ value: 'second', changedAt: t(11) });
  });

  it('keeps the stored time when an edit changes nothing (a box left without typing)', () => {
    const stored: Fields = {
      x: { value: ['a', 'b'], changedAt: t(1) },
      gone: { deleted: true, changedAt: t(2) },
    };
    const fields = applyEdits(
      stored,
      { x: { value: ['a', 'b'] }, gone: { deleted: true } },
      new Date(t(10)),
    );
    expect(fields).toEqual(stored);
    // So a newer answer from elsewhere (a backup typed later) still wins.
    const fromBackup: Fields = { x: { value: 'typed later', changedAt: t(5) } };
    expect(liveFields(mergeFields(fields, fromBackup))['x']?.value).toBe('typed later');
    // A real change is still stamped now.
    expect(applyEdits(stored, { x: { value: ['a'] } }, new Date(t(10)))['x']?.changedAt).toBe(
      t(10),
    );
  });

  it('leaves a tombstone for a deleted field', () => {
    const fields = applyEdits(
      { x: { value: 'a', changedAt: t(1) } },
      { x: { deleted: true } },
      new Date(t(2)),
    );
    expect(fields).toEqual({ x: { deleted: true, changedAt: t(2) } });
  });

  it('finds only the fields that changed', () => {
    expect(
      editsBetween({ a: 'same', b: 'old', c: 'gone' }, { a: 'same', b: 'new', d: ['x'] }),
    ).toEqual({
      b: { value: 'new' },
      c: { deleted: true },
      d: { value: ['x'] },
    });
  });
});

describe('reading stored fields', () => {
  it('accepts values and tombstones', () => {
    const fields = {
      a: { value: ['x', 'y'], changedAt: t(1) },
      b: { deleted: true, changedAt: t(2) },
    };
    expect(parseFields(fields)).toEqual(fields);
  });

  it.each([
    ['not an object', 'text'],
    ['a deleted flag that is not true', { a: { deleted: 'yes', changedAt: t(1) } }],
    ['an entry with something extra', { a: { value: 'x', changedAt: t(1), html: '<b>' } }],
    ['a value and a delete at once', { a: { value: 'x', deleted: true, changedAt: t(1) } }],
    ['a delete whose time cannot be read', { a: { deleted: true, changedAt: 'yesterday' } }],
    [
      'data nested absurdly deep',
      { a: { value: JSON.parse('['.repeat(20) + ']'.repeat(20)), changedAt: t(1) } },
    ],
    [
      'a field id that could reach the prototype',
      JSON.parse(`{"__proto__":{"value":"x","changedAt":"${t(1)}"}}`),
    ],
  ])('refuses %s', (_name, data) => {
    expect(parseFields(data)).toBeNull();
  });

  it.each([
    ['without a time', { value: 'x' }],
    ['with a time that is not a time', { value: 'x', changedAt: 'yesterday' }],
    ['with a date that does not exist', { value: 'x', changedAt: '2026-02-31T10:00:00.000Z' }],
  ])(
    'readableFields keeps the words of an answer %s, as the oldest change, and counts it',
    (_n, a) => {
      expect(readableFields({ a })).toEqual({
        fields: { a: { value: 'x', changedAt: '1970-01-01T00:00:00.000Z' } },
        damaged: 1,
      });
      // Not as written: the strict reading refuses it, so a copy is kept before any write.
      expect(parseFields({ a })).toBeNull();
    },
  );

  it('readableFields keeps the entries it can read and counts the rest', () => {
    const good = { value: 'kept', changedAt: '2026-11-25T10:00:00.000Z' };
    expect(readableFields({ a: good, b: { changedAt: 'soon' }, 'bad id!': good })).toEqual({
      fields: { a: good },
      damaged: 2,
    });
    expect(readableFields([good])).toBeNull();
  });
});

/** Property: merging is a join — any order, any grouping, any repeats give the same record. */
describe('merge properties', () => {
  const entry: fc.Arbitrary<FieldEntry> = fc.oneof(
    fc.record({
      value: fc.string({ maxLength: 4 }),
      changedAt: fc.integer({ min: 0, max: 20 }).map(t),
    }),
    fc.record({
      deleted: fc.constant(true as const),
      changedAt: fc.integer({ min: 0, max: 20 }).map(t),
    }),
  );
  const fields = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'constructor'), entry, {
    maxKeys: 4,
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(fields, fields, fields, (a, b, c) => {
        expect(mergeFields(a, b)).toEqual(mergeFields(b, a));
        expect(mergeFields(mergeFields(a, b), c)).toEqual(mergeFields(a, mergeFields(b, c)));
        expect(mergeFields(a, a)).toEqual(a);
      }),
    );
  });

  it('whatever order edits arrive in, every field ends with its latest edit, and a delete beats older values', () => {
    // Each edit has a distinct time; they arrive at the store in any order.
    const edits = fc
      .uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
      .chain((times) =>
        fc.tuple(
          fc.constant(times),
          fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 3 })), {
            minLength: times.length,
            maxLength: times.length,
          }),
          fc.array(fc.constantFrom('a', 'b', 'c'), {
            minLength: times.length,
            maxLength: times.length,
          }),
          fc.array(fc.nat(), { minLength: times.length, maxLength: times.length }),
        ),
      );
    fc.assert(
      fc.property(edits, ([times, values, ids, order]) => {
        const list = times.map((time, i) => ({
          time,
          value: values[i],
          id: ids[i] ?? 'a',
          key: order[i] ?? 0,
        }));
        let store: Fields = {};
        for (const e of [...list].sort((x, y) => x.key - y.key)) {
          const one: FieldEntry =
            e.value === null || e.value === undefined
              ? { deleted: true, changedAt: t(e.time) }
              : { value: e.value, changedAt: t(e.time) };
          store = mergeFields(store, { [e.id]: one });
        }
        for (const id of ['a', 'b', 'c']) {
          const last = list
            .filter((e) => e.id === id)
            .sort((x, y) => x.time - y.time)
            .at(-1);
          const live = liveFields(store)[id];
          if (!last || last.value === null) expect(live).toBeUndefined();
          else expect(live?.value).toBe(last.value);
        }
      }),
    );
  });
});
