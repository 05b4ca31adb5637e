import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './scale';
import {
  handbookProfile,
  readSelfCheck,
  revisitLinks,
  scoreSelfCheck,
  startHere,
  type Answers,
  type StatementView,
} from './scoring';

const statements: StatementView[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `s${n}`,
  text: `Statement ${n}`,
  chapter: 'be-patient',
  sectionTitle: `Section ${n}`,
  href: `/chapters/be-patient/#section-${n}`,
}));

const bands = [
  { min: 0, max: 7, title: 'Just starting', text: '' },
  { min: 8, max: 13, title: 'On the way', text: '' },
  { min: 14, max: 18, title: 'Steady', text: '' },
];

/** Answers whose points add up to `total` (6 statements, 0–3 points each). */
function answersFor(total: number): Answers {
  const values: AnswerValue[] = ['not-yet', 'sometimes', 'mostly', 'always'];
  const answers: Record<string, AnswerValue> = {};
  let left = total;
  for (const s of statements) {
    const points = Math.min(3, left);
    answers[s.id] = values[points] as AnswerValue;
    left -= points;
  }
  return answers;
}

describe('readSelfCheck', () => {
  it.each([
    [0, 'Just starting'],
    [7, 'Just starting'],
    [8, 'On the way'],
    [13, 'On the way'],
    [14, 'Steady'],
    [18, 'Steady'],
  ])('reads a total of %i as "%s"', (total, title) => {
    const reading = readSelfCheck(statements, bands, answersFor(total));
    expect(scoreSelfCheck(statements, answersFor(total)).points).toBe(total);
    expect(reading.status === 'complete' && reading.band.title).toBe(title);
  });

  it('gives no reading until every statement is answered', () => {
    const { s6: _left, ...five } = answersFor(18);
    const reading = readSelfCheck(statements, bands, five);
    expect(reading.status).toBe('incomplete');
    expect(reading.score.answered).toBe(5);
  });

  it('follows a changed answer', () => {
    const before = readSelfCheck(statements, bands, answersFor(14));
    const after = readSelfCheck(statements, bands, { ...answersFor(14), s1: 'sometimes' });
    expect(before.status === 'complete' && before.band.title).toBe('Steady');
    expect(after.status === 'complete' && after.band.title).toBe('On the way');
  });
});

describe('revisitLinks', () => {
  it('links every statement answered Not yet or Sometimes, in order, to its section', () => {
    const links = revisitLinks(statements, {
      s1: 'always',
      s2: 'sometimes',
      s3: 'mostly',
      s4: 'not-yet',
    });
    expect(links.map((s) => s.href)).toEqual([
      '/chapters/be-patient/#section-2',
      '/chapters/be-patient/#section-4',
    ]);
  });

  it('gives no links for unanswered statements', () => {
    expect(revisitLinks(statements, {})).toEqual([]);
  });
});

describe('handbookProfile and startHere', () => {
  const areas = ['a', 'b', 'c', 'd'].map((chapter) => ({
    chapter,
    title: chapter.toUpperCase(),
    href: `/chapters/${chapter}/`,
  }));
  const two = (chapter: string): StatementView[] =>
    [1, 2].map((n) => ({
      id: `${chapter}${n}`,
      text: '',
      chapter,
      sectionTitle: '',
      href: `/chapters/${chapter}/#x`,
    }));
  const all = ['a', 'b', 'c', 'd'].flatMap(two);

  it('orders answered areas strongest to weakest, ties in chapter order, unanswered last', () => {
    const profile = handbookProfile(areas, all, {
      a1: 'sometimes',
      a2: 'sometimes',
      b1: 'always',
      b2: 'mostly',
      d1: 'sometimes',
      d2: 'sometimes',
    });
    expect(profile.map((r) => [r.chapter, r.label])).toEqual([
      ['b', 'Mostly to Always'],
      ['a', 'Sometimes'],
      ['d', 'Sometimes'],
      ['c', ''],
    ]);
    expect(profile[0]?.average).toBe(2.5);
    expect(startHere(profile).map((r) => r.chapter)).toEqual(['d', 'a']);
  });

  it('points to the weakest below Always when nothing is below Mostly', () => {
    const answers: Record<string, AnswerValue> = Object.fromEntries(
      all.map((s) => [s.id, 'always']),
    );
    answers['c1'] = 'mostly';
    expect(startHere(handbookProfile(areas, all, answers)).map((r) => r.chapter)).toEqual(['c']);
  });

  it('has nowhere to start when every answer is Always', () => {
    const answers = Object.fromEntries(all.map((s) => [s.id, 'always' as const]));
    expect(startHere(handbookProfile(areas, all, answers))).toEqual([]);
  });

  it('starts at no more than three areas', () => {
    const answers = Object.fromEntries(all.map((s) => [s.id, 'not-yet' as const]));
    expect(startHere(handbookProfile(areas, all, answers))).toHaveLength(3);
  });
});
