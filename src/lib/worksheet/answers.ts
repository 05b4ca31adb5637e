/**
 * A reader's answers to one worksheet: their shape, the form names they are
 * read from and written to, and the text printed for each field.
 *
 * Answers are plain strings only. They are always shown as text, never as
 * HTML, so nothing a reader types or loads can change the page.
 */
import { formatDay, isDateBoxValue } from '../progress/dates';
import type { FieldCheck } from '../storage/records';
import { keptLines, listCapacity } from './list-lines';
import type { WorksheetData, WorksheetField } from './schema';

/** Text or date → string; list → one string a line; checklist → ticked option ids. */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

/**
 * The most a reader can type in each kind of field (the form's `maxlength`).
 * The same numbers decide what a saved answer may be: one longer than this
 * (saved before a limit changed) is still kept and shown in full.
 */
export const answerLimits = {
  'short-text': 200,
  'long-text': 2000,
  list: 200,
  /** `275760-09-13`: a date box takes years of up to six digits. */
  date: 12,
} as const;

/** Control characters other than tab and newline never belong in an answer. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The `name` of a field's form control; list lines are `<id>.<n>`, from 1. */
export function controlName(fieldId: string, line?: number): string {
  return line === undefined ? fieldId : `${fieldId}.${line}`;
}

/** The field a form control belongs to: `items.2` → `items`. */
export function fieldIdOfControl(name: string): string {
  return name.split('.')[0] ?? name;
}

export function controlId(fieldId: string, part?: number | string): string {
  return part === undefined ? `ws-${fieldId}` : `ws-${fieldId}-${part}`;
}

/** The id of a field's hint, which its box is described by. */
export function hintIdOf(fieldId: string): string {
  return `${controlId(fieldId)}-hint`;
}

export type FieldProblem = { fieldId: string; label: string; problem: string };

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The question an answer is for, as the reader knew it: asked now, or retired. */
export function questionOf(worksheet: WorksheetData, fieldId: string): string {
  return (
    [...worksheet.fields, ...(worksheet.retired ?? [])].find((f) => f.id === fieldId)?.label ??
    fieldId
  );
}

/**
 * Checks one saved or loaded answer against the sheet as it is now. An
 * answer the sheet cannot show (field gone, a date in another format, more
 * lines than the list has) is refused with a reason, so the caller keeps it
 * and tells the reader; one it can show but that breaks a limit comes with
 * a note. Problems complete the sentence "This answer …".
 */
export function checkAnswer(
  worksheet: WorksheetData,
  fieldId: string,
  value: unknown,
): FieldCheck<Answer> {
  const field = worksheet.fields.find((f) => f.id === fieldId);
  if (!field || field.kind === 'signature') {
    return { ok: false, problem: 'is for a question that is no longer on this sheet' };
  }
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
    case 'date': {
      if (typeof value !== 'string') return { ok: false, problem: 'is not plain text' };
      const text = clean(value);
      // A day that exists: 2026-02-31 would print as 3 March, and no date box can show it.
      if (field.kind === 'date' && text !== '' && !isDateBoxValue(text)) {
        return {
          ok: false,
          problem: `is a date written as “${text.slice(0, 40)}”, which the date box cannot show`,
        };
      }
      const limit = answerLimits[field.kind];
      return text.length > limit
        ? {
            ok: true,
            value: text,
            note: `is longer than the ${limit} characters this box now allows; it is kept and shown in full`,
          }
        : { ok: true, value: text };
    }
    case 'list': {
      if (!isTextList(value)) return { ok: false, problem: 'is not a list of plain text' };
      const lines = value.map((v) => clean(v).replace(/\n/g, ' '));
      const capacity = listCapacity(field);
      if (lines.length > capacity && lines.slice(capacity).some((l) => l.trim() !== '')) {
        return {
          ok: false,
          problem: `has ${lines.length} lines, but this list now has ${capacity}`,
        };
      }
      const shown = keptLines(field, lines);
      return lines.some((l) => l.length > answerLimits.list)
        ? {
            ok: true,
            value: shown,
            note: `has a line longer than the ${answerLimits.list} characters a line now allows; it is kept in full`,
          }
        : { ok: true, value: shown };
    }
    case 'checklist': {
      if (!isTextList(value)) return { ok: false, problem: 'is not a list of ticked options' };
      const known = new Set(field.options.map((o) => o.id));
      return value.some((id) => !known.has(id))
        ? {
            ok: true,
            value,
            note: 'has ticks for options no longer on this sheet; they are kept',
          }
        : { ok: true, value };
    }
    default:
      return { ok: false, problem: 'is of a kind this page does not know' };
  }
}

