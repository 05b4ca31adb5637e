import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import {
  describeKey,
  describeTime,
  foldEntries,
  itemTitles,
  parseRecoveryKey,
  readableSlug,
  recoveryFileName,
  markUnnoted,
  readSavedItems,
} from './saved-items';
import { savedAtOf } from '../progress/entries';

const record = (savedAt: string) => JSON.stringify({ version: 1, savedAt, data: {} });
const titles = {
  'self-check:be-patient': 'Self-check: Be patient',
  'worksheet:no-contact': 'Worksheet: Ending contact',
};

describe('the saved items Your data lists', () => {
  it('lists each saved item with its title and when it was last changed', () => {
    const storage = memoryStorage({
      'rt-theme': 'dark',
      'rt:worksheet:no-contact': record('2026-11-20T08:00:00.000Z'),
      'rt:self-check:be-patient': record('2026-11-25T10:00:00.000Z'),
      'rt:self-check:handbook': record('2026-11-21T10:00:00.000Z'),
      'rt-recovery:self-check:be-patient:2026-11-24T09:30:00.000Z': '{oops',
      unrelated: 'x',
    });
    expect(
      readSavedItems(storage, titles).items.map((i) => [i.kind, i.label, i.changedAt]),
    ).toEqual([
      ['self-check', 'Self-check: Be patient', '2026-11-25T10:00:00.000Z'],
      ['self-check', 'Self-check: Handbook', '2026-11-21T10:00:00.000Z'],
      ['worksheet', 'Worksheet: Ending contact', '2026-11-20T08:00:00.000Z'],
      ['recovery', 'Recovery copy of Self-check: Be patient', '2026-11-24T09:30:00.000Z'],
      ['theme', 'Theme choice (dark)', null],
    ]);
  });

  it('names a theme choice the handbook does not know as it is, not as light', () => {
    const listed = readSavedItems(memoryStorage({ 'rt-theme': 'purple' }), titles).items;
    expect(listed.map((i) => i.label)).toEqual([
      'Theme choice (not one the handbook knows: the system setting is used)',
    ]);
  });

  it('lists a sheet’s dated entries newest first, by date not by spelling, the undated one last', () => {
    const storage = memoryStorage({
      'rt:worksheet:daily-check-in:2027-01-01': record('2027-01-01T08:00:00.000Z'),
      'rt:worksheet:daily-check-in:2026-12-20': record('2026-12-20T08:00:00.000Z'),
      'rt:worksheet:daily-check-in:2027-01-05': record('2027-01-05T08:00:00.000Z'),
      'rt:worksheet:daily-check-in': record('2026-11-01T08:00:00.000Z'),
      'rt:worksheet:daily-check-in:2026-12-31': record('2026-12-31T08:00:00.000Z'),
      'rt:worksheet:weekly:2027-W02': record('2027-01-11T08:00:00.000Z'),
      'rt:worksheet:weekly:2026-W52': record('2026-12-21T08:00:00.000Z'),
    });
    const listed = readSavedItems(storage, {
      'worksheet:daily-check-in': 'Worksheet: Daily check-in',
    }).items;
    expect(listed.map((i) => i.label)).toEqual([
      'Worksheet: Daily check-in, entry for 5 January 2027',
      'Worksheet: Daily check-in, entry for 1 January 2027',
      'Worksheet: Daily check-in, entry for 31 December 2026',
      'Worksheet: Daily check-in, entry for 20 December 2026',
      'Worksheet: Daily check-in',
      'Worksheet: Weekly, entry for the week of 11 January 2027',
      'Worksheet: Weekly, entry for the week of 21 December 2026',
    ]);
  });

  it('lists nothing when storage is off', () => {
    expect(readSavedItems(memoryStorage({ 'rt:a': '1' }, 'disabled'), titles).items).toEqual([]);
  });

  it('still lists a record it cannot read, without a time', () => {
    const [item] = readSavedItems(memoryStorage({ 'rt:worksheet:x': '<b>not json</b>' }), {}).items;
    expect(item).toMatchObject({
      label: 'Worksheet: X',
      changedAt: null,
      raw: '<b>not json</b>',
      unopenable: 'damaged',
    });
  });

  it('marks a record no page can open, damaged or from a newer version, and no other', () => {
    const storage = memoryStorage({
      'rt:worksheet:a': record('2026-11-20T08:00:00.000Z'),
      'rt:worksheet:b': JSON.stringify({ version: 1, savedAt: '2026-11-20T08:00:00.000Z' }),
      'rt:worksheet:c': JSON.stringify({ version: 99, fields: {} }),
      'rt:worksheet:d': JSON.stringify({ version: 2, fields: 'not fields' }),
      'rt:worksheet:e': JSON.stringify({
        version: 2,
        fields: { x: { value: 'kept', changedAt: '2026-11-20T08:00:00.000Z' } },
      }),
      // Partly damaged: its page opens the rest; wholly damaged: no page can.
      'rt:worksheet:f': JSON.stringify({
        version: 2,
        fields: {
          x: { value: 'kept', changedAt: '2026-11-20T08:00:00.000Z' },
          y: { changedAt: 'then' },
        },
      }),
      'rt:worksheet:g': JSON.stringify({
        version: 2,
        fields: { y: { changedAt: 'then' } },
      }),
      'rt-recovery:worksheet:a:2026-11-24T09:30:00.000Z': '{oops',
      'rt-theme': 'dark',
    });
    expect(
      Object.fromEntries(
        readSavedItems(storage, {}).items.map((i) => [i.key, i.unopenable ?? 'unmarked']),
      ),
    ).toEqual({
      'rt:worksheet:a': 'unmarked',
      'rt:worksheet:b': 'damaged',
      'rt:worksheet:c': 'newer',
      'rt:worksheet:d': 'damaged',
      'rt:worksheet:e': 'unmarked',
      'rt:worksheet:f': 'unmarked',
      'rt:worksheet:g': 'damaged',
      'rt-recovery:worksheet:a:2026-11-24T09:30:00.000Z': 'unmarked',
      'rt-theme': 'unmarked',
    });
  });
});

