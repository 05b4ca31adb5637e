/**
 * A reader's answers to one worksheet: their shape, the form names they are
 * read from and written to, and the text printed for each field.
 *
 * Answers are plain strings only. They are always shown as text, never as
 * HTML, so nothing a reader types or loads can change the page.
 */
import { z } from 'astro/zod';
import type { WorksheetData, WorksheetField } from './schema';

/** Text or date → string; list → one string a line; checklist → ticked option ids. */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

export const answerLimits = {
  'short-text': 200,
  'long-text': 2000,
  list: 200,
  date: 10,
} as const;

/** Loose shape of stored or loaded answers; `normaliseAnswers` checks them against the sheet. */
export const answersSchema = z.record(
  z.string().max(64),
  z.union([z.string().max(4000), z.array(z.string().max(4000)).max(20)]),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Control characters other than tab and newline never belong in an answer. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The `name` of a field's form control; list lines are `<id>.<n>`, from 1. */
export function controlName(fieldId: string, line?: number): string {
  return line === undefined ? fieldId : `${fieldId}.${line}`;
}

export function controlId(fieldId: string, part?: number | string): string {
  return part === undefined ? `ws-${fieldId}` : `ws-${fieldId}-${part}`;
}

export type FieldProblem = { fieldId: string; label: string; problem: string };

/**
 * Keeps only answers this worksheet asks for, in the right shape. Unknown
 * fields and options are dropped; answers of the wrong type or too long are
 * reported, so a loaded file is either taken whole or not at all.
 */
export function normaliseAnswers(
  worksheet: WorksheetData,
  raw: Readonly<Record<string, unknown>>,
): { answers: Answers; problems: FieldProblem[] } {
  const answers: Answers = {};
  const problems: FieldProblem[] = [];
  for (const field of worksheet.fields) {
    if (!Object.hasOwn(raw, field.id)) continue;
    const value = raw[field.id];
    const report = (problem: string) =>
      problems.push({ fieldId: field.id, label: field.label, problem });
    switch (field.kind) {
      case 'short-text':
      case 'long-text':
      case 'date': {
        if (typeof value !== 'string') {
          report('is not plain text');
          break;
        }
        const text = clean(value);
        if (field.kind === 'date' && text !== '' && !ISO_DATE.test(text)) {
          report('is not a date');
        } else if (text.length > answerLimits[field.kind]) {
          report(`is longer than ${answerLimits[field.kind]} characters`);
        } else if (text !== '') {
          answers[field.id] = text;
        }
        break;
      }
      case 'list': {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          report('is not a list of plain text');
          break;
        }
        if (value.length > field.count) {
          report(`has more than ${field.count} lines`);
          break;
        }
        const lines = value.map((v) => clean(v).replace(/\n/g, ' '));
        if (lines.some((l) => l.length > answerLimits.list)) {
          report(`has a line longer than ${answerLimits.list} characters`);
        } else if (lines.some((l) => l.trim() !== '')) {
          answers[field.id] = [...lines, ...Array<string>(field.count - lines.length).fill('')];
        }
        break;
      }
      case 'checklist': {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          report('is not a list of ticked options');
          break;
        }
        const known = field.options.map((o) => o.id).filter((id) => value.includes(id));
        if (known.length) answers[field.id] = known;
        break;
      }
      case 'signature':
        // Signed by hand on paper: nothing to keep.
        break;
    }
  }
  return { answers, problems };
}

/**
 * Answers from a form's entries (as `FormData` gives them: ticked boxes
 * only). Anything over a field's limit is cut to it, as `maxlength` would.
 */
export function answersFromEntries(
  worksheet: WorksheetData,
  entries: Iterable<readonly [string, string]>,
): Answers {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) {
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const answers: Answers = {};
  for (const field of worksheet.fields) {
    switch (field.kind) {
      case 'short-text':
      case 'long-text':
      case 'date': {
        const text = clean(values.get(controlName(field.id))?.[0] ?? '').slice(
          0,
          answerLimits[field.kind],
        );
        if (text.trim() !== '') answers[field.id] = text;
        break;
      }
      case 'list': {
        const lines = Array.from({ length: field.count }, (_, i) =>
          clean(values.get(controlName(field.id, i + 1))?.[0] ?? '').slice(0, answerLimits.list),
        );
        if (lines.some((l) => l.trim() !== '')) answers[field.id] = lines;
        break;
      }
      case 'checklist': {
        const ticked = values.get(controlName(field.id)) ?? [];
        const known = field.options.map((o) => o.id).filter((id) => ticked.includes(id));
        if (known.length) answers[field.id] = known;
        break;
      }
      case 'signature':
        break;
    }
  }
  return answers;
}

/** How many fields have an answer: for "3 of 6 answered" and to skip saving nothing. */
export function answeredCount(answers: Answers): number {
  return Object.keys(answers).length;
}

/** `2025-03-04` → `4 March 2025`, read the same on any device (no time zone shift). */
export function printedDate(iso: string): string {
  if (!ISO_DATE.test(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The text to print for a text, date or list line; '' means print ruled lines instead. */
export function printedText(field: WorksheetField, answers: Answers, line?: number): string {
  const value = answers[field.id];
  if (value === undefined) return '';
  if (field.kind === 'list') {
    return line === undefined || !Array.isArray(value) ? '' : (value[line - 1] ?? '');
  }
  if (typeof value !== 'string') return '';
  return field.kind === 'date' ? printedDate(value) : value;
}
