/**
 * One open worksheet's answers while the page is open: what is saved (and
 * shown), the reader's changes not saved yet, and what a delete made
 * elsewhere took off the page. It reads and writes the device's storage and
 * returns plain results; the form and the messages stay with the island.
 * (A closure, not a class: what it keeps shrinks to a letter in the
 * browser's copy, which has a byte budget.)
 */
import {
  noteDeleted,
  peekFieldValues,
  type KeptField,
  type RecordLoad,
  type RecordSave,
} from '../storage/records';
import { deviceStorage, fullKey, keepCopy, type DeviceStorage } from '../storage/storage';
import { answeredCount, type Answer, type Answers } from './answers';
import { listCapacity } from './list-lines';
import { mergeKind } from './merge';
import {
  clearAnswers,
  keepRecordCopy,
  loadAnswers,
  saveAnswerEdits,
  shownAnswers,
  worksheetKey,
  worksheetRecord,
} from './saving';
import type { WorksheetData } from './schema';
import {
  afterSaving,
  answersShown,
  changesToSave,
  type Changes,
  hasChanges,
  keptOnPage,
  noChanges,
  withReaderChanges,
} from './unsaved-changes';

/**
 * The session of the sheet saved as `slug` (a dated sheet's: that entry's).
 * `notSaving` tells whether "Don't save this sheet on this device" is
 * ticked; `storage` gives the device's storage (null when the browser stores
 * nothing).
 */
