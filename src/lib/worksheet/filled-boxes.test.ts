import { describe, expect, it } from 'vitest';
import type { WorksheetField } from './schema';
import { boxCount } from './filled-boxes';

const fields = [
  { id: 'commit', label: 'I commit to', kind: 'list', count: 5 },
  { id: 'why', label: 'Why', kind: 'long-text' },
  { id: 'ways', label: 'Ways', kind: 'checklist', options: [] },
  { id: 'when', label: 'Date', kind: 'date' },
  { id: 'me', label: 'My signature', kind: 'signature' },
] as unknown as WorksheetField[];

describe('boxCount', () => {
  it('counts every line of a list as a box, not the list as one answer', () => {
    expect(boxCount(fields, { commit: ['a', 'b', '', 'd'] })).toEqual({ filled: 3, total: 8 });
  });

  it('counts a checklist once something is ticked, and never a signature', () => {
    expect(boxCount(fields, { ways: ['x', 'y'], when: '2026-12-01', why: '  ' })).toEqual({
      filled: 2,
      total: 8,
    });
  });

  it('grows with lines the reader added', () => {
    expect(boxCount(fields, { commit: ['1', '2', '3', '4', '5', '6', '7'] }).total).toBe(10);
  });
});
