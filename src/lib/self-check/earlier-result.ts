/**
 * A chapter's earlier results, each as a line. Only a chapter lists them,
 * so this stays out of the file /self-check/ shares (client-chunks.ts).
 */
import { formatDay } from '../progress/dates';
import type { DatedResult } from '../progress/results';
import { labelForAverage } from './scale';

/** One earlier result of a chapter's check, as a line: "9 March 2026: Getting there, on average: Sometimes". */
export function earlierResultText(result: DatedResult, check: string): string {
  const score = result.scores[check];
  const said = [
    result.band ?? [],
    score === undefined ? [] : `on average: ${labelForAverage(score)}`,
  ];
  const words = said.flat().join(', ');
  return words ? `${formatDay(result.day)}: ${words}` : formatDay(result.day);
}
