import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worksheetSchema } from './schema';

const valid = {
  title: 'A sheet',
  purpose: 'What this sheet is for, in one line.',
  intro: 'A few words before the form starts.',
  chapters: [{ chapter: 'end-it-openly' }],
  fields: [{ id: 'one', kind: 'short-text', label: 'First question' }],
};

function issuesOf(data: unknown) {
  const result = worksheetSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('worksheet definitions', () => {
  it('accepts a complete definition and fills in the default ruled lines', () => {
    const parsed = worksheetSchema.parse({
      ...valid,
      fields: [{ id: 'story', kind: 'long-text', label: 'Tell it' }],
    });
    expect(parsed.fields[0]).toMatchObject({ kind: 'long-text', lines: 4 });
  });

  it('names the field that is wrong', () => {
    expect(issuesOf({ ...valid, fields: [{ id: 'one', kind: 'short-text' }] })).toEqual([
      'fields.0.label',
    ]);
    expect(issuesOf({ ...valid, fields: [{ id: 'x', kind: 'essay', label: 'Write' }] })).toEqual([
      'fields.0.kind',
    ]);
    expect(
      issuesOf({ ...valid, fields: [{ id: 'l', kind: 'list', label: 'Some lines', count: 40 }] }),
    ).toEqual(['fields.0.count']);
  });

  it('refuses a field whose boxes would take another field’s ids on the page, naming it', () => {
    const clash = (fields: unknown[]) => {
      const result = worksheetSchema.safeParse({ ...valid, fields });
      return result.success
        ? []
        : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    // A list's first line is ws-ask-1; a field named ask-1 is ws-ask-1 too.
    expect(
      clash([
        { id: 'ask', kind: 'list', label: 'What I will ask', count: 3 },
        { id: 'ask-1', kind: 'long-text', label: 'When apart' },
      ]),
    ).toEqual([
      'fields.1.id: field "ask-1" and field "ask" would both use the id "ws-ask-1" on the page: rename one',
    ]);
    expect(
      clash([
        {
          id: 'listening',
          kind: 'checklist',
          label: 'Listening',
          options: [
            { id: 'phone-away', label: 'Phone away' },
            { id: 'eyes', label: 'Eye contact' },
          ],
        },
        { id: 'listening-phone-away', kind: 'short-text', label: 'Other' },
      ]),
    ).toHaveLength(1);
    expect(
      clash([
        { id: 'plan-hint', kind: 'short-text', label: 'Another plan' },
        { id: 'plan', kind: 'short-text', label: 'The plan', hint: 'A hint for the plan.' },
      ]),
    ).toHaveLength(1);
    expect(
      clash([
        { id: 'ask', kind: 'list', label: 'What I will ask', count: 3 },
        { id: 'asking', kind: 'short-text', label: 'How' },
      ]),
    ).toEqual([]);
  });

  it('rejects a purpose that is not one line, and unknown keys (typos)', () => {
    expect(issuesOf({ ...valid, purpose: 'x'.repeat(200) })).toEqual(['purpose']);
    expect(issuesOf({ ...valid, titel: 'typo' })).toEqual(['']);
  });

  it('rejects field and option ids used twice', () => {
    expect(
      issuesOf({
        ...valid,
        fields: [
          { id: 'one', kind: 'short-text', label: 'First question' },
          { id: 'one', kind: 'date', label: 'Date' },
          {
            id: 'c',
            kind: 'checklist',
            label: 'Tick',
            options: [
              { id: 'a', label: 'A thing' },
              { id: 'a', label: 'Same id' },
            ],
          },
        ],
      }),
    ).toEqual(['fields.1.id', 'fields.2.options.1.id']);
  });

  it('lets a list grow only past its printed lines, and names the field when it cannot', () => {
    const list = { id: 'untold', kind: 'list', label: 'Not told yet', count: 5 };
    expect(issuesOf({ ...valid, fields: [{ ...list, maxCount: 30 }] })).toEqual([]);
    expect(issuesOf({ ...valid, fields: [{ ...list, maxCount: 5 }] })).toEqual([
      'fields.0.maxCount',
    ]);
    expect(issuesOf({ ...valid, fields: [{ ...list, maxCount: 500 }] })).toEqual([
      'fields.0.maxCount',
    ]);
  });

  it("never lets the partner's signature read as required: it must carry partner: true", () => {
    const sign = { id: 'their-sign', kind: 'signature', label: "My partner's signature" };
    const dated = { id: 'their-date', kind: 'date', label: 'Date my partner signed' };
    const result = worksheetSchema.safeParse({ ...valid, fields: [sign, dated] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('fields.0.partner');
    expect(result.error?.issues[0]?.message).toMatch(/free choice/);
    expect(issuesOf({ ...valid, fields: [{ ...sign, partner: true }, dated] })).toEqual([]);
  });

  it('dates every signature: a signature needs a date field right after it', () => {
    const mine = { id: 'mine', kind: 'signature', label: 'My signature' };
    const result = worksheetSchema.safeParse({ ...valid, fields: [mine] });
    expect(result.error?.issues[0]?.path.join('.')).toBe('fields.0');
    expect(result.error?.issues[0]?.message).toMatch(/"My signature" needs a date field/);
    expect(
      issuesOf({ ...valid, fields: [mine, { id: 'when', kind: 'short-text', label: 'When' }] }),
    ).toEqual(['fields.0']);
    expect(
      issuesOf({ ...valid, fields: [mine, { id: 'when', kind: 'date', label: 'Date' }] }),
    ).toEqual([]);
  });

  it('carries an answer over to the next entry only on a sheet that repeats, and never a signature', () => {
    const carried = { id: 'when', kind: 'short-text', label: 'When we talk', carriesOver: true };
    expect(issuesOf({ ...valid, repeats: 'daily', fields: [carried] })).toEqual([]);
    expect(issuesOf({ ...valid, fields: [carried] })).toEqual(['fields.0.carriesOver']);
    const signed = { id: 'signed', kind: 'signature', label: 'My signature', carriesOver: true };
    const dated = { id: 'date', kind: 'date', label: 'Date' };
    expect(issuesOf({ ...valid, repeats: 'daily', fields: [signed, dated] })).toEqual([
      'fields.0.carriesOver',
    ]);
  });

  it('names a question the sheet no longer asks, and refuses one that is still asked', () => {
    const retired = [{ id: 'date', label: 'Week starting' }];
    expect(issuesOf({ ...valid, retired })).toEqual([]);
    const field = valid.fields[0]!;
    expect(issuesOf({ ...valid, retired: [{ id: field.id, label: 'Old' }] })).toEqual([
      'retired.0.id',
    ]);
  });

  it('saves as usual unless the sheet asks, and knows no other saving choice', () => {
    expect(worksheetSchema.parse(valid).saving).toBe('auto');
    expect(worksheetSchema.parse({ ...valid, saving: 'ask' }).saving).toBe('ask');
    expect(issuesOf({ ...valid, saving: 'never' })).toEqual(['saving']);
  });
});

const dailySheet = {
  title: 'Daily check-in plan',
  purpose: 'Plan a short daily time to check in with your partner.',
  intro: 'A short, regular check-in gives your partner a time to ask.',
  chapters: [{ chapter: 'be-there' }],
  fields: [{ id: 'when', kind: 'short-text', label: 'When we will check in' }],
};

describe('repeating worksheets', () => {
  it('a sheet saved only by choice is filled in once: asking and repeating together fail, naming saving', () => {
    expect(issuesOf({ ...valid, saving: 'ask', repeats: 'daily' })).toEqual(['saving']);
    expect(issuesOf({ ...valid, saving: 'ask' })).toEqual([]);
  });

  it('a sheet may repeat daily or weekly, and nothing else', () => {
    expect(worksheetSchema.safeParse({ ...dailySheet, repeats: 'daily' }).success).toBe(true);
    expect(worksheetSchema.safeParse({ ...dailySheet, repeats: 'weekly' }).success).toBe(true);
    expect(worksheetSchema.safeParse(dailySheet).success).toBe(true);
    const monthly = worksheetSchema.safeParse({ ...dailySheet, repeats: 'monthly' });
    expect(monthly.success).toBe(false);
    expect(monthly.error?.issues[0]?.path).toEqual(['repeats']);
  });

  it('the sheets meant to be filled in again are marked', () => {
    const marked = (slug: string) =>
      /^repeats: (daily|weekly)$/m.exec(
        readFileSync(`content/worksheets/${slug}.yaml`, 'utf8'),
      )?.[1];
    expect(marked('telling-the-truth-daily')).toBe('weekly');
    expect(marked('daily-check-in')).toBe('daily');
  });
});
