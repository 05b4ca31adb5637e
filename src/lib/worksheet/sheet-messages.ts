/**
 * What a worksheet says about its answers as the reader works: the message
 * under its tools after each action, and the line saying whether the sheet
 * is saved. Each message has a kind, said first in bold ("Done: ", "Not
 * removed: "), so its meaning never rests on colour.
 */
import {
  clearRefusedNotice,
  notedDeletionNotice,
  deletedElsewhereNotice,
  elsewhereLead,
  type ClearOutcome,
} from '../storage/records';
import { formatDay, isDateBoxValue } from '../progress/dates';
import { entryFor } from '../progress/entries';
import type { Json } from '../storage/field-record';

export type SheetMessageKind =
  | 'done'
  | 'problem'
  | 'not-saved'
  | 'copied-unsaved'
  | 'loaded-unsaved'
  | 'other-tab'
  | 'meanwhile'
  | 'not-saved-yet';

export interface SheetMessage {
  kind: SheetMessageKind;
  text: string;
}

export const sheetMessageLead: Record<SheetMessageKind, string> = {
  done: 'Done: ',
  problem: 'Not loaded: ',
  'not-saved': 'Not removed: ',
  'copied-unsaved': 'Copied, not saved: ',
  'loaded-unsaved': 'Loaded, not saved: ',
  'not-saved-yet': 'Not saved yet: ',
  ...elsewhereLead,
};

/** A saved copy that could not be read nor set aside outlives a clear (see clearRecord). */
const unreadableKeptNotice =
  'An older saved copy that could not be read is still on this device: download it above, or delete it on “Your data”.';

/**
 * "Clear answers" asks this first. On a dated sheet only the open entry
 * (`entry`, its day or week) goes: "every answer on this sheet" made a reader
 * fear weeks of entries were gone, or believe they were.
 */
export function clearQuestion(entry: string | null, copyKept = false): string {
  // On a shared device, "cleared" must not hide older words kept elsewhere,
  // whichever way the copy came to be (a reader pass found it named one only).
  const copy = copyKept
    ? ' A recovery copy of earlier answers on this sheet stays on “Your data” until you delete it there.'
    : '';
  return entry
    ? `Clear your ${entryFor(entry)}? It cannot be brought back unless you have downloaded it. Your other entries stay.${copy}`
    : `Clear every answer on this sheet? They cannot be brought back unless you have downloaded them.${copy}`;
}

/** After "Clear answers": what became of the saved copy (of the open entry, on a dated sheet). */
export function clearedMessage(
  outcome: ClearOutcome,
  entry: string | null = null,
  noted = false,
): SheetMessage {
  switch (outcome) {
    case 'cleared':
      return {
        kind: 'done',
        // The notice straight after what it names: "Its" must not read as the other entries.
        text: entry
          ? `Your ${entryFor(entry)} was cleared.${noted ? ` ${notedDeletionNotice}` : ''} Your other entries are still here.`
          : `Every answer on this sheet was cleared.${noted ? ` ${notedDeletionNotice}` : ''}`,
      };
    case 'refused':
      return { kind: 'not-saved', text: clearRefusedNotice };
    case 'kept-unreadable':
      return {
        kind: 'not-saved',
        text: `The answers on this page were cleared. ${unreadableKeptNotice}`,
      };
  }
}

/** After ticking "Don't save this sheet": what became of the saved copy. */
export function notSavingMessage(outcome: ClearOutcome, copyKept = false): SheetMessage {
  switch (outcome) {
    case 'cleared':
      return {
        kind: 'done',
        // A recovery copy of earlier answers is the reader's words: never deleted unasked, but named.
        text: `Nothing from this sheet is saved on this device now${copyKept ? ', apart from a recovery copy of earlier answers: delete it on “Your data” if you do not need it' : ''}. What you type stays on this page until you close it.`,
      };
    case 'refused':
      return {
        kind: 'not-saved',
        text: 'This browser did not let the handbook remove the saved copy. See “Your data”.',
      };
    case 'kept-unreadable':
      return {
        kind: 'not-saved',
        text: `Nothing new from this sheet will be saved here. ${unreadableKeptNotice}`,
      };
  }
}

/** After unticking "Don't save this sheet": said only if it is true. */
export function savingAgainMessage(storageOff: boolean, stillUnsaved: boolean): SheetMessage {
  if (storageOff)
    return {
      kind: 'not-saved',
      text: 'This browser is not letting the handbook save anything, so this sheet cannot be saved here.',
    };
  if (stillUnsaved)
    return {
      kind: 'not-saved',
      text: 'This sheet could not be saved just now: see the message above. It is tried again as you type.',
    };
  return { kind: 'done', text: 'This sheet is saved on this device now, as you type.' };
}

/** The reader chose, in another tab with this sheet open, to save it again or not. */
export function otherTabChoiceMessage(notSaving: boolean): SheetMessage {
  return {
    kind: 'other-tab',
    text: notSaving
      ? 'you chose not to save this sheet on this device. What you type here stays on this page until you close it.'
      : 'you chose to save this sheet on this device. What you type in this tab still stays on this page only; untick “Don’t save this sheet” here to save it too.',
  };
}

