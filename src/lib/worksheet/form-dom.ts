/**
 * The thin layer between a worksheet's server-rendered form and the answers
 * model: read the form, fill it, and keep the print-only copies of each
 * answer up to date (textareas do not grow on paper, so their text is
 * printed from a copy). Text is only ever set with `textContent`.
 */
import type { WorksheetData } from './schema';
import {
  answersFromEntries,
  entriesByName,
  fieldAnswer,
  fieldIdOfControl,
  controlName,
  printedText,
  type Answer,
  type Answers,
} from './answers';
import { listCapacity } from './list-lines';
import { ensureLines } from './rows';

function formEntries(form: HTMLFormElement): [string, string][] {
  const entries: [string, string][] = [];
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string') entries.push([name, value]);
  });
  return entries;
}

export function readForm(
  form: HTMLFormElement,
  worksheet: WorksheetData,
  previous: Readonly<Answers> = {},
): Answers {
  return answersFromEntries(worksheet, formEntries(form), previous);
}

/** Marked by typed-early.js on each box the reader typed in or ticked before the sheet woke. */
export const typedEarlyAttribute = 'data-typed-early';

/**
 * What the reader typed or ticked before the sheet woke: only fields with a
 * box marked so. After a reload or Back a box may hold what the browser put
 * back, which is never taken for typing; what the reader typed then is.
 */
export function typedBeforeWaking(form: HTMLFormElement, worksheet: WorksheetData): Answers {
  const typed = new Set(
    [...form.querySelectorAll(`[${typedEarlyAttribute}]`)].map((box) =>
      fieldIdOfControl(box.getAttribute('name') ?? ''),
    ),
  );
  return Object.fromEntries(
    Object.entries(readForm(form, worksheet)).filter(([id]) => typed.has(id)),
  );
}

/**
 * The field a reader just changed (from an input or change event), with
 * its answer now: only this field is saved, so text the browser put back
 * in other fields on its own is never written.
 */
export function changedField(
  event: Event,
  form: HTMLFormElement,
  worksheet: WorksheetData,
  previous: Readonly<Answers>,
): { fieldId: string; answer: Answer | undefined } | null {
  const target = event.target;
  if (
    !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) ||
    !target.name
  ) {
    return null;
  }
  const fieldId = fieldIdOfControl(target.name);
  const field = worksheet.fields.find((f) => f.id === fieldId);
  if (!field) return null;
  const answer = fieldAnswer(field, entriesByName(formEntries(form)), previous[fieldId]);
  return { fieldId, answer };
}

function control(form: HTMLFormElement, name: string) {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

export function fillForm(form: HTMLFormElement, worksheet: WorksheetData, answers: Answers) {
  for (const field of worksheet.fields) {
    const value = answers[field.id];
    switch (field.kind) {
      case 'short-text':
      case 'long-text':
      case 'date': {
        const el = control(form, controlName(field.id));
        if (el) el.value = typeof value === 'string' ? value : '';
        break;
      }
      case 'list':
        // Lines the reader added last time come back before they are filled.
        ensureLines(form, field, Array.isArray(value) ? value.length : 0);
        for (let n = 1; n <= listCapacity(field); n++) {
          const el = control(form, controlName(field.id, n));
          if (el) el.value = Array.isArray(value) ? (value[n - 1] ?? '') : '';
        }
        break;
      case 'checklist':
        for (const box of form.querySelectorAll<HTMLInputElement>(
          `input[type="checkbox"][name="${field.id}"]`,
        )) {
          box.checked = Array.isArray(value) && value.includes(box.value);
        }
        break;
      case 'signature':
        break;
    }
  }
  updatePrintCopies(form, worksheet, answers);
}

export function updatePrintCopies(
  form: HTMLFormElement,
  worksheet: WorksheetData,
  answers: Answers,
) {
  for (const field of worksheet.fields) {
    const lines = field.kind === 'list' ? listCapacity(field) : 1;
    for (let n = 1; n <= lines; n++) {
      const name = field.kind === 'list' ? controlName(field.id, n) : controlName(field.id);
      const copy = form.querySelector<HTMLElement>(`[data-print-for="${name}"]`);
      if (!copy) continue;
      const text = printedText(field, answers, field.kind === 'list' ? n : undefined);
      const target = copy.querySelector<HTMLElement>('[data-print-text]');
      if (target) target.textContent = text;
      copy.toggleAttribute('data-filled', text.trim() !== '');
    }
  }
}

/**
 * Just under the box typed in (a list's or a checklist's, under its lines),
 * while this device will not keep it: the notice that says why sits above
 * the sheet, a screen or more away on a phone. The note's words are the
 * form's own template. `typedIn` null takes the note away.
 */
export function markFieldUnsaved(form: HTMLFormElement, typedIn: Element | null) {
  const after = typedIn?.closest('.ws-lines, .ws-options') ?? typedIn;
  const shown = form.querySelector('[data-field-unsaved]');
  if (shown && shown.previousElementSibling === after) return;
  shown?.remove();
  const note = form.querySelector<HTMLTemplateElement>('template[data-field-unsaved-note]')?.content
    .firstElementChild;
  if (after && note) after.after(note.cloneNode(true));
}
