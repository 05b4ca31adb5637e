import { describe, expect, it } from 'vitest';
import { answersFileText } from './transfer';
import {
  answersLoadOutcome,
  checkAnswersFileSize,
  readChosenAnswersFile,
  describeAnswersLoad,
  keepCopyBeforeLoad,
  MAX_ANSWERS_FILE_BYTES,
  needsConfirmation,
  planAnswersLoad,
  readAnswersFile,
} from './transfer-load';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES } from '../storage/file-kinds';
import { FIELD_RECORD_VERSION } from '../storage/records';
import { memoryStorage } from '../storage/memory-storage';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const answers = { name: 'Sam', items: ['a', 'b', ''], ticks: ['b'] };
const good = answersFileText('test', sheet, answers, new Date('2026-11-25T10:00:00Z'));

/** A whole backup holding `items` (storage key → record's fields). */
const backupOf = (items: Record<string, unknown>) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    items: Object.fromEntries(
      Object.entries(items).map(([key, fields]) => [
        key,
        typeof fields === 'string'
          ? fields
          : JSON.stringify({ version: FIELD_RECORD_VERSION, savedAt: at, fields }),
      ]),
    ),
  });
const at = '2026-11-20T09:00:00.000Z';

describe('answers files', () => {
  it('loads back what was downloaded', () => {
    expect(readAnswersFile(good, 'test', sheet)).toEqual({
      ok: true,
      answers,
      skipped: [],
      notes: [],
    });
  });

  it('refuses a file for another worksheet, naming it', () => {
    const result = readAnswersFile(good, 'other', { ...sheet, title: 'Other sheet' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /answers for “Test sheet”, not for “Other sheet”.*not been changed/,
      ),
    });
  });

  it('refuses files that are not answers files', () => {
    for (const text of ['hello', '[]', 'null', '{"answers":{}}', '<html></html>']) {
      const result = readAnswersFile(text, 'test', sheet);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not a worksheet answers file/);
    }
  });

  it('says a cut-short answers file is damaged, not that it is some other file', () => {
    const result = readAnswersFile(good.slice(0, good.length - 20), 'test', sheet);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^That answers file is damaged or incomplete.*not been changed\.$/,
      ),
    });
  });

  it('says an empty file is empty, not that it is some other file', () => {
    expect(readAnswersFile('', 'test', sheet)).toEqual({
      ok: false,
      message: expect.stringMatching(/^That file is empty .*not been changed\.$/),
    });
  });

  it('reads this sheet’s answers out of a whole backup, so words written over since can come back', () => {
    // "Your data" merges: the later change wins, so an older paragraph never came back from there.
    const backup = backupOf({
      'rt:worksheet:test': {
        name: { value: 'Sam', changedAt: at },
        items: { value: ['a', 'b', ''], changedAt: at },
        ticks: { deleted: true, changedAt: at },
      },
      'rt:worksheet:other': { name: { value: 'Not this one', changedAt: at } },
    });
    expect(readAnswersFile(backup, 'test', sheet)).toEqual({
      ok: true,
      answers: { name: 'Sam', items: ['a', 'b', ''] },
      skipped: [],
      notes: [],
    });
    // A dated sheet's entry: the one the page is open on, named as the file's day.
    const dated = backupOf({
      'rt:worksheet:test:2026-11-19': { name: { value: 'Then', changedAt: at } },
    });
    expect(readAnswersFile(dated, 'test', sheet, 'test:2026-11-19')).toMatchObject({
      ok: true,
      answers: { name: 'Then' },
      entry: '2026-11-19',
    });
  });

  it('names a damaged answer in a backup and leaves the one here alone, never offering to clear it', () => {
    const backup = backupOf({
      'rt:worksheet:test': {
        name: { value: 'Sam', changedAt: at },
        items: { value: ['a'], changedAt: at, junk: 1 },
      },
    });
    const result = readAnswersFile(backup, 'test', sheet);
    expect(result).toMatchObject({
      ok: true,
      answers: { name: 'Sam' },
      skipped: [{ fieldId: 'items', problem: 'is damaged in the backup' }],
    });
    const outcome = answersLoadOutcome(sheet, 'b.json', result, { items: ['mine'] }, null, true);
    const said = JSON.stringify(outcome);
    expect(said).not.toContain('Clears your answer');
    expect(said).toContain(
      'is damaged in the backup, so it was not loaded; your answer here is unchanged',
    );
  });

  it('says a cut-short backup is damaged, a newer one needs a reload, and an odd item is damaged', () => {
    const backup = backupOf({ 'rt:worksheet:test': { name: { value: 'Sam', changedAt: at } } });
    expect(readAnswersFile(backup.slice(0, -10), 'test', sheet)).toEqual({
      ok: false,
      message: expect.stringMatching(/^That backup is damaged or incomplete .*not been changed\.$/),
    });
    expect(readAnswersFile(backup.replace('"version":1', '"version":9'), 'test', sheet)).toEqual({
      ok: false,
      message: expect.stringMatching(/made by a newer version of the handbook\. Reload/),
    });
    const odd = JSON.stringify({ ...JSON.parse(backup), items: { 'rt:worksheet:test': 5 } });
    expect(readAnswersFile(odd, 'test', sheet)).toEqual({
      ok: false,
      message: expect.stringMatching(/^This sheet's answers in that backup are damaged/),
    });
  });

  it('says when a backup holds nothing for this sheet, or only what cannot be read', () => {
    expect(readAnswersFile(backupOf({}), 'test', sheet)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^That backup holds no answers for “Test sheet”\. To load everything in it, use “Your data”\. .*not been changed\.$/,
      ),
    });
    expect(readAnswersFile(backupOf({}), 'test', sheet, 'test:2026-11-19')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no answers for “Test sheet” on this day or week/),
    });
    expect(
      readAnswersFile(backupOf({ 'rt:worksheet:test': '{"version":2,"fields":' }), 'test', sheet),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/^This sheet's answers in that backup are damaged/),
    });
  });

  it('refuses another version', () => {
    const text = good.replace('"version": 1', '"version": 2');
    expect(readAnswersFile(text, 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/different version/),
    });
  });

  it('loads what fits and lists, naming each field, what it cannot load', () => {
    const file = JSON.parse(good);
    file.answers.name = { html: '<script>' };
    file.answers.retired = 'an answer to an old question';
    const result = readAnswersFile(JSON.stringify(file), 'test', sheet);
    expect(result).toMatchObject({
      ok: true,
      answers: { items: ['a', 'b', ''], ticks: ['b'] },
      skipped: [
        { label: 'Short answer', problem: 'is not plain text' },
        { label: 'retired', problem: expect.stringMatching(/no longer on this sheet/) },
      ],
    });
  });

  it('refuses a file that is too large before reading it', () => {
    expect(checkAnswersFileSize(MAX_ANSWERS_FILE_BYTES)).toBeNull();
    expect(checkAnswersFileSize(MAX_ANSWERS_FILE_BYTES + 1)).toMatchObject({ ok: false });
    const big = good.replace('"Sam"', JSON.stringify('x'.repeat(MAX_ANSWERS_FILE_BYTES)));
    expect(readAnswersFile(big, 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });
});

