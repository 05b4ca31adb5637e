/**
 * What the page needs to draw one worksheet field, on screen and on paper:
 * control names and ids, limits, and how many ruled lines to print when it
 * is empty. Kept here so the markup stays thin and the rules are tested.
 */
import type { WorksheetField } from './schema';
import { answerLimits, controlId, controlName, hintIdOf } from './answers';
import { canAddLines, lineLabel, listCapacity } from './list-lines';

export interface LineView {
  /** 1-based line number, shown to the reader. */
  n: number;
  id: string;
  name: string;
  label: string;
}

export interface FieldView {
  field: WorksheetField;
  /** Id of the main control, or of the group for lists and checklists. */
  id: string;
  hintId: string | undefined;
  /** Ruled lines to print for an empty text field. */
  printLines: number;
  maxLength: number | undefined;
  /** Numbered lines of a list field, as rendered (and printed blank without JavaScript). */
  lines: LineView[];
  /** For a list the reader can add lines to: the most lines it can hold. */
  maxLines: number | undefined;
  /**
   * Unnumbered ruled lines printed after a list the reader can add lines to,
   * since paper has no "Add a line": `always` print, `whenEmpty` more when
   * nothing in it is filled in (a copy to fill in by hand).
   */
  spareLines: { always: number; whenEmpty: number };
  /** A checklist's boxes. */
  options: { id: string; value: string; label: string }[];
}

/** Spare lines for a list that can grow: a blank copy fills the space a short list leaves. */
export const listSpareLines = { always: 2, whenEmpty: 4 } as const;

const noSpareLines = { always: 0, whenEmpty: 0 };

export function fieldView(field: WorksheetField): FieldView {
  const id = controlId(field.id);
  const base = { field, id, hintId: field.hint ? hintIdOf(field.id) : undefined };
  switch (field.kind) {
    case 'short-text':
    case 'date':
      return {
        ...base,
        printLines: 1,
        maxLength: answerLimits[field.kind],
        lines: [],
        maxLines: undefined,
        spareLines: noSpareLines,
        options: [],
      };
    case 'long-text':
      return {
        ...base,
        printLines: field.lines,
        maxLength: answerLimits['long-text'],
        lines: [],
        maxLines: undefined,
        spareLines: noSpareLines,
        options: [],
      };
    case 'list':
      return {
        ...base,
        printLines: 1,
        maxLength: answerLimits.list,
        lines: Array.from({ length: field.count }, (_, i) => ({
          n: i + 1,
          id: controlId(field.id, i + 1),
          name: controlName(field.id, i + 1),
          label: lineLabel(field, i + 1),
        })),
        maxLines: canAddLines(field) ? listCapacity(field) : undefined,
        spareLines: canAddLines(field) ? listSpareLines : noSpareLines,
        options: [],
      };
    case 'checklist':
      return {
        ...base,
        printLines: 0,
        maxLength: undefined,
        lines: [],
        maxLines: undefined,
        spareLines: noSpareLines,
        options: field.options.map((o) => ({
          id: controlId(field.id, o.id),
          value: o.id,
          label: o.label,
        })),
      };
    case 'signature':
      return {
        ...base,
        printLines: 1,
        maxLength: undefined,
        lines: [],
        maxLines: undefined,
        spareLines: noSpareLines,
        options: [],
      };
  }
}