/**
 * Sorts answers from a file or an old record into those the sheet can show
 * and those it cannot (with the reason). Nothing is dropped without a word.
 */
export function normaliseAnswers(
  worksheet: WorksheetData,
  raw: Readonly<Record<string, unknown>>,
): { answers: Answers; problems: FieldProblem[]; notes: FieldProblem[] } {
  const answers: Answers = {};
  const problems: FieldProblem[] = [];
  const notes: FieldProblem[] = [];
  for (const [fieldId, value] of Object.entries(raw)) {
    const label = questionOf(worksheet, fieldId);
    const checked = checkAnswer(worksheet, fieldId, value);
    if (!checked.ok) problems.push({ fieldId, label, problem: checked.problem });
    else {
      if (checked.note) notes.push({ fieldId, label, problem: checked.note });
      if (!isEmptyAnswer(checked.value)) answers[fieldId] = checked.value;
    }
  }
  return { answers, problems, notes };
}

export function isEmptyAnswer(answer: Answer): boolean {
  return typeof answer === 'string'
    ? answer.trim() === ''
    : answer.every((line) => line.trim() === '');
}

/**
 * One field's answer from the form's values (name → values, as `FormData`
 * gives them: ticked boxes only), or undefined when it is empty. Nothing is
 * cut: `maxlength` stops typing past a limit, and longer text set from an
 * older save stays whole. Ticks for options the sheet no longer shows are
 * carried over from `previous`.
 */
export function fieldAnswer(
  field: WorksheetField,
  values: ReadonlyMap<string, string[]>,
  previous?: Answer,
): Answer | undefined {
  switch (field.kind) {
    case 'short-text':
    case 'long-text':
    case 'date': {
      const text = clean(values.get(controlName(field.id))?.[0] ?? '');
      return text.trim() === '' ? undefined : text;
    }
    case 'list': {
      const lines = Array.from({ length: listCapacity(field) }, (_, i) =>
        clean(values.get(controlName(field.id, i + 1))?.[0] ?? ''),
      );
      return lines.some((l) => l.trim() !== '') ? keptLines(field, lines) : undefined;
    }
    case 'checklist': {
      const ticked = values.get(controlName(field.id)) ?? [];
      const known = field.options.map((o) => o.id);
      const kept = Array.isArray(previous) ? previous.filter((id) => !known.includes(id)) : [];
      const all = [...known.filter((id) => ticked.includes(id)), ...kept];
      return all.length ? all : undefined;
    }
    default:
      return undefined;
  }
}

/** Groups form entries by control name. */
export function entriesByName(entries: Iterable<readonly [string, string]>) {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}

/** Every field's answer from the form's entries; empty fields are left out. */
export function answersFromEntries(
  worksheet: WorksheetData,
  entries: Iterable<readonly [string, string]>,
  previous: Readonly<Answers> = {},
): Answers {
  const values = entriesByName(entries);
  const answers: Answers = {};
  for (const field of worksheet.fields) {
    const answer = fieldAnswer(field, values, previous[field.id]);
    if (answer !== undefined) answers[field.id] = answer;
  }
  return answers;
}

/** How many fields have an answer: for "3 of 6 answered" and to skip saving nothing. */
export function answeredCount(answers: Answers): number {
  return Object.keys(answers).length;
}

/** The text to print for a text, date or list line; '' means print ruled lines instead. */
export function printedText(field: WorksheetField, answers: Answers, line?: number): string {
  const value = answers[field.id];
  if (value === undefined) return '';
  if (field.kind === 'list') {
    return line === undefined || !Array.isArray(value) ? '' : (value[line - 1] ?? '');
  }
  if (typeof value !== 'string') return '';
  return field.kind === 'date' ? formatDay(value) : value;
}
