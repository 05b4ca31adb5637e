/**
 * One saved record kept live on a page, without any UI framework: loads it,
 * saves each edit the reader makes (only that field), keeps edits that could
 * not be saved on the page and retries them with the next edit or once
 * another tab makes room, and reloads
 * when another tab changes or deletes the record or the page comes back
 * from the back/forward cache. An island calls `edit` only from real input
 * events and renders whatever `onChange` hands it.
 */
import type { FieldEdit, Json } from './field-record';
import {
  clearRecord,
  loadFieldRecord,
  noticeAfterSave,
  recordNotice,
  saveFieldEdits,
  watchPageReturn,
  watchRecord,
  watchRoomMade,
  type ClearOutcome,
  type FieldRecordSpec,
  type KeptField,
} from './records';
import type { DeviceStorage } from './storage';

export interface LiveState<V> {
  /** What the page shows: stored values with unsaved edits on top. */
  values: Record<string, V>;
  /** Stored values the page cannot show, kept unchanged in the record. */
  kept: KeptField[];
  notes: { fieldId: string; note: string }[];
  /** What to tell the reader about storage, or null. */
  notice: string | null;
  /** The stored text when it could not be opened nor copied aside: offer it for download. */
  unreadable: string | null;
  /** Some of `values` is on this page only (storage off, full or refusing): leaving would lose it. */
  unsaved: boolean;
  /**
   * The answers shown went because the record was deleted in another tab (or
   * on "Your data") while this page was open, or while it was away (Back):
   * the page says so, as boxes that empty themselves must. Null after any edit.
   */
  deletedElsewhere: 'other-tab' | 'meanwhile' | null;
  /** When the stored answers last changed (ISO time), or null with none stored. */
  savedAt: string | null;
}

export interface LiveRecord<V> {
  state(): LiveState<V>;
  /** The reader changed one field (value, or undefined to delete it). */
  edit(fieldId: string, value: V | undefined): void;
  /** The reader asked to clear the whole record: what became of its saved copy. */
  clear(): ClearOutcome;
  /** Reads storage again (done automatically on other tabs' changes). */
  refresh(): void;
  stop(): void;
}

export function liveRecord<V extends Json>(
  storage: DeviceStorage | null,
  spec: FieldRecordSpec<V>,
  onChange: (state: LiveState<V>) => void,
  clock: () => Date = () => new Date(),
): LiveRecord<V> {
  let stored: Record<string, V> = {};
  let pending: Record<string, FieldEdit> = {};
  let state: LiveState<V> = {
    values: {},
    kept: [],
    notes: [],
    notice: null,
    unreadable: null,
    unsaved: false,
    deletedElsewhere: null,
    savedAt: null,
  };

  const shown = (): Record<string, V> => {
    const values = { ...stored };
    for (const [id, edit] of Object.entries(pending)) {
      if ('deleted' in edit) delete values[id];
      else values[id] = edit.value as V;
    }
    return values;
  };
  const publish = (next: Partial<LiveState<V>>) => {
    state = {
      ...state,
      deletedElsewhere: null,
      ...next,
      values: shown(),
      unsaved: Object.keys(pending).length > 0,
    };
    onChange(state);
  };

  const load = (fromElsewhere: false | 'other-tab' | 'meanwhile') => {
    const loaded = loadFieldRecord(storage, spec, clock());
    const deleted = fromElsewhere && loaded.status === 'empty';
    const hadAnswers = Object.keys(shown()).length > 0;
    // Deleted elsewhere ("Your data", another tab): edits made before that go too.
    if (deleted) pending = {};
    stored = loaded.status === 'loaded' ? { ...loaded.values } : {};
    publish({
      deletedElsewhere: deleted && hadAnswers ? fromElsewhere : null,
      kept: loaded.status === 'loaded' ? loaded.kept : [],
      notes: loaded.status === 'loaded' ? loaded.notes : [],
      notice: recordNotice(loaded),
      unreadable: loaded.status === 'unreadable' ? loaded.raw : null,
      savedAt: loaded.status === 'loaded' ? loaded.savedAt : null,
    });
  };

  const save = () => {
    const edits = pending;
    if (Object.keys(edits).length === 0) return;
    const result = saveFieldEdits(storage, spec, edits, clock());
    if (result.ok) {
      stored = shown();
      pending = {};
      publish({
        savedAt: result.savedAt,
        notice: noticeAfterSave(result, state.notice),
        // A kept answer written over is in its recovery copy now, no longer here.
        ...(result.keptCopy ? { kept: state.kept.filter((k) => !(k.fieldId in edits)) } : {}),
      });
    } else {
      publish({
        notice: recordNotice(result),
        ...(result.reason === 'unreadable' ? { unreadable: result.raw } : {}),
      });
    }
  };

  load(false);
  const stopWatching = watchRecord(spec.key, () => load('other-tab'));
  const stopReturn = watchPageReturn(() => load('meanwhile'));
  // Edits refused for want of room are tried again once another tab makes
  // room, not only with the next edit. Deleted meanwhile, they went with
  // the record (load, above), so nothing is written back.
  const stopRoom = watchRoomMade(storage, save);

  return {
    state: () => state,
    edit(fieldId, value) {
      pending = { ...pending, [fieldId]: value === undefined ? { deleted: true } : { value } };
      save();
    },
    clear() {
      pending = {};
      stored = {};
      // A record that could not be opened nor copied stays as it is: it is not ours to delete.
      const outcome = clearRecord(storage, spec.key, state.unreadable !== null);
      publish({ kept: [], notes: [], savedAt: null });
      return outcome;
    },
    refresh: () => load('other-tab'),
    stop() {
      stopWatching();
      stopReturn();
      stopRoom();
    },
  };
}
