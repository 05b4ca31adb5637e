/**
 * Scoring, banding and link selection for self-checks. Pure functions over
 * the view the page passes to the island, so they can be tested alone.
 */
import { bandFor, type BandRange } from './bands';
import {
  LOW_POINTS,
  MAX_POINTS_PER_STATEMENT,
  fitAnswer,
  labelForAverage,
  type AnswerKind,
  type AnswerSpec,
  type AnswerValue,
} from './scale';

/** Statement id → the reader's answer. Missing ids are unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface StatementView extends AnswerSpec {
  id: string;
  text: string;
  /** Which answers fit: a frequency scale, Done / Not yet, or Yes / Not yet. */
  answers: AnswerKind;
  /** Offers "Does not apply to me", which counts for nothing in score, band or profile. */
  mayNotApply: boolean;
  /** Chapter slug the statement belongs to. */
  chapter: string;
  /** Heading of the section that helps, e.g. "Don't set a timeline". */
  sectionTitle: string;
  /** `/chapters/<slug>/#<section>`, already with the site's base path. */
  href: string;
}

export interface BandView {
  min: number;
  max: number;
  title: string;
  text: string;
}

/** What the scoring needs of a statement. */
export type ScoredStatement = AnswerSpec & { id: string };

/** What keeping a result needs of a statement: its answers and its step, not its words. */
export type StepStatement = ScoredStatement & { chapter: string };

/**
 * The statements as the results island needs them. Its props are written into
 * the page's HTML, where the form above already holds every statement's words
 * and link; sending them twice cost /self-check/ about 1 KB gzip.
 */
export function stepStatements(statements: readonly StatementView[]): StepStatement[] {
  return statements.map(({ id, answers, mayNotApply, chapter }) => ({
    id,
    answers,
    mayNotApply,
    chapter,
  }));
}

export interface Score {
  /** Statements with an answer that fits, "Does not apply to me" included. */
  answered: number;
  total: number;
  /** Answered "Does not apply to me": left out of points and maxPoints. */
  notApplicable: number;
  points: number;
  /** Best possible points for the statements answered so far that apply. */
  maxPoints: number;
  complete: boolean;
}

/** Points for a statement's saved answer: null when unanswered, not applicable or from an earlier wording. */
export function pointsOf(statement: AnswerSpec, answer: AnswerValue | undefined): number | null {
  const fitted = fitAnswer(statement, answer);
  return fitted.status === 'answered' ? fitted.option.points : null;
}

export function scoreSelfCheck(statements: readonly ScoredStatement[], answers: Answers): Score {
  let answered = 0;
  let notApplicable = 0;
  let points = 0;
  for (const statement of statements) {
    const fitted = fitAnswer(statement, answers[statement.id]);
    if (fitted.status !== 'answered') continue;
    answered += 1;
    if (fitted.option.points === null) notApplicable += 1;
    else points += fitted.option.points;
  }
  return {
    answered,
    total: statements.length,
    notApplicable,
    points,
    maxPoints: (answered - notApplicable) * MAX_POINTS_PER_STATEMENT,
    complete: statements.length > 0 && answered === statements.length,
  };
}

/**
 * The total on the bands' own scale (0 to 3 × every statement). When some
 * statements do not apply, the points are scaled to the statements that do,
 * so a missing situation counts neither as a failing nor as a success.
 */
export function bandTotal(score: Score): number {
  const applicable = score.total - score.notApplicable;
  if (applicable === score.total) return score.points;
  return (score.points * score.total) / applicable;
}

/**
 * The band a (possibly scaled, so fractional) total falls in. Bands are whole
 * numbers that follow each other, so a total between two bands' edges, such as
 * 7.5 between 0–7 and 8–13, belongs to the lower one: no rounding up.
 */
export function bandForTotal<B extends BandRange>(
  bands: readonly B[],
  total: number,
): B | undefined {
  return bandFor(bands, Math.floor(total));
}

