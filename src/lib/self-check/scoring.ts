/**
 * Scoring, banding and link selection for self-checks. Pure functions over
 * the view the page passes to the island, so they can be tested alone.
 */
import { bandFor } from './bands';
import {
  LOW_POINTS,
  MAX_POINTS_PER_STATEMENT,
  labelForAverage,
  pointsFor,
  type AnswerValue,
} from './scale';

/** Statement id → the reader's answer. Missing ids are unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface StatementView {
  id: string;
  text: string;
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

export interface Score {
  answered: number;
  total: number;
  points: number;
  maxPoints: number;
  complete: boolean;
}

export function scoreSelfCheck(statements: readonly { id: string }[], answers: Answers): Score {
  let answered = 0;
  let points = 0;
  for (const statement of statements) {
    const answer = answers[statement.id];
    if (answer === undefined) continue;
    answered += 1;
    points += pointsFor(answer);
  }
  return {
    answered,
    total: statements.length,
    points,
    maxPoints: statements.length * MAX_POINTS_PER_STATEMENT,
    complete: statements.length > 0 && answered === statements.length,
  };
}

export type Reading<B> =
  { status: 'incomplete'; score: Score } | { status: 'complete'; score: Score; band: B };

/** The plain-language reading: a band only once every statement has an answer. */
export function readSelfCheck<B extends BandView>(
  statements: readonly { id: string }[],
  bands: readonly B[],
  answers: Answers,
): Reading<B> {
  const score = scoreSelfCheck(statements, answers);
  const band = score.complete ? bandFor(bands, score.points) : undefined;
  return band ? { status: 'complete', score, band } : { status: 'incomplete', score };
}

export function isLowAnswer(answer: AnswerValue | undefined): boolean {
  return answer !== undefined && pointsFor(answer) <= LOW_POINTS;
}

/** Every statement answered low, in the order asked, with the section that helps. */
export function revisitLinks<S extends StatementView>(
  statements: readonly S[],
  answers: Answers,
): S[] {
  return statements.filter((s) => isLowAnswer(answers[s.id]));
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
  /** Average points, 0 to 3; null until at least one statement is answered. */
  average: number | null;
  /** The average in scale words ("Mostly", "Mostly to Always"); empty when unanswered. */
  label: string;
}

/**
 * One row per chapter for the whole-handbook check: answered areas strongest
 * to weakest (ties keep chapter order), then areas with no answers yet.
 */
export function handbookProfile(
  areas: readonly AreaView[],
  statements: readonly StatementView[],
  answers: Answers,
): AreaResult[] {
  const rows = areas.map((area) => {
    const own = statements.filter((s) => s.chapter === area.chapter);
    const score = scoreSelfCheck(own, answers);
    const average = score.answered > 0 ? score.points / score.answered : null;
    return {
      ...area,
      answered: score.answered,
      total: score.total,
      average,
      label: average === null ? '' : labelForAverage(average),
    };
  });
  const answered = rows.filter((r) => r.average !== null);
  const waiting = rows.filter((r) => r.average === null);
  // Array.prototype.sort is stable, so equal areas stay in chapter order.
  answered.sort((a, b) => (b.average ?? 0) - (a.average ?? 0));
  return [...answered, ...waiting];
}

/**
 * Where to start: up to `limit` weakest answered areas. Areas below "Mostly"
 * come first; if there are none, the weakest below "Always"; if every area is
 * "Always", there is nothing to point to.
 */
export function startHere(profile: readonly AreaResult[], limit = 3): AreaResult[] {
  const answered = profile.filter((r) => r.average !== null);
  const weakestFirst = [...answered].reverse();
  const below = (level: number) => weakestFirst.filter((r) => (r.average ?? 0) < level);
  const pick = below(2).length > 0 ? below(2) : below(MAX_POINTS_PER_STATEMENT);
  return pick.slice(0, limit);
}
