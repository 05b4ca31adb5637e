import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worksheetSchema } from '../worksheet/schema';

const sheet = {
  title: 'Daily check-in plan',
  purpose: 'Plan a short daily time to check in with your partner.',
  intro: 'A short, regular check-in gives your partner a time to ask.',
  chapters: [{ chapter: 'be-there' }],
  fields: [{ id: 'when', kind: 'short-text', label: 'When we will check in' }],
};

describe('repeating worksheets', () => {
  it('a sheet may repeat daily or weekly, and nothing else', () => {
    expect(worksheetSchema.safeParse({ ...sheet, repeats: 'daily' }).success).toBe(true);
    expect(worksheetSchema.safeParse({ ...sheet, repeats: 'weekly' }).success).toBe(true);
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
    const monthly = worksheetSchema.safeParse({ ...sheet, repeats: 'monthly' });
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
