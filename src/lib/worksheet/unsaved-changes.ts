/**
 * A sheet's changes that are not saved yet (storage full or off, the reader
 * chose not to save, or a save still to come), each with the saved value it
 * started from. What the page shows is the saved answers with these on top:
 * a change with a base merges with what another tab saved since (list lines,
 * ticks: see merge.ts); one without is taken whole.
 */
import type { Answer, Answers } from './answers';
import { mergeAnswer, type MergeKind } from './merge';

/** A field's new value; `undefined` empties it. */
export type Changes = Record<string, Answer | undefined>;

export interface UnsavedChanges {
  changes: Changes;
  /** For each change that merges, the saved value it started from. */
  bases: Record<string, { value: Answer | undefined }>;
}

export const noChanges: UnsavedChanges = { changes: {}, bases: {} };

export function hasChanges(unsaved: UnsavedChanges): boolean {
  return Object.keys(unsaved.changes).length > 0;
}

/** Changes taken whole, over whatever is saved: what a save has just written. */
export function takenWhole(values: Changes): UnsavedChanges {
  return { changes: { ...values }, bases: {} };
}

/**
 * Changes from the reader (typed, loaded from a file, copied from the last
 * entry), each starting from the saved value now: what the page shows
 * already has that merged in, so only what another tab saves after this
 * merges again.
 */
export function withReaderChanges(
  unsaved: UnsavedChanges,
  saved: Readonly<Answers>,
  values: Changes,
): UnsavedChanges {
  const bases = { ...unsaved.bases };
  for (const id of Object.keys(values)) bases[id] = { value: saved[id] };
  return { changes: { ...unsaved.changes, ...values }, bases };
}

/**
 * The whole sheet kept on this page only ("Don't save this sheet"): each
 * answer starts from itself, so if another tab saves the sheet meanwhile,
 * its lines and ticks merge in rather than being written over later.
 */
export function keptOnPage(values: Readonly<Answers>): UnsavedChanges {
  return {
    changes: { ...values },
    bases: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }])),
  };
}

/** What the page shows: `saved` with the unsaved changes on top. */
export function answersShown(
  saved: Readonly<Answers>,
  unsaved: UnsavedChanges,
  kindOf: (fieldId: string) => MergeKind,
): Answers {
  const answers = { ...saved };
  // With nothing saved at all (the sheet is kept on this page only), there is
  // nothing to merge with: the page's own text stands.
  const nothingSaved = Object.keys(saved).length === 0;
  for (const [id, ours] of Object.entries(unsaved.changes)) {
    const base = unsaved.bases[id];
    const answer =
      base && !nothingSaved ? mergeAnswer(kindOf(id), base.value, ours, saved[id]) : ours;
    if (answer === undefined) delete answers[id];
    else answers[id] = answer;
  }
  return answers;
}

/** Each unsaved change as the page shows it, merged: what a save writes. */
export function changesToSave(unsaved: UnsavedChanges, shown: Readonly<Answers>): Changes {
  return Object.fromEntries(Object.keys(unsaved.changes).map((id) => [id, shown[id]]));
}

/** `saved` once `written` is saved: an `undefined` change removes the answer. */
export function afterSaving(saved: Readonly<Answers>, written: Changes): Answers {
  return answersShown(saved, takenWhole(written), () => 'text');
}