describe('small helpers', () => {
  it('reads savedAt only when it is a real time', () => {
    expect(savedAtOf(record('2026-11-25T10:00:00.000Z'))).toBe('2026-11-25T10:00:00.000Z');
    expect(savedAtOf(record('soon'))).toBeNull();
    expect(savedAtOf('null')).toBeNull();
    expect(savedAtOf('{')).toBeNull();
  });

  it('splits a recovery key into the record and the time it was set aside', () => {
    expect(parseRecoveryKey('rt-recovery:worksheet:no-contact:2026-11-24T09:30:00.000Z')).toEqual({
      recordKey: 'worksheet:no-contact',
      setAsideAt: '2026-11-24T09:30:00.000Z',
    });
    expect(parseRecoveryKey('rt-recovery:odd')).toEqual({ recordKey: 'odd', setAsideAt: null });
  });

  it('words slugs, times and file names for the reader', () => {
    expect(readableSlug('no-contact')).toBe('No contact');
    expect(readableSlug('')).toBe('Unnamed item');
    expect(describeTime(null)).toBe('time not known');
    // The time an answer gets when its own could not be read is not a date to show.
    expect(describeTime('1970-01-01T00:00:00.000Z')).toBe('time not known');
    expect(describeTime('2026-11-25T10:00:00.000Z')).toMatch(/25 Nov 2026/);
    expect(recoveryFileName('rt-recovery:a:2026-11-24T09:30:00.000Z')).toBe(
      'rebuilding-trust-rt-recovery-a-2026-11-24T09-30-00-000Z.txt',
    );
  });
});

describe('itemTitles', () => {
  it('names every self-check and worksheet key after its content, and the note of deletions', () => {
    expect(
      itemTitles(
        [{ slug: 'be-patient', title: 'Be patient' }],
        [{ slug: 'no-contact', title: 'No-contact commitment' }],
      ),
    ).toEqual({
      'self-check:handbook': 'Self-check: the whole handbook',
      'self-check:be-patient': 'Self-check: Be patient',
      'worksheet:no-contact': 'Worksheet: No-contact commitment',
      reading: 'Reading progress: the chapters you have read',
      'results:handbook': 'Kept results by date: the whole-handbook self-check',
      'results:be-patient': 'Kept results by date: self-check “Be patient”',
      deleted: 'What you deleted, and when: names only, no answers',
    });
  });
});

describe('markUnnoted', () => {
  it('marks a sheet that asks before saving, and its recovery copies, and nothing else', () => {
    const storage = memoryStorage({
      'rt:worksheet:full-disclosure': '{}',
      'rt-recovery:worksheet:full-disclosure:2026-11-20T09:00:00.000Z': '{}',
      'rt:worksheet:full-disclosure-extra': '{}',
      'rt:worksheet:no-contact': '{}',
    });
    const marked = markUnnoted(readSavedItems(storage, {}).items, ['worksheet:full-disclosure']);
    expect(
      marked
        .filter((item) => item.leavesNoNote)
        .map((item) => item.key)
        .sort(),
    ).toEqual([
      'rt-recovery:worksheet:full-disclosure:2026-11-20T09:00:00.000Z',
      'rt:worksheet:full-disclosure',
    ]);
  });
});

