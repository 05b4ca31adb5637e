import { describe, expect, it } from 'vitest';
import { backupFileName, deleteEverything, exportBackup } from './backup';
import { checkBackup } from './backup-load';
import { memoryStorage } from './memory-storage';
import { unopenableRecord } from './saved-items';
import { now, onDevice, record } from '../../../test/fixtures/storage/device-items';

describe('exporting', () => {
  it('puts every handbook item, and nothing else, in one file that checks out', () => {
    const backup = exportBackup(onDevice(), now);
    expect(Object.keys(backup.items)).toEqual([
      'rt-recovery:worksheet:no-contact:2026-11-24T09:00:00.000Z',
      'rt-theme',
      'rt:self-check:be-patient',
    ]);
    expect(backup.items['rt:self-check:be-patient']).toBe(record(1));
    expect(checkBackup(JSON.stringify(backup), unopenableRecord)).toEqual({
      ok: true,
      backup,
      skipped: [],
    });
    expect(backupFileName(now)).toBe('rebuilding-trust-2026-11-25.json');
    // Half past eleven at night in New York is already the next day in UTC:
    // the file carries the reader's date (this machine may run on UTC).
    const newYorkEvening = Object.assign(new Date('2026-11-27T04:30:00Z'), {
      getFullYear: () => 2026,
      getMonth: () => 10,
      getDate: () => 26,
    });
    expect(backupFileName(newYorkEvening)).toBe('rebuilding-trust-2026-11-26.json');
  });

  it('gives an empty backup when storage is off', () => {
    expect(exportBackup(memoryStorage({}, 'disabled'), now).items).toEqual({});
    expect(exportBackup(null, now).items).toEqual({});
  });
});

describe('deleting everything', () => {
  it('removes every handbook item, recovery copies and theme included, and nothing else', () => {
    const storage = onDevice();
    expect(deleteEverything(storage)).toEqual({ ok: true, removed: 3 });
    expect([...storage.items.keys()]).toEqual(['someone-else']);
  });

  it('storage exactly full: still deletes everything', () => {
    const storage = memoryStorage({ 'rt:a': '1' }, 'full');
    expect(deleteEverything(storage)).toEqual({ ok: true, removed: 1 });
    expect(storage.items.size).toBe(0);
  });

  it('a browser that will not list what is stored: says it could not, never that all is deleted', () => {
    const storage = memoryStorage({ 'rt:worksheet:a': '1' });
    storage.key = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(deleteEverything(storage)).toEqual({ ok: false, removed: 0 });
    expect(storage.items.get('rt:worksheet:a')).toBe('1');
  });

  it('reports failure when storage refuses', () => {
    expect(deleteEverything(memoryStorage({ 'rt:a': '1' }, 'disabled'))).toEqual({
      ok: false,
      removed: 0,
    });
    expect(deleteEverything(null)).toEqual({ ok: false, removed: 0 });
  });
});
