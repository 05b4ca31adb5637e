import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromEntries, normaliseAnswers, printedText } from './answers';
import { fieldView, listSpareLines } from './field-view';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const field = (id: string) => sheet.fields.find((f) => f.id === id)!;

describe('reading answers from the form', () => {
  it('keeps every kind of answer, and leaves out empty fields', () => {
    const answers = answersFromEntries(sheet, [
      ['name', 'Sam'],
      ['story', 'Line one\r\nLine two'],
      ['items.1', 'first'],
      ['items.3', 'third'],
      ['ticks', 'b'],
      ['when', '2026-11-25'],
      ['unknown', 'ignored'],
    ]);
    expect(answers).toEqual({
      name: 'Sam',
      story: 'Line one\nLine two',
      items: ['first', '', 'third'],
      ticks: ['b'],
      when: '2026-11-25',
    });
    expect(answersFromEntries(sheet, [['name', '   ']])).toEqual({});
  });

  it('never cuts text: an over-long answer from an older save stays whole', () => {
    const answers = answersFromEntries(sheet, [['name', 'x'.repeat(500)]]);
    expect(answers['name']).toHaveLength(500);
  });

  it('keeps ticks for options the sheet no longer has', () => {
    const answers = answersFromEntries(sheet, [['ticks', 'a']], { ticks: ['a', 'old-option'] });
    expect(answers['ticks']).toEqual(['a', 'old-option']);
  });
});

describe('checking answers against the worksheet', () => {
  it('names an answer to a question the sheet no longer asks by that question', () => {
    const retiring = { ...sheet, retired: [{ id: 'other', label: 'Week starting' }] };
    expect(normaliseAnswers(retiring, { other: '2026-11-23' }).problems).toEqual([
      {
        fieldId: 'other',
        label: 'Week starting',
        problem: 'is for a question that is no longer on this sheet',
      },
    ]);
  });

  it('shows what fits and reports, without dropping, what does not', () => {
    expect(
      normaliseAnswers(sheet, { name: 'A', other: 'x', ticks: ['a', 'z'], items: ['one'] }),
    ).toEqual({
      answers: { name: 'A', ticks: ['a', 'z'], items: ['one', '', ''] },
      problems: [
        {
          fieldId: 'other',
          label: 'other',
          problem: 'is for a question that is no longer on this sheet',
        },
      ],
      notes: [
        {
          fieldId: 'ticks',
          label: 'Tick what fits',
          problem: 'has ticks for options no longer on this sheet; they are kept',
        },
      ],
    });
  });

  it('reports answers of the wrong type, a date in another format and too many lines, naming the field', () => {
    const { problems, notes } = normaliseAnswers(sheet, {
      name: 42,
      story: 'x'.repeat(2001),
      items: ['a', 'b', 'c', 'd'],
      ticks: 'a',
      when: 'next Tuesday',
    });
    expect(problems.map((p) => `${p.label} ${p.problem}`)).toEqual([
      'Short answer is not plain text',
      'Three things has 4 lines, but this list now has 3',
      'Tick what fits is not a list of ticked options',
      'Date is a date written as “next Tuesday”, which the date box cannot show',
    ]);
    expect(notes.map((p) => `${p.label} ${p.problem}`)).toEqual([
      'Long answer is longer than the 2000 characters this box now allows; it is kept and shown in full',
    ]);
  });

  it('keeps text that looks like HTML as plain text', () => {
    expect(normaliseAnswers(sheet, { name: '<b>hi</b> <3' }).answers['name']).toBe('<b>hi</b> <3');
  });

  it('reports a date that does not exist rather than printing another day', () => {
    // 31 February would otherwise print as 3 March.
    const { answers, problems } = normaliseAnswers(sheet, { when: '2026-02-31' });
    expect(answers).toEqual({});
    expect(problems).toEqual([
      {
        fieldId: 'when',
        label: 'Date',
        problem: 'is a date written as “2026-02-31”, which the date box cannot show',
      },
    ]);
    expect(normaliseAnswers(sheet, { when: '2028-02-29' }).answers).toEqual({ when: '2028-02-29' });
  });

  it('takes every value a date box can hold as the reader’s answer, years typed part way or past 9999 too', () => {
    // Typing 2026 into the year, the box holds 0002, 0020, 0202: each was
    // refused, and the next key copied it aside as an answer that did not fit.
    for (const when of ['0002-02-14', '0020-02-14', '0202-02-14', '20266-02-14', '275760-09-13']) {
      expect(normaliseAnswers(sheet, { when })).toEqual({
        answers: { when },
        problems: [],
        notes: [],
      });
    }
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('+275760-09-13T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          // The value a date box gives for that day: the year at least four digits.
          const when = `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
          expect(normaliseAnswers(sheet, { when })).toEqual({
            answers: { when },
            problems: [],
            notes: [],
          });
        },
      ),
    );
  });

  it('finds a field named like an Object.prototype member only if the sheet has it', () => {
    expect(normaliseAnswers(sheet, { constructor: 'x', toString: 'y' }).problems).toHaveLength(2);
  });
});

describe('printing answers', () => {
  it('prints dates in words and list lines by number', () => {
    const answers = { when: '2026-03-04', items: ['a', 'b', ''] };
    expect(printedText(field('when'), answers)).toBe('4 March 2026');
    expect(printedText(field('items'), answers, 2)).toBe('b');
    expect(printedText(field('items'), answers, 3)).toBe('');
    expect(printedText(field('name'), answers)).toBe('');
  });

  it('gives each field the lines and controls it needs', () => {
    expect(fieldView(field('story')).printLines).toBe(3);
    expect(fieldView(field('items')).lines.map((l) => l.name)).toEqual([
      'items.1',
      'items.2',
      'items.3',
    ]);
    expect(fieldView(field('ticks')).options.map((o) => o.id)).toEqual([
      'ws-ticks-a',
      'ws-ticks-b',
    ]);
  });

  it('leaves spare lines on paper only after a list that grows on screen', () => {
    const items = field('items');
    expect(fieldView(items).spareLines).toEqual({ always: 0, whenEmpty: 0 });
    expect(fieldView({ ...items, kind: 'list', count: 3, maxCount: 9 }).spareLines).toEqual(
      listSpareLines,
    );
  });
});