/** The sheet's answers went from this page because they were deleted elsewhere. */
export function deletedElsewhereMessage(where: 'other-tab' | 'meanwhile'): SheetMessage {
  return { kind: where, text: deletedElsewhereNotice };
}

/**
 * After answers were loaded from a file (`skipped`: a sentence for each
 * answer left out): loaded onto the page whatever happens, and said to be
 * saved only if the device took them.
 */
export function loadedMessage(
  fileName: string,
  saving: 'saved' | 'not-saving' | 'refused',
  skipped: readonly string[],
): SheetMessage {
  const said = {
    saved: `Answers loaded from ${fileName}.`,
    'not-saving': `Answers loaded from ${fileName}. They stay on this page only, as you chose.`,
    refused: `The answers in ${fileName} are on this page, but this device is not keeping them just now: see the message above.`,
  }[saving];
  return {
    kind: saving === 'refused' ? 'loaded-unsaved' : 'done',
    text: [said, ...skipped].join(' '),
  };
}

/**
 * After the reader typed, before the sheet woke, in boxes whose saved words
 * were not shown yet: where those saved words went, or, while the typing is
 * not saved yet (no room, for it or for their copy first), that both wait.
 */
export function typedEarlyMessage(labels: string[], saved: boolean): SheetMessage {
  const names = labels.map((l) => `“${l}”`).join(', ');
  return saved
    ? {
        kind: 'done',
        text: `What you typed in ${names} before your saved answers opened is kept. The saved words it replaced are in a recovery copy on “Your data”.`,
      }
    : {
        kind: 'not-saved-yet',
        text: `what you typed in ${names} before your saved answers opened, since this device has no room just now. It stays on this page, and the saved words stay on the device; once there is room, it is saved and they are kept as a recovery copy.`,
      };
}

/** Said after a clear when saved words typed over before the sheet woke were kept aside. */
export const typedOverKept =
  'The saved words you typed over before the sheet opened are kept as a recovery copy on “Your data”.';

/**
 * Typed before the sheet woke with "Don't save this sheet" showing ticked,
 * as sent, on a device that keeps the sheet (as the reader chose before):
 * the typing is saved, and the reader is told, since the box said otherwise.
 */
export const keptSheetTypedEarly: SheetMessage = {
  kind: 'done',
  text: `This device keeps this sheet, as you chose before, so what you typed before the page opened is saved too. To take the whole sheet off this device, tick “Don't save this sheet on this device”.`,
};

/** After "Start from your entry for …" (`when`, in a sentence). */
export function copiedEntryMessage(
  when: string,
  copied: 'none' | 'saved' | 'refused',
): SheetMessage {
  if (copied === 'none')
    return {
      kind: 'problem',
      text: `Your entry for ${when} has nothing to carry over that this page can open.`,
    };
  if (copied === 'refused')
    return {
      kind: 'copied-unsaved',
      text: `Your entry for ${when} is on this page, but this device is not keeping it just now: see the message above.`,
    };
  return {
    kind: 'done',
    text: `What carries over from your entry for ${when} is copied here. Change what is different now.`,
  };
}

/**
 * The saving line in the page as sent, before the sheet's script wakes: true
 * then, and still true if the script never arrives (a dropped connection),
 * when "saved as you type" would not be. Only the server render uses it.
 */
export const savingOnceLoadedLine =
  'Saving on this device starts once this page has finished loading. If this note stays, the page did not load fully: copy anything you have typed, then reload the page.';

/** The line under the sheet's tools: whether what is typed is kept, and how much is filled in. */
export function savingLine(state: {
  notSaving: boolean;
  refused: boolean;
  /** How many fields have an answer. */
  answered: number;
  boxes: { filled: number; total: number };
}): string {
  const count =
    state.answered === 0 ? '' : `${state.boxes.filled} of ${state.boxes.total} boxes filled in. `;
  if (state.notSaving)
    return 'This sheet is not being saved: what you type stays on this page only, until you close it.';
  if (state.refused) return `${count}Not saved on this device just now: see the message above.`;
  if (state.answered === 0)
    return 'What you type is saved on this device as you type, and nowhere else.';
  return `${count}Saved on this device as you type, and nowhere else.`;
}

/** Above saved answers that do not fit the sheet as it is now. */
export function keptAnswersIntro(count: number): string {
  return count === 1
    ? 'One saved answer does not fit this sheet as it is now. It is kept on this device, unchanged, and is included when you download your answers:'
    : `${count} saved answers do not fit this sheet as it is now. They are kept on this device, unchanged, and are included when you download your answers:`;
}

/** A kept answer as text: list lines a line each, a day written out ("23 November 2026"). */
export function keptValueText(value: Json): string {
  if (Array.isArray(value)) return value.map(String).join('\n');
  if (typeof value !== 'string') return JSON.stringify(value);
  return isDateBoxValue(value) ? formatDay(value) : value;
}