describe('readSavedItems', () => {
  it('is false when the browser will not list or read what is stored, so no page says nothing is saved', () => {
    const listing = memoryStorage({ 'rt:worksheet:a': '1' });
    expect(readSavedItems(listing, {}).whole).toBe(true);
    listing.key = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(readSavedItems(listing, {}).whole).toBe(false);
    const reading = memoryStorage({ 'rt:worksheet:a': '1' });
    reading.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(readSavedItems(reading, {}).items).toEqual([]);
    expect(readSavedItems(reading, {}).whole).toBe(false);
    expect(readSavedItems(memoryStorage({}), {}).whole).toBe(true);
  });
});

const comingBackTitles = itemTitles(
  [{ slug: 'be-patient', title: 'Be patient' }],
  [{ slug: 'telling-the-truth-daily', title: 'Honest from now on' }],
);

describe('Your data names what coming back keeps', () => {
  it('names reading progress, kept results and dated entries in plain words', () => {
    const label = (key: string) => describeKey(key, '{}', comingBackTitles).label;
    expect(label('rt:reading')).toBe('Reading progress: the chapters you have read');
    expect(label('rt:results:handbook')).toBe(
      'Kept results by date: the whole-handbook self-check',
    );
    expect(label('rt:results:be-patient')).toBe('Kept results by date: self-check “Be patient”');
    // Week 10 of 2026 begins on Monday 2 March.
    expect(label('rt:worksheet:telling-the-truth-daily:2026-W10')).toBe(
      'Worksheet: Honest from now on, entry for the week of 2 March 2026',
    );
    expect(label('rt:worksheet:daily-check-in:2026-11-27')).toBe(
      'Worksheet: Daily check in, entry for 27 November 2026',
    );
    expect(label('rt:worksheet:telling-the-truth-daily')).toBe('Worksheet: Honest from now on');
  });
});

describe('Your data folds a sheet’s many dated entries (foldEntries)', () => {
  it('under one line when there are more than a few, and lists a few one by one', () => {
    const stored: Record<string, string> = { 'rt:worksheet:no-contact': '{}' };
    for (let day = 1; day <= 9; day++) stored[`rt:worksheet:daily-check-in:2026-03-0${day}`] = '{}';
    stored['rt:worksheet:telling-the-truth-daily:2026-W10'] = '{}';
    const { items } = readSavedItems(memoryStorage(stored), comingBackTitles);
    const rows = foldEntries(items, comingBackTitles);
    const shown = rows.map((row) =>
      'sheet' in row ? `${row.sheet} (${row.items.length})` : row.label,
    );
    expect(shown).toHaveLength(3);
    expect(shown).toContain('Worksheet: Daily check in (9)');
    // One entry of a sheet, and a sheet that is not dated, are listed as they are.
    expect(shown).toContain('Worksheet: Honest from now on, entry for the week of 2 March 2026');
    expect(shown).toContain('Worksheet: No contact');
    // Nothing is left out: every item is listed once, folded or not.
    const listed = rows.flatMap((row) => ('sheet' in row ? row.items : [row]));
    expect(listed).toEqual(items);
    expect(foldEntries(items, comingBackTitles, 20)).toEqual(items);
  });
});

describe('which recovery copies can be put back', () => {
  const copy = JSON.stringify({
    version: 2,
    savedAt: '2026-03-02T10:00:00.000Z',
    fields: { a: { value: 'x', changedAt: '2026-03-02T10:00:00.000Z' } },
  });
  const holds = (recordKey: string, raw = copy) =>
    describeKey(`rt-recovery:${recordKey}:2026-03-03T10:00:00.000Z`, raw, comingBackTitles).putBack;

  it('a copy of a record a page owns, holding something readable, says what it holds', () => {
    expect(holds('worksheet:telling-the-truth-daily')).toBe('answers');
    expect(holds('worksheet:telling-the-truth-daily:2026-W10')).toBe('answers');
    expect(holds('self-check:be-patient')).toBe('answers');
    expect(holds('results:be-patient')).toBe('results');
    expect(holds('reading')).toBe('read marks');
  });

  it('never one no page would open, nor one with nothing readable', () => {
    expect(holds('worksheet:a-sheet-since-removed')).toBeUndefined();
    expect(holds('worksheet:telling-the-truth-daily:2026-02-31')).toBeUndefined();
    expect(holds('foo')).toBeUndefined();
    expect(holds('constructor')).toBeUndefined();
    expect(holds('results:handbook', '{"version":1,"data":{"a":"x"}}')).toBeUndefined();
    expect(holds('worksheet:telling-the-truth-daily', '{"version":1,"data":{}}')).toBeUndefined();
  });

  it('one of a worksheet in version 1’s form, read as its page upgrades it', () => {
    expect(holds('worksheet:telling-the-truth-daily', '{"version":1,"data":{"a":"x"}}')).toBe(
      'answers',
    );
  });
});
