/**
 * The page side of lists the reader can add lines to (a list field with
 * `maxCount`). The page renders `count` lines, which is also what prints
 * blank without JavaScript; "Add a line", or answers with more lines, copy
 * the last line's markup with the next number, up to `maxCount`. Answers stay
 * one string a line, so saving needs nothing new.
 */
import { controlId, controlName } from './answers';
import { lineLabel, listCapacity } from './list-lines';

/** The `<ol>` of a list field's lines in the form, if the list is there. */
function linesOf(form: HTMLFormElement, fieldId: string): HTMLOListElement | null {
  return form.querySelector<HTMLOListElement>(`ol[data-lines-for="${CSS.escape(fieldId)}"]`);
}

export function lineCount(form: HTMLFormElement, fieldId: string): number {
  return linesOf(form, fieldId)?.children.length ?? 0;
}

/**
 * Makes sure a list has at least `wanted` lines (never more than its
 * `maxCount`, never fewer than it has), copying the last line's markup.
 * Returns the number of lines it now has.
 */
export function ensureLines(
  form: HTMLFormElement,
  field: { id: string; label: string; count: number; maxCount?: number | undefined },
  wanted: number,
): number {
  const list = linesOf(form, field.id);
  if (!list) return 0;
  const target = Math.min(wanted, listCapacity(field));
  while (list.children.length < target) {
    const last = list.lastElementChild;
    if (!last) break;
    const n = list.children.length + 1;
    const line = last.cloneNode(true) as HTMLElement;
    const number = line.querySelector('[data-line-number]');
    if (number) number.textContent = `${n}.`;
    const label = line.querySelector('label');
    const input = line.querySelector('input');
    const copy = line.querySelector<HTMLElement>('[data-print-for]');
    const id = controlId(field.id, n);
    if (label) {
      label.htmlFor = id;
      label.textContent = lineLabel(field, n);
    }
    if (input) {
      input.id = id;
      input.name = controlName(field.id, n);
      input.value = '';
    }
    if (copy) {
      copy.dataset.printFor = controlName(field.id, n);
      copy.removeAttribute('data-filled');
      const text = copy.querySelector('[data-print-text]');
      if (text) text.textContent = '';
    }
    list.append(line);
  }
  return list.children.length;
}

/**
 * Takes a list back to the lines the page first had (`count`), as a cleared
 * sheet should look, and lets "Add a line" add again.
 */
export function dropAddedLines(form: HTMLFormElement, field: { id: string; count: number }): void {
  const list = linesOf(form, field.id);
  while (list && list.children.length > field.count) list.lastElementChild?.remove();
  const button = form.querySelector<HTMLButtonElement>(
    `button[data-add-line="${CSS.escape(field.id)}"]`,
  );
  if (!button) return;
  button.disabled = false;
  const status = button.parentElement?.querySelector('[data-add-line-status]');
  if (status) status.textContent = '';
}