export function sheetSession(
  slug: string,
  worksheet: WorksheetData,
  notSaving: () => boolean,
  storage: () => DeviceStorage | null = deviceStorage,
) {
  /** What is stored (and shown), as last read or written. */
  let shown: Answers = {};
  /** Changes the reader made that could not be saved yet. */
  let unsaved = noChanges;
  /** What a delete made elsewhere took off this page, and when: see `followDontSave`. */
  let wiped: { answers: Answers; at: number } | null = null;
  /** The saved record is copied aside before the next save (see `typedEarly`). */
  let copyFirst = false;

  /**
   * Before the saved record goes (cleared, or "Don't save"), saved words
   * typed over early and never shown are copied aside, making room with the
   * record's own if need be: cleared unseen on a full device, they were lost.
   */
  const copiedIfNeeded = (noted: boolean) => {
    if (!copyFirst) return true;
    const store = storage();
    const key = worksheetKey(slug);
    if (!keepSavedCopy(store, key)) {
      // No room beside it: the record goes anyway, so it makes room for its
      // own copy, and its going is noted here (the clear finds it gone).
      const moved = store && moveAside(store, key);
      if (!moved) return false;
      if (noted) noteDeleted(store, fullKey(key), undefined, moved);
    }
    copyFirst = false;
    return true;
  };
  const kindOf = (fieldId: string) =>
    mergeKind(worksheet.fields.find((f) => f.id === fieldId)?.kind);
  /** What the page shows: what is stored with the unsaved changes on top. */
  const current = () => answersShown(shown, unsaved, kindOf);
  /** Everything shown stays on the page only; nothing stays on the device. */
  const onPageOnly = (answers: Answers) => {
    unsaved = keptOnPage(answers);
    shown = {};
  };

  return {
    current,

    /** Changes from the reader, each merging with what another tab saves after it. */
    change(values: Changes) {
      unsaved = withReaderChanges(unsaved, shown, values);
    },

    /**
     * Typed or ticked before the page's script woke, into boxes that showed
     * nothing of what is saved: merged with it as if typed into empty boxes
     * (ticks and lines join the saved ones; they had replaced them, with no
     * copy). Saved words the typing replaces (text, or lines a full list has
     * no room for) are kept as a recovery copy before it is saved; with no
     * room for the copy, the typing waits on the page, as any change does
     * on a full device. Gives the fields whose saved words it replaces; null
     * when nothing was typed.
     */
    typedEarly(values: Answers): string[] | null {
      if (answeredCount(values) === 0) return null;
      const merged = answersShown(shown, withReaderChanges(noChanges, {}, values), kindOf);
      const typed: Answers = {};
      const replaces: string[] = [];
      for (const id of Object.keys(values)) {
        const field = worksheet.fields.find((f) => f.id === id);
        let answer = merged[id];
        const saved = shown[id];
        if (field?.kind === 'list' && Array.isArray(answer)) {
          const room = listCapacity(field);
          if (answer.slice(room).some((line) => line.trim() !== '')) replaces.push(id);
          answer = answer.slice(0, room);
        } else if (typeof saved === 'string' && saved.trim() !== '' && saved !== answer) {
          replaces.push(id);
        }
        if (answer !== undefined) typed[id] = answer;
      }
      copyFirst = replaces.length > 0;
      unsaved = withReaderChanges(noChanges, shown, typed);
      return replaces;
    },

    /**
     * Reads what is stored, keeping unsaved changes on top. A delete made in
     * another tab or on "Your data" takes unsaved changes made before with
     * it, unless the reader keeps this sheet on the page only (nothing of it
     * was saved). Gives what was read, and whether boxes with answers were
     * emptied so (they say why).
     */
    refresh(fromElsewhere: false | string): [load: RecordLoad<Answer>, emptied: boolean] {
      const load = loadAnswers(storage(), slug, worksheet);
      let emptied = false;
      // Nothing saved now: no saved words wait to be copied.
      if (load.status === 'empty') copyFirst = false;
      if (fromElsewhere && load.status === 'empty' && !notSaving()) {
        const before = current();
        wiped = { answers: before, at: Date.now() };
        unsaved = noChanges;
        emptied = answeredCount(before) > 0;
      }
      shown = shownAnswers(load);
      return [load, emptied];
    },

    /**
     * Saves every change not yet saved; on failure they stay on the page, to
     * be retried. Gives the changes and how saving them went: null with
     * nothing to save; no result when the reader chose not to save this sheet
     * (the changes stay on the page only).
     */
    save(): [changes: Changes, result?: RecordSave] | null {
      if (!hasChanges(unsaved)) return null;
      // Each change as shown: merged with what another tab saved meanwhile.
      const changes = changesToSave(unsaved, current());
      if (notSaving()) return [changes];
      // Saved words typed over before the page woke: copied first, or nothing is written.
      if (copyFirst) {
        if (!keepSavedCopy(storage(), worksheetKey(slug))) return [changes, noRoomForCopy];
        copyFirst = false;
      }
      const result = saveAnswerEdits(storage(), slug, worksheet, changes);
      if (result.ok) {
        shown = afterSaving(shown, changes);
        unsaved = noChanges;
      }
      return [changes, result];
    },

    /** After a save was tried: the changes are kept, left on the page by choice, or refused. */
    savedNow: () => (!hasChanges(unsaved) ? 'saved' : notSaving() ? 'not-saving' : 'refused'),

    /** This device keeps answers for the sheet. */
    keepsAnswers: () => answeredCount(shown) > 0,

    /** "Don't save" ticked here: the saved copy goes (the outcome says if it did). */
    stopSaving() {
      onPageOnly(current());
      if (!copiedIfNeeded(false)) return 'refused' as const;
      return clearAnswers(storage(), slug, worksheet, 'not-saving');
    },

    /**
     * "Don't save" ticked in another tab, which removes the saved copy. If its
     * removal reached this page first, it took this page's text off the
     * screen: put back, on the page only. Both messages arrive within
     * moments; 5 s also covers a busy phone.
     */
    followDontSave() {
      onPageOnly({
        ...(wiped && Date.now() - wiped.at < 5_000 ? wiped.answers : {}),
        ...current(),
      });
      wiped = null;
    },

    /** Empties the sheet, on the page and on the device. */
    clear() {
      unsaved = noChanges;
      shown = {};
      if (!copiedIfNeeded(true)) return 'refused' as const;
      return clearAnswers(storage(), slug, worksheet);
    },

    /**
     * What a new entry may start from: the entry saved as `from`, only its
     * `carried` fields (the plan; what happened that day or week stays with
     * it), and only those still empty here (what the reader typed stays).
     * Read without writing: that entry is only looked at.
     */
    carriedFrom(from: string, carried: readonly string[]): Answers {
      const all = peekFieldValues(storage(), worksheetRecord(from, worksheet));
      const now = current();
      return Object.fromEntries(
        Object.entries(all).filter(([id]) => carried.includes(id) && !(id in now)),
      );
    },

    /** The answers to download: those the sheet cannot show now too, so nothing is left behind. */
    forDownload: (kept: readonly KeptField[]) =>
      ({
        ...Object.fromEntries(kept.map((item) => [item.fieldId, item.value])),
        ...current(),
      }) as Answers,
  };
}

export type SheetSession = ReturnType<typeof sheetSession>;

/** A save refused because the copy it must make first did not fit. */
const noRoomForCopy: RecordSave = { ok: false, reason: 'full' };

/** Whether the record saved as `key` is copied aside, or nothing is saved there to copy. */
function keepSavedCopy(storage: DeviceStorage | null, key: string): boolean {
  return !!storage && keepRecordCopy(storage, key) !== null;
}

/**
 * Moves the record saved as `key` to a recovery copy, its own room making
 * room for the copy; put back if even that fails. Gives its text once moved.
 */
function moveAside(storage: DeviceStorage, key: string): string | null {
  let raw: string | null = null;
  try {
    raw = storage.getItem(fullKey(key));
    if (raw === null) return null;
    storage.removeItem(fullKey(key));
    if (keepCopy(storage, key, raw)) return raw;
    storage.setItem(fullKey(key), raw);
  } catch {
    // Refused even the way back: one last try under the copy's name.
    if (raw !== null) keepCopy(storage, key, raw);
  }
  return null;
}