describe('loading a file over answers already here (worksheet file load asks first)', () => {
  it('names each field it would replace, clear or add', () => {
    const plan = planAnswersLoad(
      sheet,
      { name: 'Mine', story: 'Only here', items: ['a', 'b', ''] },
      { name: 'From the file', items: ['a', 'b', ''], when: '2026-11-25' },
    );
    expect(plan.changes).toEqual({ name: 'From the file', story: undefined, when: '2026-11-25' });
    expect(needsConfirmation(plan)).toBe(true);
    expect(describeAnswersLoad(plan)).toEqual([
      'Replaces your answer to “Short answer”.',
      'Clears your answer to “Long answer”.',
      'Adds an answer to “Date”.',
    ]);
  });

  it('leaves an answer alone when the file’s answer to it could not be used', () => {
    const file = JSON.parse(good);
    file.answers.name = 12;
    const read = readAnswersFile(JSON.stringify(file), 'test', sheet);
    if (!read.ok) throw new Error(read.message);
    const unusable = new Set(read.skipped.map((p) => p.fieldId));
    expect(unusable).toEqual(new Set(['name']));
    const plan = planAnswersLoad(sheet, { name: 'Mine, typed here' }, read.answers, unusable);
    expect(plan.changes).not.toHaveProperty('name');
    expect(plan.clearing).toEqual([]);
    // Without knowing it was unusable, the missing answer would have cleared the reader's.
    expect(planAnswersLoad(sheet, { name: 'Mine, typed here' }, read.answers).clearing).toEqual([
      'Short answer',
    ]);
  });

  it('does not ask when it only fills empty fields', () => {
    const plan = planAnswersLoad(sheet, {}, { name: 'From the file' });
    expect(needsConfirmation(plan)).toBe(false);
  });
});

