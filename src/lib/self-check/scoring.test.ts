import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './scale';
import {
  bandTotal,
  handbookProfile,
  noneApply,
  readSelfCheck,
  revisitLinks,
  scoreSelfCheck,
  startHere,
  stepStatements,
  type Answers,
  type StatementView,
} from './scoring';

const statements: StatementView[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `s${n}`,
  text: `Statement ${n}`,
  answers: 'frequency',
  mayNotApply: false,
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
      answers: 'frequency' as const,
      mayNotApply: false,
      chapter,
      sectionTitle: '',
      href: `/chapters/${chapter}/#x`,
    }));
  const all = ['a', 'b', 'c', 'd'].flatMap(two);

  it('orders answered areas strongest to weakest, equal ones later step first, unanswered last', () => {
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
      ['d', 'Sometimes'],
      ['a', 'Sometimes'],
      ['c', ''],
    ]);
    expect(profile[0]?.average).toBe(2.5);
    // Tied steps are offered in the handbook's order.
    expect(startHere(profile).map((r) => r.chapter)).toEqual(['a', 'd']);
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

  it('starts at no more than three areas: the first steps, when all are level', () => {
    const answers = Object.fromEntries(all.map((s) => [s.id, 'not-yet' as const]));
    expect(startHere(handbookProfile(areas, all, answers)).map((r) => r.chapter)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('names as places to start the weak end of the list, never a step shown above a stronger one', () => {
    // Level areas: "Start here" named the first steps, which the list showed as strongest.
    const answers: Record<string, AnswerValue> = Object.fromEntries(
      all.map((s) => [s.id, 'sometimes']),
    );
    answers['b1'] = 'always';
    const profile = handbookProfile(areas, all, answers);
    const start = startHere(profile);
    expect(start.map((r) => r.chapter)).toEqual(['a', 'c', 'd']);
    expect(profile.slice(-start.length).reverse()).toEqual(start);
  });
});

describe('answer kinds in the score', () => {
  const mixed: StatementView[] = statements.map((s, i) => ({
    ...s,
    answers: i === 0 ? 'done' : i === 1 ? 'yes' : 'frequency',
    mayNotApply: i >= 4,
  }));
  const full = (overrides: Answers): Answers => ({
    s1: 'done',
    s2: 'yes',
    s3: 'always',
    s4: 'always',
    s5: 'always',
    s6: 'always',
    ...overrides,
  });

  it('Done and Yes are worth as much as Always; Not yet nothing', () => {
    expect(scoreSelfCheck(mixed, full({})).points).toBe(18);
    expect(scoreSelfCheck(mixed, full({ s1: 'not-yet', s2: 'not-yet' })).points).toBe(12);
  });

  it('"Does not apply" counts for nothing either way: the same band as if it were not asked', () => {
    // Five that apply, all Mostly: 10 of 15, the same share as 12 of 18.
    const answers = full({
      s1: 'not-yet',
      s2: 'yes',
      s3: 'mostly',
      s4: 'mostly',
      s5: 'sometimes',
      s6: 'does-not-apply',
    });
    const score = scoreSelfCheck(mixed, answers);
    expect(score).toMatchObject({ answered: 6, notApplicable: 1, points: 8, maxPoints: 15 });
    expect(score.complete).toBe(true);
    expect(bandTotal(score)).toBeCloseTo(9.6);
    const reading = readSelfCheck(mixed, bands, answers);
    expect(reading.status === 'complete' && reading.band.title).toBe('On the way');
  });

  it('"Does not apply" neither lowers nor raises the reading', () => {
    const allAlways = readSelfCheck(
      mixed,
      bands,
      full({ s5: 'does-not-apply', s6: 'does-not-apply' }),
    );
    expect(allAlways.status === 'complete' && allAlways.band.title).toBe('Steady');
    const allNotYet = readSelfCheck(mixed, bands, {
      s1: 'not-yet',
      s2: 'not-yet',
      s3: 'not-yet',
      s4: 'not-yet',
      s5: 'does-not-apply',
      s6: 'does-not-apply',
    });
    expect(allNotYet.status === 'complete' && allNotYet.band.title).toBe('Just starting');
  });

  it('a scaled total between two bands stays in the lower one (no rounding up)', () => {
    // 4 applicable, 5 points of 12 → 7.5 on the 18-point bands: still "Just starting".
    const answers: Answers = {
      s1: 'done',
      s2: 'not-yet',
      s3: 'sometimes',
      s4: 'sometimes',
      s5: 'does-not-apply',
      s6: 'does-not-apply',
    };
    expect(bandTotal(scoreSelfCheck(mixed, answers))).toBe(7.5);
    const reading = readSelfCheck(mixed, bands, answers);
    expect(reading.status === 'complete' && reading.band.title).toBe('Just starting');
  });

  it('when no statement applies there is no band, and it says so', () => {
    const none = statements.map((s) => ({ ...s, mayNotApply: true }));
    const answers = Object.fromEntries(none.map((s) => [s.id, 'does-not-apply' as const]));
    expect(readSelfCheck(none, bands, answers).status).toBe('none-apply');
  });

  it('an earlier answer that no longer fits leaves the statement unanswered, and is no revisit link', () => {
    const answers = full({ s1: 'mostly' });
    expect(scoreSelfCheck(mixed, answers).answered).toBe(5);
    expect(readSelfCheck(mixed, bands, answers).status).toBe('incomplete');
    expect(revisitLinks(mixed, answers)).toEqual([]);
  });

  it('"Not yet" on something done once is a revisit link; "Does not apply" is not', () => {
    const links = revisitLinks(mixed, full({ s1: 'not-yet', s5: 'does-not-apply' }));
    expect(links.map((s) => s.id)).toEqual(['s1']);
  });

  it('leaves "Does not apply" out of the profile average, and marks an area where nothing applies', () => {
    const areas = [
      { chapter: 'a', title: 'A', href: '/a/' },
      { chapter: 'b', title: 'B', href: '/b/' },
    ];
    const two = (chapter: string): StatementView[] =>
      [1, 2].map((n) => ({
        id: `${chapter}${n}`,
        text: '',
        answers: 'frequency' as const,
        mayNotApply: true,
        chapter,
        sectionTitle: '',
        href: `/${chapter}/#x`,
      }));
    const all = [...two('a'), ...two('b')];
    const profile = handbookProfile(areas, all, {
      a1: 'mostly',
      a2: 'does-not-apply',
      b1: 'does-not-apply',
      b2: 'does-not-apply',
    });
    expect(profile.map((r) => [r.chapter, r.average, r.label])).toEqual([
      ['a', 2, 'Mostly'],
      ['b', null, ''],
    ]);
    expect(profile.map(noneApply)).toEqual([false, true]);
    expect(startHere(profile).map((r) => r.chapter)).toEqual(['a']);
  });
});

describe('stepStatements (what the results island is sent)', () => {
  it('keeps what scoring and the steps need, and leaves the words and links out', () => {
    const slim = stepStatements(statements);
    expect(slim[0]).toEqual({
      id: 's1',
      answers: 'frequency',
      mayNotApply: false,
      chapter: 'be-patient',
    });
    // The same profile from the slim statements as from the whole ones.
    const answers = answersFor(11);
    const areas = [{ chapter: 'be-patient', title: 'Be patient', href: '/chapters/be-patient/' }];
    expect(handbookProfile(areas, slim, answers)).toEqual(
      handbookProfile(areas, statements, answers),
    );
  });
});
