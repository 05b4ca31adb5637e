/**
 * "N of M boxes filled in" on a worksheet: counts what the reader sees, each
 * writing box (a text, a date, every line of a list), and each checklist as
 * one box once something is ticked. Signatures are for a pen, so they are
 * not counted.
 */
import type { Answers } from './answers';
import type { WorksheetField } from './schema';

export interface BoxCount {
  filled: number;
  total: number;
}

const written = (value: unknown) => typeof value === 'string' && value.trim() !== '';

export function boxCount(fields: readonly WorksheetField[], answers: Answers): BoxCount {
  let filled = 0;
  let total = 0;
  for (const field of fields) {
    const answer = answers[field.id];
    if (field.kind === 'signature') continue;
    if (field.kind === 'list') {
      const lines = Array.isArray(answer) ? answer : [];
      total += Math.max(field.count, lines.length);
      filled += lines.filter(written).length;
    } else if (field.kind === 'checklist') {
      total += 1;
      if (Array.isArray(answer) && answer.length > 0) filled += 1;
    } else {
      total += 1;
      if (written(answer)) filled += 1;
    }
  }
  return { filled, total };
}