describe('what choosing a file does (answersLoadOutcome)', () => {
  const read = (change: (file: { answers: Record<string, unknown> }) => void) => {
    const file = JSON.parse(good);
    change(file);
    return readAnswersFile(JSON.stringify(file), 'test', sheet);
  };

  it('passes a refused file’s message on, changing nothing', () => {
    expect(
      answersLoadOutcome(sheet, 'x.json', readAnswersFile('hello', 'test', sheet), {}),
    ).toEqual({
      kind: 'message',
      problem: true,
      text: expect.stringMatching(/not a worksheet answers file/),
    });
  });

  it('fills an empty sheet at once, and asks before writing over an answer', () => {
    const result = readAnswersFile(good, 'test', sheet);
    expect(answersLoadOutcome(sheet, 'a.json', result, {})).toMatchObject({
      kind: 'apply',
      plan: { changes: answers },
    });
    expect(answersLoadOutcome(sheet, 'a.json', result, { name: 'Mine' })).toMatchObject({
      kind: 'ask',
      changes: ['Replaces your answer to “Short answer”.', expect.stringMatching(/^Adds/)],
    });
  });

  it('a file from another day’s entry says so first, and asks even when it only adds', () => {
    const daily = { ...sheet, repeats: 'daily' as const };
    const text = answersFileText(
      'test',
      daily,
      answers,
      new Date('2026-11-25T10:00:00Z'),
      '2026-11-24',
    );
    const result = readAnswersFile(text, 'test', daily);
    expect(result).toMatchObject({ ok: true, entry: '2026-11-24' });
    expect(answersLoadOutcome(daily, 'a.json', result, {}, '2026-11-27')).toMatchObject({
      kind: 'ask',
      fromOtherDay: true,
      changes: [
        'This file is your entry for 24 November 2026; it loads into your entry for 27 November 2026.',
        expect.stringMatching(/^Adds/),
      ],
    });
    // Its answers kept without a date are another place too.
    expect(answersLoadOutcome(daily, 'a.json', result, {}, null)).toMatchObject({
      kind: 'ask',
      changes: [
        'This file is your entry for 24 November 2026; it loads into your answers kept without a date.',
        expect.stringMatching(/^Adds/),
      ],
    });
    // The same day: nothing more to say.
    const sameDay = answersLoadOutcome(daily, 'a.json', result, {}, '2026-11-24');
    expect(sameDay).toMatchObject({ kind: 'apply' });
    expect(sameDay).not.toHaveProperty('fromOtherDay');
    // A file older than this, or with a date in no form the handbook writes, names none.
    const odd = JSON.stringify({ ...JSON.parse(text), entry: 'last Tuesday' });
    expect(readAnswersFile(odd, 'test', daily)).not.toHaveProperty('entry');
    expect(
      answersLoadOutcome(daily, 'a.json', readAnswersFile(good, 'test', daily), {}, '2026-W48'),
    ).toMatchObject({ kind: 'apply' });
  });

  it('names each answer it left out, and says the reader’s own stays', () => {
    const result = read((file) => {
      file.answers['name'] = 12;
      file.answers['items'] = 'not a list';
    });
    const outcome = answersLoadOutcome(sheet, 'a.json', result, { name: 'Mine' });
    expect(outcome).toMatchObject({
      kind: 'apply',
      skipped: [
        expect.stringMatching(
          /^Your answer to “Short answer” in the file .*not loaded; your answer here is unchanged\.$/,
        ),
        expect.stringMatching(
          /^Your answer to “Three things” in the file .*so it was not loaded\.$/,
        ),
      ],
    });
    // Left as it was: a bad value in the file does not clear the reader's answer.
    if (outcome.kind === 'apply') expect(outcome.plan.changes).not.toHaveProperty('name');
  });

  it('says "the same answers" only when the file held answers this sheet can use', () => {
    const result = readAnswersFile(good, 'test', sheet);
    expect(answersLoadOutcome(sheet, 'a.json', result, answers)).toEqual({
      kind: 'message',
      problem: false,
      text: 'a.json holds the same answers as this sheet: nothing changed.',
    });
    const unusable = read((file) => {
      file.answers = { name: 12 };
    });
    expect(answersLoadOutcome(sheet, 'b.json', unusable, {})).toEqual({
      kind: 'message',
      problem: true,
      text: expect.stringMatching(
        /^Nothing in b\.json could be loaded; this sheet is unchanged\. Your answer to “Short answer”/,
      ),
    });
  });
});

