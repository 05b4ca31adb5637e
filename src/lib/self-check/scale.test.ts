import { describe, expect, it } from 'vitest';
import { fitAnswer, isAnswerValue, labelForAverage, optionsFor, type AnswerSpec } from './scale';

const habit: AnswerSpec = { answers: 'frequency', mayNotApply: false };
const once: AnswerSpec = { answers: 'done', mayNotApply: false };
const decision: AnswerSpec = { answers: 'yes', mayNotApply: false };

describe('the choices each kind of statement offers', () => {
  it('a habit: Not yet, Sometimes, Mostly, Always', () => {
    expect(optionsFor(habit).map((o) => o.label)).toEqual([
      'Not yet',
      'Sometimes',
      'Mostly',
      'Always',
    ]);
  });

  it('something done once: Not yet, Done; a decision: Not yet, Yes', () => {
    expect(optionsFor(once).map((o) => o.label)).toEqual(['Not yet', 'Done']);
    expect(optionsFor(decision).map((o) => o.label)).toEqual(['Not yet', 'Yes']);
  });

  it('a statement that may not apply adds "Does not apply to me", worth nothing', () => {
    const options = optionsFor({ answers: 'done', mayNotApply: true });
    expect(options.map((o) => [o.label, o.points])).toEqual([
      ['Not yet', 0],
      ['Done', 3],
      ['Does not apply to me', null],
    ]);
  });

  it('saves "Not yet" as the same value on every kind', () => {
    const notYet = [habit, once, decision].map((spec) => optionsFor(spec)[0]?.value);
    expect(new Set(notYet)).toEqual(new Set(['not-yet']));
  });
});

describe('reading a saved answer against the statement as it is now', () => {
  it('keeps an answer the statement offers', () => {
    expect(fitAnswer(once, 'done')).toMatchObject({ status: 'answered', option: { points: 3 } });
    expect(fitAnswer(habit, 'mostly')).toMatchObject({ status: 'answered', option: { points: 2 } });
  });

  it('reads an old Always as Done, or Yes, and an old Not yet as Not yet', () => {
    expect(fitAnswer(once, 'always')).toMatchObject({ option: { value: 'done' } });
    expect(fitAnswer(decision, 'always')).toMatchObject({ option: { value: 'yes' } });
    expect(fitAnswer(once, 'not-yet')).toMatchObject({ option: { value: 'not-yet' } });
  });

  it('never drops an old Sometimes or Mostly: it is shown as an earlier answer to choose again', () => {
    expect(fitAnswer(once, 'sometimes')).toEqual({
      status: 'earlier',
      earlier: 'sometimes',
      label: 'Sometimes',
    });
    expect(fitAnswer(decision, 'mostly')).toMatchObject({ status: 'earlier', label: 'Mostly' });
  });

  it('shows "Does not apply" as earlier when the statement no longer offers it', () => {
    expect(fitAnswer(habit, 'does-not-apply')).toMatchObject({ status: 'earlier' });
    expect(fitAnswer({ ...habit, mayNotApply: true }, 'does-not-apply')).toMatchObject({
      status: 'answered',
      option: { points: null },
    });
  });

  it('reads Done on a statement that became a habit as earlier, not as Always', () => {
    expect(fitAnswer(habit, 'done')).toMatchObject({ status: 'earlier', label: 'Done' });
  });

  it('knows every value a statement can take, and nothing else', () => {
    for (const value of [
      'not-yet',
      'sometimes',
      'mostly',
      'always',
      'done',
      'yes',
      'does-not-apply',
    ])
      expect(isAnswerValue(value)).toBe(true);
    for (const value of ['Always', 'never', '', 3, null, 'toString'])
      expect(isAnswerValue(value)).toBe(false);
  });
});

describe('an average in words (labelForAverage)', () => {
  it('names the word it sits on or near, and two words only when it lies well between', () => {
    expect(labelForAverage(2)).toBe('Mostly');
    // Near Sometimes: "Sometimes to Mostly" flattered it beside the lowest band.
    expect(labelForAverage(7 / 6)).toBe('Sometimes');
    expect(labelForAverage(1.25)).toBe('Sometimes to Mostly');
    expect(labelForAverage(2.75)).toBe('Mostly to Always');
    expect(labelForAverage(1.5)).toBe('Sometimes to Mostly');
    expect(labelForAverage(2.8)).toBe('Always');
    expect(labelForAverage(2.7)).toBe('Mostly to Always');
    expect(labelForAverage(0.4)).toBe('Not yet to Sometimes');
  });

  it('stays on the scale whatever it is given', () => {
    expect(labelForAverage(-1)).toBe('Not yet');
    expect(labelForAverage(9)).toBe('Always');
  });
});
