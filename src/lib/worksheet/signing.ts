import type { WorksheetField } from './schema';

/**
 * A sheet's fields, and the signatures (each with its date) that end it, kept
 * apart so they print as one block that never starts a page alone: a
 * signature on a sheet of its own could be attached to anything. Dates just
 * before the signatures (the day to look at the sheet again) are the sheet's
 * own fields, shown as such, but print in that block: each kept apart from
 * the signatures by a rule of its own made Chrome give up on both and move
 * the whole form off its first page.
 */
export function splitSigning(fields: readonly WorksheetField[]): {
  body: WorksheetField[];
  leadDates: WorksheetField[];
  signing: WorksheetField[];
} {
  let start = fields.length;
  while (start > 0) {
    const kind = fields[start - 1]?.kind;
    if (kind !== 'signature' && kind !== 'date') break;
    start--;
  }
  const datesFrom = start;
  // Dates alone at the end are a sheet's own fields, not a signing.
  while (start < fields.length && fields[start]?.kind !== 'signature') start++;
  if (start === fields.length) return { body: [...fields], leadDates: [], signing: [] };
  return {
    body: fields.slice(0, datesFrom),
    leadDates: fields.slice(datesFrom, start),
    signing: fields.slice(start),
  };
}