describe('reading the file the reader chose (readChosenAnswersFile)', () => {
  it('reads a good file, and refuses one too large before reading a byte of it', async () => {
    expect(await readChosenAnswersFile(new Blob([good]), 'test', sheet)).toMatchObject({
      ok: true,
      answers,
    });
    let read = false;
    const huge = {
      size: MAX_BACKUP_BYTES + 1,
      text: async () => ((read = true), good),
    } as unknown as Blob;
    expect(await readChosenAnswersFile(huge, 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
    expect(read).toBe(false);
  });

  it('reads a large file whole only if its first bytes say it is a backup', async () => {
    let read = false;
    const photo = {
      size: MAX_ANSWERS_FILE_BYTES + 1,
      slice: () => new Blob(['\u0089PNG\r\n']),
      text: async () => ((read = true), ''),
    } as unknown as Blob;
    expect(await readChosenAnswersFile(photo, 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large to be a worksheet answers file/),
    });
    expect(read).toBe(false);
    const backup = backupOf({ 'rt:worksheet:test': { name: { value: 'Sam', changedAt: at } } });
    const bigBackup = {
      size: MAX_ANSWERS_FILE_BYTES + 1,
      slice: () => new Blob([backup.slice(0, 200)]),
      text: async () => backup,
    } as unknown as Blob;
    expect(await readChosenAnswersFile(bigBackup, 'test', sheet)).toMatchObject({
      ok: true,
      answers: { name: 'Sam' },
    });
  });

  it('says so when the file cannot be read, rather than failing without a word', async () => {
    const gone = {
      size: 10,
      text: () => Promise.reject(new DOMException('The file was moved', 'NotReadableError')),
    } as unknown as Blob;
    expect(await readChosenAnswersFile(gone, 'test', sheet)).toEqual({
      ok: false,
      message: 'That file could not be read. Your answers have not been changed.',
    });
  });
});

describe('loading a file over answers saved here', () => {
  const saved = JSON.stringify({ version: 2, fields: { name: { value: 'Today', at: 'x' } } });
  const replacing = planAnswersLoad(sheet, { name: 'Today' }, { name: 'Yesterday' });
  const adding = planAnswersLoad(sheet, {}, { name: 'Yesterday' });

  it('keeps what is saved as a recovery copy first, once, and says so', () => {
    const storage = memoryStorage({ 'rt:worksheet:daily:2026-11-28': saved });
    const said = keepCopyBeforeLoad(storage, 'worksheet:daily:2026-11-28', true);
    expect(said).toEqual(['What was saved here before is kept as a recovery copy on “Your data”.']);
    // Asked twice (a second file over the same answers): still one copy.
    keepCopyBeforeLoad(storage, 'worksheet:daily:2026-11-28', true);
    const copies = [...storage.items].filter(([k]) =>
      k.startsWith('rt-recovery:worksheet:daily:2026-11-28:'),
    );
    expect(copies.map(([, v]) => v)).toEqual([saved]);
    expect(describeAnswersLoad(replacing, true)).toContain(
      'What is saved here now is kept first as a recovery copy on “Your data”.',
    );
    // Nothing saved here ("Don't save", storage off, nothing kept yet): no copy is promised.
    expect(describeAnswersLoad(replacing).join(' ')).not.toMatch(/recovery copy/);
  });

  it('makes no copy when the file only adds, or nothing is saved', () => {
    const storage = memoryStorage({ 'rt:worksheet:daily:2026-11-28': saved });
    expect(keepCopyBeforeLoad(storage, 'worksheet:daily:2026-11-28', false)).toEqual([]);
    expect(keepCopyBeforeLoad(memoryStorage(), 'worksheet:daily:2026-11-28', true)).toEqual([]);
    expect(storage.items.size).toBe(1);
    expect(describeAnswersLoad(adding).join(' ')).not.toMatch(/recovery copy/);
  });

  it('loads nothing when there is no room for the copy', () => {
    const storage = memoryStorage({ 'rt:worksheet:daily:2026-11-28': saved }, 'full');
    expect(keepCopyBeforeLoad(storage, 'worksheet:daily:2026-11-28', true)).toBeNull();
  });
});
