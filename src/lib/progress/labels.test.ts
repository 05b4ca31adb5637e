import { describe, expect, it } from 'vitest';
import { describeKey, itemTitles } from '../storage/saved-items';

const titles = itemTitles(
  [{ slug: 'be-patient', title: 'Be patient' }],
  [{ slug: 'telling-the-truth-daily', title: 'Honest from now on' }],
);

describe('Your data names what coming back keeps', () => {
  it('names reading progress, kept results and dated entries in plain words', () => {
    const label = (key: string) => describeKey(key, '{}', titles).label;
    expect(label('rt:reading')).toBe('Reading progress: the chapters you have read');
    expect(label('rt:results:handbook')).toBe(
      'Kept results by date: the whole-handbook self-check',
    );
    expect(label('rt:results:be-patient')).toBe('Kept results by date: self-check “Be patient”');
    const entry = label('rt:worksheet:telling-the-truth-daily:2026-W10');
    expect(entry).toMatch(/^Worksheet: Honest from now on, entry for the week of /);
    expect(entry).toMatch(/2026/);
    expect(label('rt:worksheet:telling-the-truth-daily')).toBe('Worksheet: Honest from now on');
  });
});
