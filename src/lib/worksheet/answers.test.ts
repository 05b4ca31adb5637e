import { describe, expect, it } from 'vitest';
import { answersFromEntries, normaliseAnswers, printedDate, printedText } from './answers';
import { fieldView } from './field-view';
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

  it('cuts text to the field limit, as maxlength does', () => {
    const answers = answersFromEntries(sheet, [['name', 'x'.repeat(500)]]);
    expect(answers['name']).toHaveLength(200);
  });
});

describe('checking answers against the worksheet', () => {
  it('drops unknown fields and options, keeps the rest', () => {
    expect(
      normaliseAnswers(sheet, { name: 'A', other: 'x', ticks: ['a', 'z'], items: ['one'] }),
    ).toEqual({ answers: { name: 'A', ticks: ['a'], items: ['one', '', ''] }, problems: [] });
  });

  it('reports answers of the wrong type or size, naming the field', () => {
    const { problems } = normaliseAnswers(sheet, {
      name: 42,
      story: 'x'.repeat(2001),
      items: ['a', 'b', 'c', 'd'],
      ticks: 'a',
      when: 'next Tuesday',
    });
    expect(problems.map((p) => `${p.label} ${p.problem}`)).toEqual([
      'Short answer is not plain text',
      'Long answer is longer than 2000 characters',
      'Three things has more than 3 lines',
      'Tick what fits is not a list of ticked options',
      'Date is not a date',
    ]);
  });

  it('keeps text that looks like HTML as plain text', () => {
    expect(normaliseAnswers(sheet, { name: '<b>hi</b> <3' }).answers['name']).toBe('<b>hi</b> <3');
  });
});

describe('printing answers', () => {
  it('prints dates in words and list lines by number', () => {
    expect(printedDate('2026-03-04')).toBe('4 March 2026');
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
});
