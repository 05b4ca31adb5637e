import type { WorksheetField } from './schema';

/**
 * A sheet's fields, and the signatures (each with its date) that end it, kept
 * apart so they print as one block that never starts a page alone: a
 * signature on a sheet of its own could be attached to anything.
 */
export function splitSigning(fields: readonly WorksheetField[]): {
  body: WorksheetField[];
  signing: WorksheetField[];
} {
  let start = fields.length;
  while (start > 0) {
    const kind = fields[start - 1]?.kind;
    if (kind !== 'signature' && kind !== 'date') break;
    start--;
  }
  // Dates alone at the end are a sheet's own fields, not a signing.
  while (start < fields.length && fields[start]?.kind !== 'signature') start++;
  return { body: fields.slice(0, start), signing: fields.slice(start) };
}