export type Reading<B> =
  | { status: 'incomplete'; score: Score }
  | { status: 'none-apply'; score: Score }
  | { status: 'complete'; score: Score; band: B };

/** The plain-language reading: a band only once every statement has an answer. */
export function readSelfCheck<B extends BandView>(
  statements: readonly ScoredStatement[],
  bands: readonly B[],
  answers: Answers,
): Reading<B> {
  const score = scoreSelfCheck(statements, answers);
  if (!score.complete) return { status: 'incomplete', score };
  if (score.notApplicable === score.total) return { status: 'none-apply', score };
  const band = bandForTotal(bands, bandTotal(score));
  return band ? { status: 'complete', score, band } : { status: 'incomplete', score };
}

export function isLowAnswer(statement: AnswerSpec, answer: AnswerValue | undefined): boolean {
  const points = pointsOf(statement, answer);
  return points !== null && points <= LOW_POINTS;
}

/** Every statement answered low, in the order asked, with the section that helps. */
export function revisitLinks<S extends StatementView>(
  statements: readonly S[],
  answers: Answers,
): S[] {
  return statements.filter((s) => isLowAnswer(s, answers[s.id]));
}

export interface AreaView {
  chapter: string;
  title: string;
  /** The chapter page, with the base path. */
  href: string;
}

export interface AreaResult extends AreaView {
  answered: number;
  total: number;
  /** Answered "Does not apply to me": not part of the average. */
  notApplicable: number;
  /** Average points, 0 to 3, over the answers that apply; null until there is one. */
  average: number | null;
  /** The average in scale words ("Mostly", "Mostly to Always"); empty when unanswered. */
  label: string;
}

/** Every statement of the area answered, and none of them applies to the reader. */
export function noneApply(area: AreaResult): boolean {
  return area.total > 0 && area.answered === area.total && area.notApplicable === area.total;
}

/**
 * One row per chapter for the whole-handbook check: answered areas strongest
 * to weakest (equal ones later step first), then areas with no answer that
 * counts yet ("Does not apply to me" answers count for nothing here).
 */
export function handbookProfile(
  areas: readonly AreaView[],
  statements: readonly StepStatement[],
  answers: Answers,
): AreaResult[] {
  const rows = areas.map((area) => {
    const own = statements.filter((s) => s.chapter === area.chapter);
    const score = scoreSelfCheck(own, answers);
    const applying = score.answered - score.notApplicable;
    const average = applying > 0 ? score.points / applying : null;
    return {
      ...area,
      answered: score.answered,
      total: score.total,
      notApplicable: score.notApplicable,
      average,
      label: average === null ? '' : labelForAverage(average),
    };
  });
  const answered = rows.filter((r) => r.average !== null);
  const waiting = rows.filter((r) => r.average === null);
  // Equal areas go later step first, so the list ends at the earliest of
  // them, where "Start here" begins: in chapter order, the steps it named
  // stood at the strong end of the list (a reader pass).
  answered.sort((a, b) => (b.average ?? 0) - (a.average ?? 0) || rows.indexOf(b) - rows.indexOf(a));
  return [...answered, ...waiting];
}

/**
 * Where to start, from a profile `handbookProfile` gave: up to `limit`
 * weakest answered areas. Areas below "Mostly"
 * come first; if there are none, the weakest below "Always"; if every area is
 * "Always", there is nothing to point to.
 */
export function startHere(profile: readonly AreaResult[], limit = 3): AreaResult[] {
  // The profile read from its weak end (`handbookProfile`'s order): steps
  // that tie come earliest first, so a reader level everywhere starts at the
  // first of them, and every step named is one the list shows at the bottom.
  const weakestFirst = profile.filter((r) => r.average !== null).reverse();
  const below = (level: number) => weakestFirst.filter((r) => (r.average ?? 0) < level);
  const pick = below(2).length > 0 ? below(2) : below(MAX_POINTS_PER_STATEMENT);
  return pick.slice(0, limit);
}
