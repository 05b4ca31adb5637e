import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import { deviceStorage, handbookKeys, hasRecoveryCopy, isRecordStored, setAside } from './storage';

const now = new Date('2026-11-25T10:00:00.000Z');

describe('setting aside a record that cannot be read', () => {
  it('copies it under a recovery key with the time, then removes the original', () => {
    const storage = memoryStorage({ 'rt:self-check:be-patient': 'garbage' });
    const key = setAside(storage, 'self-check:be-patient', 'garbage', now);
    expect(key).toBe('rt-recovery:self-check:be-patient:2026-11-25T10:00:00.000Z');
    expect([...storage.items]).toEqual([[key, 'garbage']]);
  });

  it('leaves the original in place when it cannot copy it (storage full)', () => {
    const storage = memoryStorage({ 'rt:self-check:be-patient': 'garbage' }, 'full');
    expect(setAside(storage, 'self-check:be-patient', 'garbage', now)).toBeNull();
    expect(storage.items.get('rt:self-check:be-patient')).toBe('garbage');
  });
});

describe('storage that does not work', () => {
  it('lists nothing, without throwing, when storage is off', () => {
    expect(handbookKeys(memoryStorage({ 'rt:a': '1' }, 'disabled'))).toEqual([]);
    expect(handbookKeys(null)).toEqual([]);
  });

  it('storage exactly full: every key is still listed (no test write decides)', () => {
    expect(handbookKeys(memoryStorage({ 'rt:a': '1' }, 'full'))).toEqual(['rt:a']);
  });

  it('gives null when even looking at localStorage throws', () => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(deviceStorage()).toBeNull();
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
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

describe('hasRecoveryCopy', () => {
  it('finds a copy of this record only, and says no when storage is off', () => {
    const storage = memoryStorage({
      'rt-recovery:worksheet:no-contact:2026-11-25T10:00:00.000Z': '{}',
      'rt-recovery:worksheet:full-disclosure:2026-11-25T10:00:00.000Z': '{}',
    });
    expect(hasRecoveryCopy(storage, 'worksheet:no-contact')).toBe(true);
    expect(hasRecoveryCopy(storage, 'worksheet:what-i-value')).toBe(false);
    expect(hasRecoveryCopy(storage, 'worksheet:no')).toBe(false);
    expect(hasRecoveryCopy(null, 'worksheet:no-contact')).toBe(false);
  });
});

describe('isRecordStored', () => {
  it('finds a record by its key without the prefix, an unreadable one too', () => {
    const storage = memoryStorage({ 'rt:worksheet:no-contact': '{not json' });
    expect(isRecordStored(storage, 'worksheet:no-contact')).toBe(true);
    expect(isRecordStored(storage, 'worksheet:my-commitments')).toBe(false);
  });

  it('finds nothing where storage is off or missing', () => {
    expect(isRecordStored(memoryStorage({ 'rt:a': '{}' }, 'disabled'), 'a')).toBe(false);
    expect(isRecordStored(null, 'a')).toBe(false);
  });
});
