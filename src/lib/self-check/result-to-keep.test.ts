import { describe, expect, it } from 'vitest';
import { completeResult } from './result-to-keep';
import type { Answers, StatementView } from './scoring';

const statement = (chapter: string, n: number): StatementView => ({
  id: `${chapter}-${n}`,
  text: `Statement ${n}`,
  answers: 'frequency',
  mayNotApply: false,
  chapter,
  sectionTitle: '',
  href: `/chapters/${chapter}/#s${n}`,
});
const bands = [
  { min: 0, max: 2, title: 'Not there enough yet', text: '' },
  { min: 3, max: 6, title: 'Steady', text: '' },
];

describe('the result a self-check keeps for today (completeResult)', () => {
  const chapter = [1, 2].map((n) => statement('be-there', n));

  it('keeps nothing until every statement has an answer', () => {
    expect(completeResult('be-there', { kind: 'chapter', bands }, chapter, {})).toBeNull();
    const half: Answers = { 'be-there-1': 'always' };
    expect(completeResult('be-there', { kind: 'chapter', bands }, chapter, half)).toBeNull();
  });

  it('a chapter’s check keeps its average score (0 to 3) and the band its total falls in', () => {
    const answers: Answers = { 'be-there-1': 'always', 'be-there-2': 'sometimes' };
    expect(completeResult('be-there', { kind: 'chapter', bands }, chapter, answers)).toEqual({
      scores: { 'be-there': 2 },
      band: 'Steady',
    });
  });

  it('the handbook’s check keeps one score for each step, and no band', () => {
    const all = [...chapter, ...[1, 2].map((n) => statement('be-patient', n))];
    const areas = ['be-there', 'be-patient'].map((c) => ({ chapter: c, title: c, href: '' }));
    const answers: Answers = {
      'be-there-1': 'always',
      'be-there-2': 'always',
      'be-patient-1': 'not-yet',
      'be-patient-2': 'sometimes',
    };
    expect(completeResult('handbook', { kind: 'handbook', areas }, all, answers)).toEqual({
      scores: { 'be-there': 3, 'be-patient': 0.5 },
    });
  });
});
