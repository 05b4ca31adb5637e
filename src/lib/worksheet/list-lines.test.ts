import { describe, expect, it } from 'vitest';
import { addedLineMessage, canAddLines, keptLines, lineLabel, listCapacity } from './list-lines';

const fixed = { label: 'Excuses I have used', count: 5 };
const growing = { label: 'Things I have not yet told my partner', count: 5, maxCount: 8 };

describe('lists the reader can add lines to', () => {
  it('a fixed list holds its printed lines; a growing one up to maxCount', () => {
    expect([listCapacity(fixed), canAddLines(fixed)]).toEqual([5, false]);
    expect([listCapacity(growing), canAddLines(growing)]).toEqual([8, true]);
  });

  it('keeps every added line with text, up to the most the list holds', () => {
    const lines = ['a', '', 'c', '', '', 'f', 'g', 'h', 'beyond'];
    expect(keptLines(growing, lines)).toEqual(['a', '', 'c', '', '', 'f', 'g', 'h']);
  });

  it('drops blank added lines at the end, but keeps the printed lines', () => {
    expect(keptLines(growing, ['a', '', '', '', '', '', ''])).toEqual(['a', '', '', '', '']);
    expect(keptLines(growing, ['a'])).toEqual(['a', '', '', '', '']);
  });

  it('names each line for screen readers, the same for added lines', () => {
    expect(lineLabel(growing, 6)).toBe('Things I have not yet told my partner, line 6');
  });

  it('says when the last line has been added', () => {
    expect(addedLineMessage(6, 8)).toBe('Line 6 added.');
    expect(addedLineMessage(8, 8)).toMatch(/last line/);
  });
});
