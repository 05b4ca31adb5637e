/**
 * The result a self-check keeps for today: its score for each step (one for
 * a chapter's check, ten for the whole handbook's) and, for a chapter, the
 * band its answers fall in. Kept only once every statement has an answer.
 */
import { scoresFromProfile, type ResultValue } from '../progress/results';
import {
  handbookProfile,
  readSelfCheck,
  scoreSelfCheck,
  type Answers,
  type AreaView,
  type BandView,
  type StepStatement,
} from './scoring';

export type CheckMode =
  { kind: 'chapter'; bands: BandView[] } | { kind: 'handbook'; areas: AreaView[] };

/** Today's result if every statement has an answer; null otherwise. */
export function completeResult(
  check: string,
  mode: CheckMode,
  statements: readonly StepStatement[],
  answers: Answers,
): ResultValue | null {
  if (!scoreSelfCheck(statements, answers).complete) return null;
  const areas: AreaView[] =
    mode.kind === 'handbook' ? mode.areas : [{ chapter: check, title: '', href: '' }];
  const result: ResultValue = {
    scores: scoresFromProfile(handbookProfile(areas, statements, answers)),
  };
  if (mode.kind === 'chapter') {
    const reading = readSelfCheck(statements, mode.bands, answers);
    if (reading.status === 'complete') result.band = reading.band.title;
  }
  return result;
}
