import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup } from './backup';
import {
  MAX_BACKUP_BYTES,
  applyImport,
  checkBackup,
  checkBackupSize,
  checkedBackupStatus,
  importAction,
  isHandbookKey,
  itemsToLoad,
  jsonDepth,
  leftOutAfterReplan,
  leftOutAtFirst,
  loadedBackupStatus,
  planImport,
  summaryOrder,
  tickable,
} from './backup-load';
import { ANSWERS_FILE_KIND, BACKUP_FORMAT, type Backup } from './file-kinds';
import { memoryStorage } from './memory-storage';
import { deleteFieldRecord, noteDeleted } from './records';
import { parseRecoveryKey, unopenableRecord } from './saved-items';
import { damagedRecord, now, onDevice, record } from '../../../test/fixtures/storage/device-items';

const backupText = (items: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    items,
    ...extra,
  });

describe('checking a file before anything is written', () => {
  it.each([
    ['not JSON', 'hello', /not a backup from this handbook\. Choose a file you downloaded/],
    ['an array', '[]', /not a backup from this handbook\. Choose a file you downloaded/],
    [
      'another app’s JSON file',
      JSON.stringify({ format: 'other', version: 1, items: {} }),
      /not a backup from this handbook\. Choose a file you downloaded/,
    ],
    [
      'a newer version',
      backupText({}, { version: 2 }),
      /newer version of the handbook. Reload this page to get the newest version/,
    ],
    ['an older, unknown version', backupText({}, { version: 0 }), /unknown version/],
    ['no list of items', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), /missing/],
    [
      "one worksheet's answers file",
      JSON.stringify({ kind: ANSWERS_FILE_KIND, title: 'No contact' }),
      /one worksheet's answers, not a backup\. Load it on the “No contact” worksheet/,
    ],
  ])('refuses %s and says nothing was changed', (_name, text, problem) => {
    const result = checkBackup(text, unopenableRecord);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(problem);
    expect(result.problem).toMatch(/Nothing was changed/);
  });

  it('partial backup: loads every valid item and lists each one skipped, with why', () => {
    const result = checkBackup(
      backupText(
        {
          'rt:self-check:be-patient': record(1),
          'rt:self-check:x': { nested: true },
          'rt:worksheet:y': 5,
          'other-site': 'x',
          'rt:<img src=x>': 'x',
          'rt-theme': ' Dark ',
        },
        { script: 'ignored' },
      ),
      unopenableRecord,
    );
    expect(result).toEqual({
      ok: true,
      backup: expect.objectContaining({
        items: { 'rt:self-check:be-patient': record(1), 'rt-theme': 'dark' },
      }),
      skipped: [
        { key: 'rt:self-check:x', reason: expect.stringMatching(/not stored as text/) },
        { key: 'rt:worksheet:y', reason: expect.stringMatching(/not stored as text/) },
        { key: 'other-site', reason: 'is not something the handbook saves' },
        { key: 'rt:<img src=x>', reason: 'is not something the handbook saves' },
      ],
    });
  });

  it('a damaged record loads as a recovery copy, one from a newer version is skipped: neither replaces answers a page can open', () => {
    const current = JSON.stringify({
      version: 2,
      savedAt: now.toISOString(),
      fields: { draft: { value: 'Words I care about', changedAt: now.toISOString() } },
    });
    const newer = JSON.stringify({ version: 3, savedAt: now.toISOString(), fields: {} });
    const result = checkBackup(
      backupText({
        'rt:worksheet:no-contact': '{not json',
        'rt:worksheet:what-i-value': newer,
        'rt:worksheet:patience-plan': JSON.stringify({ version: 2, fields: { a: 'no time' } }),
        'rt:worksheet:my-commitments': current,
        'rt:self-check:be-patient': record(1),
        'rt-recovery:worksheet:no-contact:2026-11-24T09:00:00.000Z': '{broken',
      }),
      unopenableRecord,
    );
    expect(result).toMatchObject({
      ok: true,
      backup: {
        items: {
          'rt:worksheet:my-commitments': current,
          'rt:self-check:be-patient': record(1),
          // A recovery copy is a damaged record kept on purpose: it loads as it was.
          'rt-recovery:worksheet:no-contact:2026-11-24T09:00:00.000Z': '{broken',
          // A damaged record's words reach this device too, as a copy dated
          // when the file was made (loading it twice makes no second copy).
          [`rt-recovery:worksheet:no-contact:${now.toISOString()}`]: '{not json',
          [`rt-recovery:worksheet:patience-plan:${now.toISOString()}`]: JSON.stringify({
            version: 2,
            fields: { a: 'no time' },
          }),
        },
      },
      skipped: [
        { key: 'rt:worksheet:what-i-value', reason: expect.stringMatching(/newer version/) },
      ],
    });
    // Loading it leaves the reader's own no-contact sheet as it was.
    const device = memoryStorage({ 'rt:worksheet:no-contact': current });
    if (!result.ok) return;
    expect(applyImport(device, result.backup, now)).toEqual({
      ok: true,
      written: 5,
      keptAside: 0,
      copied: 0,
    });
    expect(device.getItem('rt:worksheet:no-contact')).toBe(current);
  });

  it('a theme it does not know is skipped, not the whole file', () => {
    const result = checkBackup(
      backupText({ 'rt-theme': '<b>x</b>', 'rt:worksheet:a': record(2) }),
      unopenableRecord,
    );
    expect(result).toMatchObject({
      ok: true,
      backup: { items: { 'rt:worksheet:a': record(2) } },
      skipped: [{ key: 'rt-theme', reason: expect.stringMatching(/theme/) }],
    });
  });

  it('skips an entry dated a day that does not exist, which no page could open', () => {
    const result = checkBackup(
      backupText({
        'rt:worksheet:daily-check-in:2026-02-31': record(0),
        'rt:worksheet:daily-check-in:2026-02-28': record(0),
        'rt:worksheet:telling-the-truth-daily:2026-W60': record(0),
      }),
      unopenableRecord,
    );
    expect(result).toMatchObject({
      ok: true,
      backup: { items: { 'rt:worksheet:daily-check-in:2026-02-28': record(0) } },
      skipped: [
        {
          key: 'rt:worksheet:daily-check-in:2026-02-31',
          reason: expect.stringMatching(/does not exist/),
        },
        {
          key: 'rt:worksheet:telling-the-truth-daily:2026-W60',
          reason: expect.stringMatching(/does not exist/),
        },
      ],
    });
  });

  it('says a cut-short backup is damaged, not that it is some other file', () => {
    const text = backupText({ 'rt:worksheet:no-contact': record(0) });
    const result = checkBackup(text.slice(0, -10), unopenableRecord);
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^This backup is damaged or incomplete.*Nothing was changed\.$/,
      ),
    });
  });

  it('says an empty file is empty, not that its backup-like name is wrong', () => {
    // A download stopped before its first byte leaves rebuilding-trust-….json with nothing in it.
    for (const text of ['', ' \n']) {
      expect(checkBackup(text, unopenableRecord)).toEqual({
        ok: false,
        problem: expect.stringMatching(/^This file is empty .*Nothing was changed\.$/),
      });
    }
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({
              format: fc.constant(BACKUP_FORMAT),
              version: fc.constant(1),
              items: fc.jsonValue(),
            })
            .map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = checkBackup(text, unopenableRecord);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('never loses a valid item, whatever odd items sit beside it', () => {
    const validKey = fc
      .tuple(
        fc.constantFrom(
          'rt:self-check:',
          'rt:worksheet:',
          'rt:progress:',
          'rt-recovery:worksheet:',
        ),
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      )
      .map(([prefix, slug]) => `${prefix}${slug}`);
    const oddItem = fc.tuple(
      fc.string({ maxLength: 30 }).filter((k) => !isHandbookKey(k)),
      // Shallow enough that the file is not refused whole for its nesting (MAX_BACKUP_DEPTH).
      fc.jsonValue({ maxDepth: 4 }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(validKey, fc.integer().map(record), { maxKeys: 10 }),
        fc.array(oddItem, { maxLength: 10 }),
        (valid, odd) => {
          const items: Record<string, unknown> = { ...valid };
          for (const [key, value] of odd) {
            if (key !== '__proto__') items[key] = value;
          }
          const result = checkBackup(backupText(items), unopenableRecord);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.backup.items).toEqual(valid);
          expect(result.skipped.length).toBe(Object.keys(items).length - Object.keys(valid).length);
        },
      ),
    );
  });

  it('refuses deeply nested data without parsing it', () => {
    const deep = `{"format":"${BACKUP_FORMAT}","items":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(jsonDepth(deep, 8)).toBe(9);
    expect(checkBackup(deep, unopenableRecord)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a backup from this handbook/),
    });
  });

  it('does not count brackets inside strings as nesting', () => {
    expect(jsonDepth('{"a":"[[[[[[[[[[\\"{{{{{{{"}')).toBe(1);
  });

  it('loads back the backup of a device full to a browser’s limit, years of daily entries', () => {
    // About 10 million characters: 4,000 daily entries of 2,500, in Chinese
    // (3 bytes a character once written out), more than any browser keeps.
    const items: Record<string, string> = {};
    const day = new Date('2020-01-01T00:00:00.000Z');
    for (let i = 0; i < 4000; i++) {
      const date = new Date(day.getTime() + i * 86_400_000).toISOString().slice(0, 10);
      items[`rt:worksheet:daily-check-in:${date}`] = JSON.stringify({
        version: 2,
        savedAt: now.toISOString(),
        fields: { when: { value: '心'.repeat(2500), changedAt: now.toISOString() } },
      });
    }
    const text = JSON.stringify(exportBackup(memoryStorage(items), now));
    expect(Buffer.byteLength(text)).toBeGreaterThan(29_000_000);
    expect(checkBackupSize(Buffer.byteLength(text))).toBeNull();
    const checked = checkBackup(text, unopenableRecord);
    expect(checked.ok && Object.keys(checked.backup.items)).toHaveLength(4000);
  });

  it('refuses a file over the size limit by its size alone', () => {
    expect(checkBackupSize(40_000_000)).toMatch(/too large/);
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    const big = backupText({ 'rt:self-check:x': 'a'.repeat(MAX_BACKUP_BYTES) });
    expect(checkBackup(big, unopenableRecord)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/too large/),
    });
  });

  it('accepts HTML and script inside values as plain text, unchanged', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const inRecord = JSON.stringify({
      version: 2,
      savedAt: now.toISOString(),
      fields: { draft: { value: hostile, changedAt: now.toISOString() } },
    });
    const result = checkBackup(
      backupText({ 'rt:worksheet:no-contact': inRecord, 'rt-recovery:worksheet:a:b': hostile }),
      unopenableRecord,
    );
    expect(result.ok && result.backup.items['rt:worksheet:no-contact']).toBe(inRecord);
    expect(result.ok && result.backup.items['rt-recovery:worksheet:a:b']).toBe(hostile);
  });

  it('knows which keys the handbook writes', () => {
    expect(isHandbookKey('rt:self-check:handbook')).toBe(true);
    expect(isHandbookKey('rt-recovery:self-check:be-patient:2026-11-25T10:00:00.000Z')).toBe(true);
    expect(isHandbookKey('rt-theme')).toBe(true);
    expect(isHandbookKey('rt:')).toBe(false);
    expect(isHandbookKey('rt:a\nb')).toBe(false);
    expect(isHandbookKey(`rt:${'a'.repeat(300)}`)).toBe(false);
  });
});

describe('loading a checked backup', () => {
  const incoming = (): Backup => {
    const result = checkBackup(
      backupText({
        'rt:self-check:be-patient': record(2),
        'rt:worksheet:no-contact': record(0),
        'rt-theme': 'dark',
      }),
      unopenableRecord,
    );
    if (!result.ok) throw new Error(result.problem);
    return result.backup;
  };
  /** A record as pages write it now: field id → [value, changedAt]. */
  const fieldRecord = (fields: Record<string, [string, string]>) =>
    JSON.stringify({
      version: 2,
      savedAt: '2026-11-01T00:00:00.000Z',
      fields: Object.fromEntries(
        Object.entries(fields).map(([id, [value, changedAt]]) => [id, { value, changedAt }]),
      ),
    });
  const backupOf = (items: Record<string, string>): Backup => {
    const result = checkBackup(backupText(items), unopenableRecord);
    if (!result.ok) throw new Error(result.problem);
    return result.backup;
  };
  const fieldsOf = (raw: string | null) =>
    (JSON.parse(raw ?? '{}') as { fields: Record<string, { value: string; changedAt: string }> })
      .fields;
  const week1 = '2026-11-01T09:00:00.000Z';
  const week2 = '2026-11-08T09:00:00.000Z';
  /** A sheet's answers saved in June in version 1's form, as a sheet not opened since the update keeps them. */
  const june = JSON.stringify({
    version: 1,
    savedAt: '2026-06-01T10:00:00.000Z',
    data: { battles: 'June words' },
  });
  /** The device, with its self-check record damaged: no merge can read it. */
  const damagedHere = () => {
    const storage = onDevice();
    storage.setItem('rt:self-check:be-patient', damagedRecord);
    return storage;
  };

  it('summarises what it would add, replace and leave alone', () => {
    const plan = planImport(damagedHere(), incoming());
    expect(plan).toMatchObject({
      adding: ['rt:worksheet:no-contact'],
      merging: [],
      // Damaged here, so it cannot merge: kept as a recovery copy.
      replacing: ['rt:self-check:be-patient'],
      keptAside: [],
      unchangedAs: { 'rt-theme': 'same' },
    });
    expect(importAction(plan, 'rt:worksheet:no-contact')).toBe('new');
    expect(importAction(plan, 'rt:self-check:be-patient')).toMatch(/kept as a recovery copy/);
    expect(importAction(plan, 'rt-theme')).toBe('already saved here, unchanged');
    expect(itemsToLoad(plan)).toBe(2);
    // What changes is named first, each of the file's keys once.
    expect(summaryOrder(plan)).toEqual([
      'rt:worksheet:no-contact',
      'rt:self-check:be-patient',
      'rt-theme',
    ]);
  });

  it('an old backup merges answer by answer: newer ones here stay, the file adds what is missing', () => {
    // Week 1's backup; in week 2 the reader rewrote the draft and filled a new field.
    const storage = memoryStorage({
      'rt:worksheet:no-contact': fieldRecord({
        'draft-message': ['Week 2 draft', week2],
        'if-they-contact': ['Tell my partner', week2],
      }),
      'rt:results:handbook': fieldRecord({ '2026-11-08': ['week 2 result', week2] }),
    });
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({
        'draft-message': ['Week 1 draft', week1],
        'how-to-send': ['Together', week1],
      }),
      'rt:results:handbook': fieldRecord({ '2026-11-01': ['week 1 result', week1] }),
      // Deleted here by mistake: the reason the file is loaded.
      'rt:worksheet:patience-plan': fieldRecord({ plan: ['Breathe', week1] }),
    });
    const plan = planImport(storage, file);
    expect(plan).toMatchObject({
      adding: ['rt:worksheet:patience-plan'],
      merging: ['rt:results:handbook', 'rt:worksheet:no-contact'],
      replacing: [],
    });
    expect(importAction(plan, 'rt:worksheet:no-contact')).toMatch(/newer of each answer/);
    expect(applyImport(storage, file, now)).toEqual({
      ok: true,
      written: 3,
      keptAside: 0,
      copied: 0,
    });
    expect(fieldsOf(storage.getItem('rt:worksheet:no-contact'))).toEqual({
      'draft-message': { value: 'Week 2 draft', changedAt: week2 },
      'if-they-contact': { value: 'Tell my partner', changedAt: week2 },
      'how-to-send': { value: 'Together', changedAt: week1 },
    });
    expect(Object.keys(fieldsOf(storage.getItem('rt:results:handbook'))).sort()).toEqual([
      '2026-11-01',
      '2026-11-08',
    ]);
    expect(storage.getItem('rt:worksheet:patience-plan')).toBe(
      fieldRecord({ plan: ['Breathe', week1] }),
    );
    // Nothing was set aside: nothing needed to be.
    expect([...storage.items.keys()].filter((k) => k.startsWith('rt-recovery:'))).toEqual([]);
  });

  it('a file with nothing newer offers nothing to load and writes nothing', () => {
    const here = fieldRecord({ 'draft-message': ['Week 2 draft', week2] });
    const storage = memoryStorage({ 'rt:worksheet:no-contact': here, 'rt-theme': 'light' });
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Week 1 draft', week1] }),
      'rt-theme': 'dark',
    });
    const plan = planImport(storage, file);
    expect(plan.unchangedAs).toEqual({
      'rt:worksheet:no-contact': 'nothing-newer',
      // The theme chosen on this device stays.
      'rt-theme': 'kept-here',
    });
    expect(itemsToLoad(plan)).toBe(0);
    expect(applyImport(storage, file, now)).toEqual({
      ok: true,
      written: 0,
      keptAside: 0,
      copied: 0,
    });
    expect(storage.getItem('rt:worksheet:no-contact')).toBe(here);
    expect(storage.getItem('rt-theme')).toBe('light');
  });

  it('says what it holds that was deleted here since, which stays deleted', () => {
    // A result kept in week 1 was deleted in week 2; the file is from week 1.
    const here = JSON.stringify({
      version: 2,
      savedAt: week2,
      fields: {
        '2026-11-01': { deleted: true, changedAt: week2 },
        '2026-11-08': { value: { scores: { one: 2 } }, changedAt: week2 },
      },
    });
    const sheetHere = JSON.stringify({
      version: 2,
      savedAt: week2,
      fields: {
        'draft-message': { deleted: true, changedAt: week2 },
        'how-to-send': { value: 'Together', changedAt: week1 },
      },
    });
    const storage = memoryStorage({
      'rt:results:handbook': here,
      'rt:worksheet:no-contact': sheetHere,
    });
    const file = backupOf({
      'rt:results:handbook': JSON.stringify({
        version: 2,
        savedAt: week1,
        fields: { '2026-11-01': { value: { scores: { one: 1 } }, changedAt: week1 } },
      }),
      'rt:worksheet:no-contact': fieldRecord({
        'draft-message': ['Week 1 draft', week1],
        'if-they-contact': ['Tell my partner', week1],
      }),
    });
    const plan = planImport(storage, file);
    expect(plan.deletedHere).toEqual({ 'rt:results:handbook': 1, 'rt:worksheet:no-contact': 1 });
    expect(importAction(plan, 'rt:results:handbook')).toBe(
      'unchanged: 1 result in it was deleted here since, and stays deleted',
    );
    expect(importAction(plan, 'rt:worksheet:no-contact')).toBe(
      'joins what is saved here: the newer of each answer is kept; 1 answer in it was deleted here since, and stays deleted',
    );
    expect(applyImport(storage, file, now)).toEqual({
      ok: true,
      written: 1,
      keptAside: 0,
      copied: 0,
    });
    expect(storage.getItem('rt:results:handbook')).toBe(here);
    expect(fieldsOf(storage.getItem('rt:worksheet:no-contact'))['draft-message']).toEqual({
      deleted: true,
      changedAt: week2,
    });
    // A chapter marked unread is a deletion in the reading record.
    const reading = (fields: Record<string, unknown>) =>
      JSON.stringify({ version: 2, savedAt: week2, fields });
    const readingHere = memoryStorage({
      'rt:reading': reading({
        'be-there': { deleted: true, changedAt: week2 },
        'be-patient': { deleted: true, changedAt: week2 },
      }),
    });
    const readingFile = backupOf({
      'rt:reading': reading({
        'be-there': { value: week1, changedAt: week1 },
        'be-patient': { value: week1, changedAt: week1 },
      }),
    });
    expect(importAction(planImport(readingHere, readingFile), 'rt:reading')).toBe(
      'unchanged: 2 chapters read in it were marked unread here since, and stay unread',
    );
    const onlyDeleted = backupOf({
      'rt:results:handbook': file.items['rt:results:handbook'] ?? '',
    });
    expect(checkedBackupStatus(onlyDeleted, planImport(storage, onlyDeleted), 0)).toBe(
      'Everything in this file is already saved on this device, as it is or newer, or was deleted here since. Nothing was changed.',
    );
  });

  it('leaves out what was deleted here after the file was made, unless the reader asks for it back', () => {
    const copyKey = 'rt-recovery:worksheet:no-contact:2026-11-02T09:00:00.000Z';
    const sheet = fieldRecord({ plan: ['Breathe', week1] });
    const storage = memoryStorage({ 'rt:worksheet:patience-plan': sheet, [copyKey]: '{"old":1}' });
    // The backup is made, then the sheet is cleared and the copy deleted.
    const file = backupOf({
      ...Object.fromEntries(storage.items),
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Draft', week1] }),
    });
    deleteFieldRecord(storage, 'worksheet:patience-plan');
    storage.removeItem(copyKey);
    noteDeleted(storage, copyKey);
    const plan = planImport(storage, file);
    expect(plan.adding).toEqual([copyKey, 'rt:worksheet:no-contact', 'rt:worksheet:patience-plan']);
    expect(plan.deletedAfter).toEqual([copyKey, 'rt:worksheet:patience-plan']);
    expect(importAction(plan, 'rt:worksheet:patience-plan')).toBe(
      'you deleted it after the file’s copy of it was saved, so it is left out unless you untick “Leave out”',
    );
    expect(importAction(plan, 'rt:worksheet:no-contact')).toBe('new');
    expect(checkedBackupStatus(file, plan, 0)).toMatch(/It holds 1 item to load/);
    // Loaded as the summary leaves it (ticked items out): the deleted stay deleted.
    const { [copyKey]: _copy, 'rt:worksheet:patience-plan': _sheet, ...chosen } = file.items;
    expect(applyImport(storage, { ...file, items: chosen }, now)).toMatchObject({ written: 1 });
    expect(storage.getItem('rt:worksheet:patience-plan')).toBeNull();
    expect(storage.getItem(copyKey)).toBeNull();
    // Unticked: it comes back as it was in the file.
    expect(applyImport(storage, file, now)).toMatchObject({ written: 2 });
    expect(storage.getItem('rt:worksheet:patience-plan')).toBe(sheet);
  });

  it('a damaged sheet in a file made before the sheet was deleted here stays out, as its copy', () => {
    const storage = memoryStorage();
    noteDeleted(storage, 'rt:worksheet:no-contact', week2);
    const checked = checkBackup(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: week1,
        items: { 'rt:worksheet:no-contact': '{"version":2,"fields":{"dra' },
      }),
      unopenableRecord,
    );
    if (!checked.ok) throw new Error(checked.problem);
    const copy = `rt-recovery:worksheet:no-contact:${week1}`;
    expect(Object.keys(checked.backup.items)).toEqual([copy]);
    expect(planImport(storage, checked.backup).deletedAfter).toEqual([copy]);
    // A copy of one dated entry is not the sheet's own copy.
    const entryCopy = `rt-recovery:worksheet:no-contact:2026-11-01:${week1}`;
    expect(
      planImport(storage, { ...checked.backup, items: { [entryCopy]: 'x' } }).deletedAfter,
    ).toEqual([]);
    // A file made after the deletion brings it as new.
    const later = memoryStorage();
    noteDeleted(later, 'rt:worksheet:no-contact', week1);
    const newer = {
      ...checked.backup,
      items: { [`rt-recovery:worksheet:no-contact:${week2}`]: 'x' },
    };
    expect(planImport(later, newer)).toMatchObject({
      adding: [expect.any(String)],
      deletedAfter: [],
    });
  });

  it('a damaged sheet in a file that does not say plainly when it was made: its copy is dated when loaded', () => {
    for (const exportedAt of [
      '',
      'yesterday',
      '+010000-01-01T00:00:00.000Z',
      '2026-13-45T99:99:99Z',
    ]) {
      const checked = checkBackup(
        JSON.stringify({
          format: BACKUP_FORMAT,
          version: 1,
          exportedAt,
          items: { 'rt:worksheet:no-contact': '{broken' },
        }),
        unopenableRecord,
      );
      if (!checked.ok) throw new Error(checked.problem);
      const [key = ''] = Object.keys(checked.backup.items);
      const { setAsideAt } = parseRecoveryKey(key);
      expect(Math.abs(Date.parse(setAsideAt ?? '') - Date.now()), exportedAt).toBeLessThan(60_000);
      expect(isHandbookKey(key)).toBe(true);
    }
  });

  it('a sheet deleted here and changed on another device since: left out whole, or back whole', () => {
    const storage = memoryStorage();
    noteDeleted(storage, 'rt:worksheet:no-contact', week2);
    const week3 = '2026-11-15T09:00:00.000Z';
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({
        'draft-message': ['Before the delete', week1],
        'how-to-send': ['Typed on the laptop after it', week3],
      }),
    });
    const plan = planImport(storage, file);
    expect(plan).toMatchObject({
      adding: ['rt:worksheet:no-contact'],
      deletedAfter: ['rt:worksheet:no-contact'],
      changedSinceDeleted: { 'rt:worksheet:no-contact': 1 },
    });
    expect(importAction(plan, 'rt:worksheet:no-contact')).toBe(
      'you deleted it after the file’s copy of it was saved, though 1 answer in it changed after that, so it is left out unless you untick “Leave out”',
    );
    // Half an entry is neither deleted nor back: unticked, it loads whole.
    applyImport(storage, file, now);
    expect(storage.getItem('rt:worksheet:no-contact')).toBe(file.items['rt:worksheet:no-contact']);
    // Every answer typed after the deletion: simply new.
    const later = memoryStorage();
    noteDeleted(later, 'rt:worksheet:no-contact', week1);
    const newer = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'how-to-send': ['After', week2] }),
    });
    expect(planImport(later, newer).deletedAfter).toEqual([]);
  });

  it('a sheet deleted and started again here: the file’s answers from before the delete stay out', () => {
    const week3 = '2026-11-15T09:00:00.000Z';
    const here = fieldRecord({ 'how-to-send': ['Started again', week3] });
    const storage = memoryStorage({ 'rt:worksheet:no-contact': here });
    noteDeleted(storage, 'rt:worksheet:no-contact', week2);
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({
        'draft-message': ['Before the delete', week1],
        'how-to-send': ['Old way', week1],
      }),
    });
    const plan = planImport(storage, file);
    expect(plan.unchangedAs).toEqual({ 'rt:worksheet:no-contact': 'nothing-newer' });
    expect(importAction(plan, 'rt:worksheet:no-contact')).toBe(
      'unchanged: 1 answer in it was deleted here since, and stays deleted',
    );
    applyImport(storage, file, now);
    expect(storage.getItem('rt:worksheet:no-contact')).toBe(here);
  });

  it('planned again, what was deleted since is left out, and the reader’s own ticks stand', () => {
    const sheet = (words: string) => fieldRecord({ plan: [words, week1] });
    const storage = memoryStorage({
      'rt:worksheet:patience-plan': sheet('Breathe'),
      'rt:worksheet:my-commitments': sheet('Mine'),
    });
    noteDeleted(storage, 'rt:worksheet:no-contact', week2);
    const file = backupOf({
      'rt:worksheet:patience-plan': sheet('Breathe'),
      'rt:worksheet:my-commitments': sheet('Mine'),
      'rt:worksheet:no-contact': sheet('Deleted on purpose, then wanted back'),
      'rt:worksheet:what-i-value': sheet('New here'),
    });
    const before = planImport(storage, file);
    expect(before.deletedAfter).toEqual(['rt:worksheet:no-contact']);
    // The reader unticks the deleted sheet (wanted back) and ticks the new one.
    const chosen = new Set(['rt:worksheet:what-i-value']);
    // Meanwhile, another tab (or this one, before Back) deletes a sheet the file also holds,
    // and saves the one ticked.
    deleteFieldRecord(storage, 'worksheet:patience-plan');
    storage.setItem('rt:worksheet:what-i-value', sheet('Typed here since'));
    const after = planImport(storage, file);
    expect([...leftOutAfterReplan(chosen, before, after)]).toEqual(['rt:worksheet:patience-plan']);
  });

  it('a sheet saved only by choice is left out, new or merging, and when it goes while the summary is open', () => {
    const fd = 'rt:worksheet:full-disclosure';
    const byChoice = (key: string) => key === fd;
    const storage = memoryStorage({ [fd]: fieldRecord({ untold: ['Typed again', week2] }) });
    const file = backupOf({
      [fd]: fieldRecord({ other: ['Before Don’t save', week1] }),
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Draft', week1] }),
    });
    const first = planImport(storage, file);
    expect(first.merging).toEqual([fd]);
    // Merging would bring back words from before "Don't save": ticked, as is a new copy.
    expect(tickable(first, byChoice)).toEqual(['rt:worksheet:no-contact', fd]);
    expect([...leftOutAtFirst(first, byChoice)]).toEqual([fd]);
    // The reader unticks it; then deletes it (no note for this sheet): ticked again.
    storage.removeItem(fd);
    const second = planImport(storage, file);
    expect(second.deletedAfter).toEqual([]);
    expect([...leftOutAfterReplan(new Set(), first, second, byChoice)]).toEqual([fd]);
    // New to the summary only if it could not be ticked before: from nothing here to new.
    const none = planImport(memoryStorage({ [fd]: file.items[fd] ?? '' }), file);
    expect(none.unchangedAs).toEqual({ [fd]: 'same' });
    expect([...leftOutAfterReplan(new Set(), none, second, byChoice)]).toEqual([fd]);
  });

  it('a deletion of one answer here stands over the whole record’s older deletion, and the later of the two wins', () => {
    const week3 = '2026-11-15T09:00:00.000Z';
    const storage = memoryStorage({
      'rt:worksheet:no-contact': JSON.stringify({
        version: 2,
        savedAt: week3,
        fields: {
          'how-to-send': { value: 'Started again', changedAt: week3 },
          'draft-message': { deleted: true, changedAt: week1 },
        },
      }),
    });
    // The whole record was deleted in week 2, after that older deletion.
    noteDeleted(storage, 'rt:worksheet:no-contact', week2);
    const between = '2026-11-05T09:00:00.000Z';
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Typed before week 2', between] }),
    });
    const plan = planImport(storage, file);
    expect(plan.unchangedAs).toEqual({ 'rt:worksheet:no-contact': 'nothing-newer' });
  });

  it('after a load where everything was left out, says so rather than “nothing newer”', () => {
    const result = { ok: true as const, written: 0, keptAside: 0, copied: 0 };
    expect(loadedBackupStatus(result, 0, 1).text).toBe(
      'Nothing was loaded: what was ticked “Leave out”, or deleted meanwhile, stayed out.',
    );
    expect(loadedBackupStatus(result, 0).text).toMatch(/^Nothing in the file was newer/);
  });

  it('a file whose every item was deleted here since says so, and loads nothing unasked', () => {
    const storage = memoryStorage();
    noteDeleted(storage, 'rt:worksheet:no-contact', week2);
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Draft', week1] }),
    });
    const plan = planImport(storage, file);
    expect(checkedBackupStatus(file, plan, 0)).toBe(
      'Nothing is set to load: what is ticked “Leave out” stays out unless you untick it. Nothing was changed.',
    );
    // Unticked, the status says it will load.
    expect(checkedBackupStatus(file, plan, 0, new Set())).toMatch(/It holds 1 item to load/);
  });

  it('a record that cannot merge is kept as a recovery copy, here or from the file', () => {
    const current = fieldRecord({ 'draft-message': ['Now', week2] });
    const storage = memoryStorage({
      'rt:self-check:be-patient': damagedRecord,
      'rt:worksheet:no-contact': current,
    });
    const file = backupOf({
      'rt:self-check:be-patient': fieldRecord({ 'listen-first': ['often', week1] }),
      'rt:worksheet:no-contact': record(5),
    });
    expect(planImport(storage, file)).toMatchObject({
      replacing: ['rt:self-check:be-patient'],
      keptAside: ['rt:worksheet:no-contact'],
    });
    expect(applyImport(storage, file, now)).toEqual({
      ok: true,
      written: 1,
      keptAside: 1,
      copied: 0,
    });
    const stamp = now.toISOString();
    expect(storage.getItem(`rt-recovery:self-check:be-patient:${stamp}`)).toBe(damagedRecord);
    expect(storage.getItem('rt:self-check:be-patient')).toBe(
      fieldRecord({ 'listen-first': ['often', week1] }),
    );
    expect(storage.getItem(`rt-recovery:worksheet:no-contact:${stamp}`)).toBe(record(5));
    expect(storage.getItem('rt:worksheet:no-contact')).toBe(current);
  });

  it('keeps what is saved here as a recovery copy before the file’s newer answers replace some of it', () => {
    // A paragraph added here on 5 November; the phone's file fixed a typo on the 6th.
    const here = fieldRecord({
      arguments: ['I will not start. I will stop when asked.', '2026-11-05T09:00:00.000Z'],
      other: ['Stays', week1],
    });
    const storage = memoryStorage({ 'rt:worksheet:what-i-will-avoid': here });
    const file = backupOf({
      'rt:worksheet:what-i-will-avoid': fieldRecord({
        arguments: ['I won’t start.', '2026-11-06T09:00:00.000Z'],
      }),
    });
    const plan = planImport(storage, file);
    expect(plan.copiedFirst).toEqual(['rt:worksheet:what-i-will-avoid']);
    expect(importAction(plan, 'rt:worksheet:what-i-will-avoid')).toMatch(
      /newer of each answer is kept, and what is saved here now is first kept as a recovery copy/,
    );
    const result = applyImport(storage, file, now);
    expect(result).toEqual({ ok: true, written: 1, keptAside: 0, copied: 1 });
    expect(storage.getItem(`rt-recovery:worksheet:what-i-will-avoid:${now.toISOString()}`)).toBe(
      here,
    );
    expect(fieldsOf(storage.getItem('rt:worksheet:what-i-will-avoid'))['arguments']?.value).toBe(
      'I won’t start.',
    );
    expect(loadedBackupStatus(result, 0).text).toMatch(
      /One item saved here was changed by the file, so it is also kept as it was, as a recovery copy/,
    );
  });

  it('copies nothing aside for the same words with a later time (a chapter read on both devices)', () => {
    const storage = memoryStorage({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Mine', week1] }),
    });
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Mine', week2] }),
    });
    expect(planImport(storage, file)).toMatchObject({
      merging: ['rt:worksheet:no-contact'],
      copiedFirst: [],
    });
  });

  it('puts everything back, the copies too, when storage fills up part-way through a merge', () => {
    const here = fieldRecord({ 'draft-message': ['Mine', week1] });
    const storage = memoryStorage({ 'rt:worksheet:no-contact': here });
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Theirs', week2] }),
    });
    const realSet = storage.setItem;
    let writes = 0;
    storage.setItem = (key, value) => {
      if (++writes === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      realSet(key, value);
    };
    expect(applyImport(storage, file, now)).toEqual({ ok: false, reason: 'full' });
    expect(Object.fromEntries(storage.items)).toEqual({ 'rt:worksheet:no-contact': here });
  });

  it('leaves a version 1 record here untouched when the file holds nothing newer', () => {
    const storage = memoryStorage({ 'rt:worksheet:what-i-will-avoid': june });
    const file = backupOf({
      'rt:worksheet:what-i-will-avoid': fieldRecord({
        battles: ['May words', '2026-05-01T10:00:00.000Z'],
      }),
    });
    expect(planImport(storage, file).unchangedAs).toEqual({
      'rt:worksheet:what-i-will-avoid': 'nothing-newer',
    });
    applyImport(storage, file, now);
    expect(Object.fromEntries(storage.items)).toEqual({ 'rt:worksheet:what-i-will-avoid': june });
  });

  it('copies nothing aside when the file only adds answers', () => {
    const storage = memoryStorage({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Mine', week1] }),
    });
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({
        'draft-message': ['Mine', week1],
        'how-shared': ['Together', week2],
      }),
    });
    expect(planImport(storage, file).copiedFirst).toEqual([]);
    expect(applyImport(storage, file, now)).toEqual({
      ok: true,
      written: 1,
      keptAside: 0,
      copied: 0,
    });
  });

  it('merges with answers saved here in version 1’s form, newer ones winning, and keeps them as they were', () => {
    // June's answers here, in the form a sheet not opened since the update keeps; May's in the file.
    const storage = memoryStorage({ 'rt:worksheet:what-i-will-avoid': june });
    const file = backupOf({
      'rt:worksheet:what-i-will-avoid': fieldRecord({
        battles: ['May words', '2026-05-01T10:00:00.000Z'],
        people: ['From May', '2026-05-01T10:00:00.000Z'],
      }),
    });
    const plan = planImport(storage, file);
    expect(plan).toMatchObject({ merging: ['rt:worksheet:what-i-will-avoid'], replacing: [] });
    applyImport(storage, file, now);
    const fields = fieldsOf(storage.getItem('rt:worksheet:what-i-will-avoid'));
    expect([fields['battles']?.value, fields['people']?.value]).toEqual(['June words', 'From May']);
    expect(storage.getItem(`rt-recovery:worksheet:what-i-will-avoid:${now.toISOString()}`)).toBe(
      june,
    );
  });

  it('does not say everything is saved here when some of the file was skipped', () => {
    const storage = memoryStorage({ 'rt-theme': 'dark' });
    const file = backupOf({ 'rt-theme': 'dark' });
    expect(checkedBackupStatus(file, planImport(storage, file), 1)).toBe(
      'Everything in this file that can be loaded is already saved on this device, as it is or newer. The items listed as skipped cannot be loaded. Nothing was changed.',
    );
  });

  it('a record saved here by a newer version stays; the file’s copy goes beside it', () => {
    const newer = JSON.stringify({ version: 3, savedAt: week2, fields: {} });
    const storage = memoryStorage({ 'rt:worksheet:no-contact': newer });
    const file = backupOf({
      'rt:worksheet:no-contact': fieldRecord({ 'draft-message': ['Week 1', week1] }),
    });
    expect(planImport(storage, file).keptAside).toEqual(['rt:worksheet:no-contact']);
    expect(applyImport(storage, file, now)).toEqual({
      ok: true,
      written: 0,
      keptAside: 1,
      copied: 0,
    });
    expect(storage.getItem('rt:worksheet:no-contact')).toBe(newer);
    expect(storage.getItem(`rt-recovery:worksheet:no-contact:${now.toISOString()}`)).toBe(
      fieldRecord({ 'draft-message': ['Week 1', week1] }),
    );
  });

  it('removes a record it replaces before writing, so a tab with it open takes the file as it is', () => {
    const storage = damagedHere();
    const calls: string[] = [];
    const [realSet, realRemove] = [storage.setItem, storage.removeItem];
    storage.setItem = (key, value) => {
      calls.push(`set ${key}`);
      realSet(key, value);
    };
    storage.removeItem = (key) => {
      calls.push(`remove ${key}`);
      realRemove(key);
    };
    expect(applyImport(storage, incoming(), now)).toEqual({
      ok: true,
      written: 2,
      keptAside: 0,
      copied: 0,
    });
    expect(calls).toEqual([
      `set rt-recovery:self-check:be-patient:${now.toISOString()}`,
      'remove rt:self-check:be-patient',
      'set rt:self-check:be-patient',
      'set rt:worksheet:no-contact',
    ]);
  });

  it('puts everything back as it was when storage fills up part-way', () => {
    const storage = damagedHere();
    const before = new Map(storage.items);
    const realSet = storage.setItem;
    let writes = 0;
    storage.setItem = (key, value) => {
      if (++writes === 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      realSet(key, value);
    };
    expect(applyImport(storage, incoming(), now)).toEqual({ ok: false, reason: 'full' });
    expect(storage.items).toEqual(before);
  });

  it('reports storage that is off', () => {
    expect(applyImport(null, incoming(), now)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('loses no answer, whichever copy is newer, field by field', () => {
    const time = fc
      .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) })
      .map((ms) => new Date(ms).toISOString());
    const fields = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.tuple(fc.string({ maxLength: 5 }), time),
    );
    fc.assert(
      fc.property(fields, fields, (here, there) => {
        const storage = memoryStorage(
          Object.keys(here).length ? { 'rt:worksheet:a': fieldRecord(here) } : {},
        );
        const file = backupOf(
          Object.keys(there).length ? { 'rt:worksheet:a': fieldRecord(there) } : {},
        );
        applyImport(storage, file, now);
        const after = fieldsOf(storage.getItem('rt:worksheet:a') ?? '{"fields":{}}');
        for (const [id, [, changedAt]] of [...Object.entries(here), ...Object.entries(there)]) {
          // Each answer is still there, or a later change of it is.
          expect((after[id]?.changedAt ?? '') >= changedAt).toBe(true);
        }
      }),
    );
  });
});

describe('what Your data says about a file (the status under its heading)', () => {
  const file = (items: Record<string, string>): Backup => {
    const result = checkBackup(backupText(items), unopenableRecord);
    if (!result.ok) throw new Error(result.problem);
    return result.backup;
  };

  it('once checked: how many items would load, and that nothing loads until the reader says so', () => {
    const backup = file({ 'rt:worksheet:no-contact': record(0), 'rt-theme': 'dark' });
    const plan = planImport(memoryStorage({}), backup);
    expect(checkedBackupStatus(backup, plan, 0)).toBe(
      'The file checks out. It holds 2 items to load, and nothing saved here will be lost. Nothing is loaded until you choose to.',
    );
    expect(checkedBackupStatus(backup, plan, 1)).toMatch(
      /^The file checks out, apart from the items listed as skipped\. It holds 2 items/,
    );
  });

  it('once checked: says when the file has nothing to load, or nothing newer', () => {
    const empty = file({});
    expect(checkedBackupStatus(empty, planImport(memoryStorage({}), empty), 3)).toBe(
      'Nothing in this file can be loaded. Nothing was changed.',
    );
    const theme = file({ 'rt-theme': 'dark' });
    const here = memoryStorage({ 'rt-theme': 'light' });
    expect(checkedBackupStatus(theme, planImport(here, theme), 0)).toMatch(
      /^Everything in this file is already saved on this device/,
    );
  });

  it('once loaded: how many items, and how many skipped were left out', () => {
    expect(loadedBackupStatus({ ok: true, written: 1, keptAside: 0, copied: 0 }, 0)).toEqual({
      problem: false,
      text: 'Loaded 1 item from the file.',
    });
    expect(loadedBackupStatus({ ok: true, written: 3, keptAside: 0, copied: 0 }, 2).text).toBe(
      'Loaded 3 items from the file. 2 skipped items were not loaded.',
    );
    expect(loadedBackupStatus({ ok: true, written: 0, keptAside: 0, copied: 0 }, 0).text).toMatch(
      /so nothing changed\.$/,
    );
  });

  it('a file’s item kept as a recovery copy is not counted as loaded, and is said apart', () => {
    expect(loadedBackupStatus({ ok: true, written: 1, keptAside: 1, copied: 0 }, 0).text).toBe(
      'Loaded 1 item from the file. One item could not be merged with what is saved here, so the file’s copy of it is kept as a recovery copy: see “Recovery copies”.',
    );
    expect(loadedBackupStatus({ ok: true, written: 0, keptAside: 2, copied: 0 }, 1).text).toBe(
      '2 items could not be merged with what is saved here, so the file’s copies of them are kept as recovery copies: see “Recovery copies”. 1 skipped item was not loaded.',
    );
  });

  it('a refused load is a problem that says nothing was loaded and why', () => {
    expect(loadedBackupStatus({ ok: false, reason: 'full' }, 0)).toEqual({
      problem: true,
      text: expect.stringMatching(
        /storage is full, so nothing was loaded\. What was saved before is unchanged/,
      ),
    });
    expect(loadedBackupStatus({ ok: false, reason: 'unavailable' }, 0).text).toMatch(
      /not letting the handbook save anything, so nothing was loaded/,
    );
  });
});
