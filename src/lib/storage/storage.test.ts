import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import {
  handbookKeys,
  loadRecord,
  removeRecord,
  saveRecord,
  storageNotice,
  type RecordSpec,
} from './storage';

const spec: RecordSpec<{ answers: Record<string, number> }> = {
  key: 'self-check:be-patient',
  version: 2,
  schema: z.object({ answers: z.record(z.number().int().min(0).max(3)) }),
};
const now = new Date('2026-11-25T10:00:00.000Z');

describe('saving and loading a record', () => {
  it('gives back what was saved, with when it was saved', () => {
    const storage = memoryStorage();
    expect(saveRecord(storage, spec, { answers: { a: 1 } }, now)).toEqual({
      ok: true,
      savedAt: now.toISOString(),
    });
    expect(loadRecord(storage, spec)).toEqual({
      status: 'loaded',
      data: { answers: { a: 1 } },
      savedAt: now.toISOString(),
    });
  });

  it('says empty when nothing was saved', () => {
    expect(loadRecord(memoryStorage(), spec)).toEqual({ status: 'empty' });
  });

  it.each([
    ['corrupt', '{"version":2,"data":', /damaged/],
    ['not an object', '42', /damaged/],
    [
      'from an older version',
      '{"version":1,"savedAt":"x","data":{"answers":{}}}',
      /different version/,
    ],
    [
      'failing its schema',
      '{"version":2,"savedAt":"x","data":{"answers":{"a":9}}}',
      /did not match/,
    ],
  ])('sets a %s record aside under a recovery key, keeping its text', (_name, raw, reason) => {
    const storage = memoryStorage({ 'rt:self-check:be-patient': raw });
    const result = loadRecord(storage, spec, now);
    expect(result.status).toBe('set-aside');
    if (result.status !== 'set-aside') return;
    expect(result.reason).toMatch(reason);
    expect(result.recoveryKey).toBe('rt-recovery:self-check:be-patient:2026-11-25T10:00:00.000Z');
    expect(storage.items.get(result.recoveryKey ?? '')).toBe(raw);
    expect(storage.items.has('rt:self-check:be-patient')).toBe(false);
    expect(storageNotice(result)).toMatch(/kept a copy/);
  });

  it('leaves an unreadable record in place when it cannot copy it', () => {
    const storage = memoryStorage({ 'rt:self-check:be-patient': 'garbage' }, 'full');
    const result = loadRecord(storage, spec, now);
    expect(result).toMatchObject({ status: 'set-aside', recoveryKey: null });
    expect(storage.items.get('rt:self-check:be-patient')).toBe('garbage');
  });
});

describe('when storage is not available', () => {
  it('reports it on load and save without throwing', () => {
    const storage = memoryStorage({}, 'disabled');
    expect(loadRecord(storage, spec)).toEqual({ status: 'unavailable' });
    expect(loadRecord(null, spec)).toEqual({ status: 'unavailable' });
    const saved = saveRecord(storage, spec, { answers: {} });
    expect(saved).toEqual({ ok: false, reason: 'unavailable' });
    expect(storageNotice(saved)).toMatch(/lost when you leave/);
    expect(removeRecord(storage, spec.key)).toBe(false);
    expect(handbookKeys(storage)).toEqual([]);
  });

  it('reports a full quota and keeps what was there', () => {
    const storage = memoryStorage({ 'rt:self-check:be-patient': 'old' }, 'full');
    const saved = saveRecord(storage, spec, { answers: {} });
    expect(saved).toEqual({ ok: false, reason: 'full' });
    expect(storageNotice(saved)).toMatch(/full/);
    expect(storage.items.get('rt:self-check:be-patient')).toBe('old');
  });
});

describe('handbookKeys', () => {
  it('lists only what the handbook wrote', () => {
    const storage = memoryStorage({
      'rt:b': '1',
      'rt-theme': 'dark',
      other: 'x',
      'rt-recovery:a:t': 'y',
    });
    expect(handbookKeys(storage)).toEqual(['rt-recovery:a:t', 'rt-theme', 'rt:b']);
  });
});

describe('a hand-written schema instead of zod', () => {
  it('is used the same way, and a record it refuses is set aside', () => {
    const plain: RecordSpec<{ n: number }> = {
      key: 'worksheet:plain',
      version: 1,
      schema: {
        safeParse: (data) =>
          typeof data === 'object' &&
          data !== null &&
          typeof (data as { n?: unknown }).n === 'number'
            ? { success: true, data: { n: (data as { n: number }).n } }
            : { success: false },
      },
    };
    const storage = memoryStorage();
    saveRecord(storage, plain, { n: 3 }, now);
    expect(loadRecord(storage, plain, now)).toMatchObject({ status: 'loaded', data: { n: 3 } });
    storage.items.set('rt:worksheet:plain', '{"version":1,"savedAt":"x","data":{"n":"3"}}');
    expect(loadRecord(storage, plain, now)).toMatchObject({ status: 'set-aside' });
  });
});
