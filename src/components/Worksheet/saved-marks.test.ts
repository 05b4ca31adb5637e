import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_RECORD_VERSION } from '../../lib/storage/records';

const source = readFileSync('src/components/Worksheet/saved-marks.js', 'utf8');

/** Runs the inline script over `items` in storage and the marks for `slugs`; returns the marks shown. */
function marksShown(items: Record<string, string>, slugs: string[]): string[] {
  const keys = Object.keys(items);
  const storage = {
    get length() {
      return keys.length;
    },
    key: (i: number) => keys[i] ?? null,
    getItem: (key: string) => items[key] ?? null,
    setItem: () => {
      throw new Error('the marks script must never write');
    },
    removeItem: () => {
      throw new Error('the marks script must never write');
    },
  };
  const marks = slugs.map((slug) => ({
    hidden: true,
    getAttribute: () => slug,
  }));
  const document = { querySelectorAll: () => marks };
  new Function('localStorage', 'document', source)(storage, document);
  return slugs.filter((_, i) => !marks[i]?.hidden);
}

const fieldRecord = (fields: Record<string, unknown>) =>
  JSON.stringify({ version: FIELD_RECORD_VERSION, savedAt: '2026-11-01T00:00:00.000Z', fields });
const answer = { value: 'An answer', changedAt: '2026-11-01T00:00:00.000Z' };

describe('the inline script that marks worksheets with saved answers', () => {
  it('marks a sheet with a live answer, in the storage model’s current format, and dated entries too', () => {
    expect(
      marksShown(
        {
          'rt:worksheet:no-contact': fieldRecord({ draft: answer }),
          'rt:worksheet:daily-check-in:2026-11-20': fieldRecord({ plan: answer }),
          'rt:worksheet:what-i-value': fieldRecord({
            memory: { deleted: true, changedAt: answer.changedAt },
          }),
        },
        ['no-contact', 'daily-check-in', 'what-i-value', 'my-commitments'],
      ),
    ).toEqual(['no-contact', 'daily-check-in']);
  });

  it('one damaged record hides only its own mark', () => {
    expect(
      marksShown(
        {
          'rt:worksheet:aaa': '{"broken',
          'rt:worksheet:bbb': fieldRecord({ draft: answer }),
        },
        ['aaa', 'bbb'],
      ),
    ).toEqual(['bbb']);
  });

  it('marks a sheet saved in the first format, which opens once the sheet is visited', () => {
    const older = JSON.stringify({ version: 1, savedAt: '2026-01-01T00:00:00Z', data: { a: 'x' } });
    expect(marksShown({ 'rt:worksheet:old': older }, ['old'])).toEqual(['old']);
  });

  it('shows no mark, and throws nothing, when storage cannot be read', () => {
    const refused = new Function('localStorage', 'document', source) as (
      storage: unknown,
      document: unknown,
    ) => void;
    const marks = [{ hidden: false, getAttribute: () => 'x' }];
    const storage = {
      get length(): number {
        throw new DOMException('Refused', 'SecurityError');
      },
    };
    expect(() => refused(storage, { querySelectorAll: () => marks })).not.toThrow();
    expect(marks[0]?.hidden).toBe(true);
  });
});
