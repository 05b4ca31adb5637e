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
});
