import { describe, expect, it } from 'vitest';
import { checkAnswer, fieldAnswer } from './answers';
import { worksheetSchema } from './schema';

const sheet = worksheetSchema.parse({
  title: 'Full disclosure',
  purpose: 'What you have not told your partner yet.',
  intro: 'Write it all down, then tell it all.',
  chapters: [{ chapter: 'tell-the-whole-truth' }],
  fields: [{ id: 'untold', kind: 'list', label: 'Not told yet', count: 3, maxCount: 6 }],
});
const list = sheet.fields[0]!;

describe('answers to a list the reader added lines to', () => {
  it('reads every added line from the form, and leaves blank added lines out', () => {
    const values = new Map([
      ['untold.1', ['The trip in May']],
      ['untold.4', ['The second phone']],
      ['untold.5', ['']],
    ]);
    expect(fieldAnswer(list, values)).toEqual(['The trip in May', '', '', 'The second phone']);
  });

  it('keeps a saved answer with added lines, up to the most the list holds', () => {
    const six = ['1', '2', '3', '4', '5', '6'];
    expect(checkAnswer(sheet, 'untold', six)).toEqual({ ok: true, value: six });
  });

  it('refuses (so it is kept and shown, not cut) an answer longer than the list can hold', () => {
    const result = checkAnswer(sheet, 'untold', ['1', '2', '3', '4', '5', '6', '7']);
    expect(result).toMatchObject({ ok: false, problem: 'has 7 lines, but this list now has 6' });
  });
});
