/**
 * Field records on the device: load, save only what changed (read, merge,
 * write: never a whole snapshot), delete, and hear about changes made in
 * other tabs. Every call decides for itself whether storage works; nothing
 * throws.
 *
 * Never writes over what it cannot read: a stored record that is damaged or
 * from an older format it cannot upgrade is first copied under a recovery
 * key (when only some answers are damaged, the rest stay in use); if that copy cannot be written (storage full), the record is left
 * exactly as it is and the save is refused with `unreadable`, so the page
 * can say so and offer the text for download. A record from a newer version
 * (a tab that took an update) is left in place whole, and saves are refused
 * until the page is reloaded.
 *
 * Two tabs of one browser do not always see each other's writes at once: a
 * tab can read, merge and write a moment before another tab's write reaches
 * it, and so write over it. Each page remembers what it wrote in the last
 * few seconds and, when another tab's write arrives without it, merges it
 * back (`restoreRecentWrites`). A record removed on purpose is never brought back.
 */
import {
  applyEdits,
  hasLiveFields,
  isFieldId,
  isTombstone,
  justAfter,
  lastChange,
  mergeFields,
  parseFields,
  readableFields,
  type FieldEdit,
  type Fields,
  type Json,
  type StoredFields,
} from './field-record';
import {
  RECOVERY_PREFIX,
  deviceStorage,
  dropCopy,
  fullKey,
  keepCopy,
  keepCopyOnce,
  listHandbookKeys,
  setAside,
  type DeviceStorage,
} from './storage';

/** What a value of one field must look like now: used when a record is read. */
export type FieldCheck<V> = { ok: true; value: V; note?: string } | { ok: false; problem: string };

export interface FieldRecordSpec<V> {
  /** Key without the prefix: `worksheet:no-contact`, `self-check:be-patient`. */
  key: string;
  /** The version of the field format this page writes. */
  version: number;
  /**
   * Checks one stored field against the page as it is now. A field that
   * does not pass is kept in the record untouched and reported, never dropped.
   */
  checkField(fieldId: string, value: Json): FieldCheck<V>;
  /**
   * Turns a record written in an older format (`{ version, savedAt, data }`)
   * into field values, or null if it cannot (it is then set aside).
   */
  upgrade?(version: number, data: unknown): Record<string, Json> | null;
  /**
   * Deleting it leaves no note of its name (see `noteDeleted`): a sheet that
   * asks before it saves anything (Full disclosure) keeps nothing of itself.
   */
  unnoted?: boolean;
}

/** A stored field the page cannot use as it is now, kept as it was. */
export interface KeptField {
  fieldId: string;
  value: Json;
  changedAt: string;
  /** Plain words, completing "This answer …". */
  problem: string;
}

export interface LoadedRecord<V> {
  status: 'loaded';
  /** Values the page can show, by field id. */
  values: Record<string, V>;
  /** When each shown value last changed. */
  changedAt: Record<string, string>;
  /** Values kept in the record that the page cannot show. */
  kept: KeptField[];
  /** Notes on values shown but worth a word (e.g. longer than the field now allows). */
  notes: { fieldId: string; note: string }[];
  savedAt: string;
  fields: Fields;
  /**
   * Some answers were damaged: the whole record as it was is copied under
   * this key, and the answers that could be read stay in use.
   */
  setAside?: string;
}

export type RecordLoad<V> =
  | { status: 'empty' }
  | LoadedRecord<V>
  /** Could not be read, and a copy was kept under `recoveryKey`; the record is free to use. */
  | { status: 'set-aside'; reason: string; recoveryKey: string }
  /**
   * Could not be read, and no copy could be made: left alone, and nothing may
   * be saved over it. `newer`: written by a newer version of the handbook (a
   * tab already updated), so it is left in place on purpose, copy or not.
   */
  | { status: 'unreadable'; reason: string; raw: string; newer?: true }
  /** This browser does not let the page read its storage at all. */
  | { status: 'unavailable' };

export type RecordSave =
  | {
      ok: true;
      savedAt: string;
      fields: Fields;
      setAside?: string;
      /** A kept answer (one the page cannot show) was written over; its record was copied here first. */
      keptCopy?: string;
    }
  | { ok: false; reason: 'unavailable' | 'full' }
  | { ok: false; reason: 'unreadable'; raw: string; problem: string; newer?: true };

export const FIELD_RECORD_VERSION = 2;

/** The browser's localStorage, or null if even looking at it throws. No test write. */
export { deviceStorage as browserStorage } from './storage';

/**
 * `newer`: saved by a later version of the handbook than this one.
 * `readable`: only some entries are damaged; these are the rest.
 */
type Parsed =
  { ok: true; fields: Fields } | { ok: false; reason: string; newer?: true; readable?: Fields };

/**
 * Why a record could not be read, said after "because the saved copy …" of
 * answers (plural) and "because it …" of a single record: no subject here.
 */
const DAMAGED = 'was damaged and could not be read';

/** Reads stored text as a field record of this spec (upgrading older formats). */
export function parseStoredRecord(raw: string, spec: FieldRecordSpec<unknown>): Parsed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: DAMAGED };
  }
  return readStoredRecord(parsed, spec);
}

/** `parseStoredRecord` for text already parsed, so a list read once is not parsed twice. */
export function readStoredRecord(parsed: unknown, spec: FieldRecordSpec<unknown>): Parsed {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: DAMAGED };
  }
  const record = parsed as Record<string, unknown>;
  const version = record['version'];
  if (version === spec.version) {
    const read = readableFields(record['fields']);
    if (!read) return { ok: false, reason: DAMAGED };
    if (read.damaged === 0) return { ok: true, fields: read.fields };
    // Answers left to show: those stay in use (`readable`); else it goes aside whole.
    return hasLiveFields(read.fields)
      ? { ok: false, reason: DAMAGED, readable: read.fields }
      : { ok: false, reason: DAMAGED };
  }
  if (typeof version === 'number' && version < spec.version && spec.upgrade) {
    const values = spec.upgrade(version, record['data']);
    const savedAt = record['savedAt'];
    if (values) {
      const changedAt =
        typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt))
          ? new Date(savedAt).toISOString()
          : new Date(0).toISOString();
      const fields: Fields = {};
      for (const [id, value] of Object.entries(values)) fields[id] = { value, changedAt };
      const checked = parseFields(fields);
      if (checked) return { ok: true, fields: checked };
    }
    return { ok: false, reason: 'did not match what this page expects' };
  }
  const reason = 'was made by a different version of this page';
  return typeof version === 'number' && version > spec.version
    ? { ok: false, reason, newer: true }
    : { ok: false, reason };
}

function readRaw(storage: DeviceStorage, key: string): string | null | undefined {
  try {
    return storage.getItem(fullKey(key));
  } catch {
    return undefined;
  }
}

/** Sorts fields into what the page can show and what it keeps unchanged. */
export function viewOf<V>(fields: Fields, spec: FieldRecordSpec<V>): LoadedRecord<V> {
  const view: LoadedRecord<V> = {
    status: 'loaded',
    values: {},
    changedAt: {},
    kept: [],
    notes: [],
    savedAt: lastChange(fields) ?? new Date(0).toISOString(),
    fields,
  };
  for (const [fieldId, entry] of Object.entries(fields)) {
    if (isTombstone(entry)) continue;
    const checked = spec.checkField(fieldId, entry.value);
    if (checked.ok) {
      view.values[fieldId] = checked.value;
      view.changedAt[fieldId] = entry.changedAt;
      if (checked.note) view.notes.push({ fieldId, note: checked.note });
    } else {
      view.kept.push({
        fieldId,
        value: entry.value,
        changedAt: entry.changedAt,
        problem: checked.problem,
      });
    }
  }
  return view;
}

/** Loads a record. A record that cannot be read is set aside if a copy can be kept. */
export function loadFieldRecord<V>(
  storage: DeviceStorage | null,
  spec: FieldRecordSpec<V>,
  now = new Date(),
): RecordLoad<V> {
  if (!storage) return { status: 'unavailable' };
  const raw = readRaw(storage, spec.key);
  if (raw === undefined) return { status: 'unavailable' };
  if (raw === null) return { status: 'empty' };
  const parsed = parseStoredRecord(raw, spec as FieldRecordSpec<unknown>);
  if (parsed.ok) {
    return hasLiveFields(parsed.fields) ? viewOf(parsed.fields, spec) : { status: 'empty' };
  }
  // Moving it aside would take the answers away from the updated tab that wrote them.
  if (parsed.newer) return { status: 'unreadable', reason: parsed.reason, raw, newer: true };
  const unreadable = { status: 'unreadable', reason: parsed.reason, raw } as const;
  const { readable } = parsed;
  if (!readable) {
    const recoveryKey = setAside(storage, spec.key, raw, now);
    return recoveryKey ? { status: 'set-aside', reason: parsed.reason, recoveryKey } : unreadable;
  }
  // Only some answers damaged: all of it is copied aside, and what could be
  // read is written back and stays in use.
  const copy = keepCopyOnce(storage, spec.key, raw, now);
  if (!copy) return unreadable;
  if (writeFields(storage, spec, readable, undefined).ok)
    return { ...viewOf(readable, spec), setAside: copy.key };
  // No room to write it back: the record stands as it was, and a copy made
  // for nothing goes, so no notice speaks of one.
  if (copy.made) dropCopy(storage, copy.key);
  return unreadable;
}

/**
 * The values a record holds, read without writing anything: for a look at
 * another record (the last entry's plan), so a damaged one is not copied
 * and rewritten without a word. Empty when nothing can be read.
 */
export function peekFieldValues<V>(
  storage: DeviceStorage | null,
  spec: FieldRecordSpec<V>,
): Record<string, V> {
  const raw = storage && readRaw(storage, spec.key);
  if (!raw) return {};
  const parsed = parseStoredRecord(raw, spec as FieldRecordSpec<unknown>);
  const fields = parsed.ok ? parsed.fields : parsed.readable;
  return fields ? viewOf(fields, spec).values : {};
}

/** Whether a write failed for want of room (every writer of storage says "full" for it). */
export function isQuotaError(error: unknown): boolean {
  // QuotaExceededError, or Firefox's NS_ERROR_DOM_QUOTA_REACHED.
  return error instanceof DOMException && /quota/i.test(error.name);
}

/**
 * Why a write failed: full, or not allowed at all. A browser that lets a
 * site keep nothing (a private window with no room) says "quota" for every
 * write, with nothing stored: that is storage turned off, not full.
 */
export function whyNotSaved(error: unknown, storage: DeviceStorage): 'full' | 'unavailable' {
  try {
    return isQuotaError(error) && storage.length > 0 ? 'full' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

type ReadForWrite =
  | {
      ok: true;
      storage: DeviceStorage;
      stored: Fields;
      setAsideKey: string | undefined;
      /** A copy made by this read, taken back if the write fails. */
      madeCopy?: string | undefined;
      /** The stored text, when it could be read. */
      raw: string | null;
    }
  | { ok: false; failure: RecordSave };

/**
 * What is stored now, read just before a write so other tabs' fields are kept.
 * A record that cannot be read is copied aside first; if no copy can be made,
 * the write is refused so the only copy is never written over.
 */
function readForWrite(
  storage: DeviceStorage | null,
  spec: FieldRecordSpec<unknown>,
  now: Date,
): ReadForWrite {
  if (!storage) return { ok: false, failure: { ok: false, reason: 'unavailable' } };
  const raw = readRaw(storage, spec.key);
  if (raw === undefined) return { ok: false, failure: { ok: false, reason: 'unavailable' } };
  if (raw === null) return { ok: true, storage, stored: {}, setAsideKey: undefined, raw };
  const parsed = parseStoredRecord(raw, spec);
  if (parsed.ok) return { ok: true, storage, stored: parsed.fields, setAsideKey: undefined, raw };
  if (parsed.newer) {
    const failure: RecordSave = {
      ok: false,
      reason: 'unreadable',
      raw,
      problem: parsed.reason,
      newer: true,
    };
    return { ok: false, failure };
  }
  const { readable } = parsed;
  // Only some answers damaged: all of it is copied aside, the rest are kept.
  const copy = readable
    ? keepCopyOnce(storage, spec.key, raw, now)
    : { key: setAside(storage, spec.key, raw, now), made: false };
  if (!copy?.key) {
    return { ok: false, failure: { ok: false, reason: 'unreadable', raw, problem: parsed.reason } };
  }
  return {
    ok: true,
    storage,
    stored: readable ?? {},
    setAsideKey: copy.key,
    madeCopy: copy.made ? copy.key : undefined,
    raw: null,
  };
}

/**
 * An answer kept because the page cannot show it (the sheet changed since it
 * was saved) is about to be written over by the reader's edit: a copy of the
 * whole record goes aside first. With no room for the copy, nothing is
 * written, so the only copy is never lost.
 */
function copyKeptBeforeWrite(
  read: Extract<ReadForWrite, { ok: true }>,
  spec: FieldRecordSpec<unknown>,
  ids: readonly string[],
  now: Date,
): { ok: true; copy: string | undefined } | { ok: false; failure: RecordSave } {
  const overwritesKept = ids.some((id) => {
    const entry = read.stored[id];
    return entry !== undefined && !isTombstone(entry) && !spec.checkField(id, entry.value).ok;
  });
  if (!overwritesKept || read.raw === null) return { ok: true, copy: undefined };
  const copy = keepCopy(read.storage, spec.key, read.raw, now);
  return copy ? { ok: true, copy } : { ok: false, failure: { ok: false, reason: 'full' } };
}

/**
 * Saves some edits: reads what is stored now, merges the edits in, writes
 * the result. Fields not in `edits` stay exactly as stored (including ones
 * written by another tab a moment ago). When no field is left with a
 * value, the record is removed, so nothing remains of it.
 */
export function saveFieldEdits(
  storage: DeviceStorage | null,
  spec: FieldRecordSpec<unknown>,
  edits: Readonly<Record<string, FieldEdit>>,
  now = new Date(),
): RecordSave {
  const read = readForWrite(storage, spec, now);
  if (!read.ok) return read.failure;
  const kept = copyKeptBeforeWrite(read, spec, Object.keys(edits), now);
  if (!kept.ok) return kept.failure;
  const fields = applyEdits(read.stored, edits, now);
  const saved = writeFields(read.storage, spec, fields, read.setAsideKey, kept.copy);
  if (saved.ok) rememberWrite(spec, pick(fields, Object.keys(edits)), now);
  // Not written: the record stands as it was, so a copy made for it goes.
  else if (read.madeCopy) dropCopy(read.storage, read.madeCopy);
  return saved;
}

function pick(fields: Fields, ids: readonly string[]): Fields {
  const picked: Fields = {};
  for (const id of ids) {
    const entry = Object.hasOwn(fields, id) ? fields[id] : undefined;
    if (entry) picked[id] = entry;
  }
  return picked;
}

/** How long a page guards what it wrote: far longer than tabs take to hear each other (milliseconds). */
export const RECENT_WRITE_MS = 3_000;

/** What this page wrote lately, by full storage key (values and deletions alike). */
const recentWrites = new Map<
  string,
  { spec: FieldRecordSpec<unknown>; fields: Fields; at: number }
>();

function rememberWrite(spec: FieldRecordSpec<unknown>, fields: Fields, now: Date): void {
  const key = fullKey(spec.key);
  const earlier = recentWrites.get(key);
  const kept = earlier && now.getTime() - earlier.at <= RECENT_WRITE_MS ? earlier.fields : {};
  recentWrites.set(key, { spec, fields: mergeFields(kept, fields), at: now.getTime() });
}

/** Forgets what this page wrote to `key` (or to every key): it was removed on purpose. */
export function forgetRecentWrites(key?: string): void {
  if (key === undefined) recentWrites.clear();
  else recentWrites.delete(fullKey(key));
}

/**
 * After another tab wrote `key`: merges back any field this page wrote in the
 * last few seconds that the other tab's write left out or wrote an older
 * version of (it had not seen ours yet). Returns the field ids put back.
 */
export function restoreRecentWrites(
  storage: DeviceStorage | null,
  key: string,
  now = new Date(),
): string[] {
  const mine = recentWrites.get(fullKey(key));
  if (!mine || !storage) return [];
  if (now.getTime() - mine.at > RECENT_WRITE_MS) {
    recentWrites.delete(fullKey(key));
    return [];
  }
  const raw = readRaw(storage, key);
  // Removed (or storage refused): a deletion is never undone.
  if (raw === null || raw === undefined) return [];
  const parsed = parseStoredRecord(raw, mine.spec);
  if (!parsed.ok) return [];
  const lost: Fields = {};
  for (const [id, entry] of Object.entries(mine.fields)) {
    const stored = Object.hasOwn(parsed.fields, id) ? parsed.fields[id] : undefined;
    if (!stored || stored.changedAt < entry.changedAt) lost[id] = entry;
  }
  const ids = Object.keys(lost);
  if (ids.length === 0) return [];
  // Merged into the record just read, not read a second time.
  const saved = writeFields(storage, mine.spec, mergeFields(parsed.fields, lost), undefined);
  if (!saved.ok) return [];
  rememberWrite(mine.spec, lost, now);
  return ids;
}

/** The stored text of a record holding `fields`, as every page writes it. */
export function recordText(
  fields: Fields,
  version = FIELD_RECORD_VERSION,
  savedAt = lastChange(fields) ?? new Date().toISOString(),
): string {
  const record: StoredFields = { version, savedAt, fields };
  return JSON.stringify(record);
}

function writeFields(
  storage: DeviceStorage,
  spec: FieldRecordSpec<unknown>,
  fields: Fields,
  setAsideKey: string | undefined,
  keptCopy?: string,
): RecordSave {
  const savedAt = lastChange(fields) ?? new Date().toISOString();
  try {
    const key = fullKey(spec.key);
    if (hasLiveFields(fields)) {
      storage.setItem(key, recordText(fields, spec.version, savedAt));
    } else if (storage.getItem(key) !== null) {
      storage.removeItem(key);
      if (spec.unnoted) forgetDeleted(storage, spec.key);
      else noteDeleted(storage, key, savedAt);
    }
  } catch (error) {
    return { ok: false, reason: whyNotSaved(error, storage) };
  }
  return {
    ok: true,
    savedAt,
    fields,
    ...(setAsideKey ? { setAside: setAsideKey } : {}),
    ...(keptCopy ? { keptCopy } : {}),
  };
}

/**
 * Removes a whole record (the reader asked to clear it): nothing of it is
 * left but, unless `noted` is false, the note of its name and when (see
 * `noteDeleted`). "Don't save this sheet" leaves not even that, and takes
 * the sheet's name out of the note where an earlier clear had put it.
 */
export function deleteFieldRecord(
  storage: DeviceStorage | null,
  key: string,
  noted = true,
): boolean {
  if (!storage) return false;
  // Deleted on purpose: nothing this page wrote before is ever put back.
  forgetRecentWrites(key);
  try {
    const raw = storage.getItem(fullKey(key));
    storage.removeItem(fullKey(key));
    if (!noted) forgetDeleted(storage, key);
    else if (raw !== null) noteDeleted(storage, fullKey(key), undefined, raw);
    return true;
  } catch {
    return false;
  }
}

/** The record that notes what the reader deleted, and when (see `noteDeleted`). */
export const DELETIONS_KEY = 'deleted';

/**
 * Notes that the reader deleted `storageKey` (a record or a recovery copy,
 * whose text was `raw`) at `at`: its name and the time, never its words. A
 * deletion leaves nothing else behind, so an older backup loaded later would
 * bring the thing back as new; loading reads this note and leaves such
 * things out unless the reader asks for them (backup-load.ts). "Delete
 * everything" removes the note too. Best effort: a note that cannot be
 * written (storage full, or the note unreadable, which is never written
 * over) costs only that, and the delete stands. Returns whether it was noted.
 */
export function noteDeleted(
  storage: DeviceStorage,
  storageKey: string,
  at = new Date().toISOString(),
  raw: string | null = null,
): boolean {
  if (!isFieldId(storageKey) || storageKey === fullKey(DELETIONS_KEY)) return false;
  // After the record's own last change, whatever this clock says, so all of it counts as deleted.
  const read = raw ? parseStoredRecord(raw, anyValue) : null;
  const last = read?.ok ? lastChange(read.fields) : null;
  const when = last && last >= at ? justAfter(last) : at;
  return changeNote(storage, (fields) =>
    mergeFields(fields, { [storageKey]: { value: true, changedAt: when } }),
  );
}

/**
 * Whether the note names this record (key without the prefix) as deleted at
 * `since` or later, so the page can say this delete was noted (an older
 * entry, with this one not written, would make that untrue).
 */
export function isNotedDeleted(storage: DeviceStorage | null, key: string, since: string): boolean {
  const raw = storage && readRaw(storage, DELETIONS_KEY);
  const read = raw ? parseStoredRecord(raw, anyValue) : null;
  const entry =
    read?.ok && Object.hasOwn(read.fields, fullKey(key)) ? read.fields[fullKey(key)] : null;
  return !!entry && entry.changedAt >= since;
}

/** Said after a delete that was noted: the note is on the device, so the reader is told. */
export const notedDeletionNotice =
  'Its words are gone. Only its name and the time are kept, so an older backup loads it again only if you ask (see “Your data”).';

/** Takes a record's name, and its recovery copies' names, out of the note. */
export function forgetDeleted(storage: DeviceStorage, key: string): void {
  const copies = `${RECOVERY_PREFIX}${key}:`;
  changeNote(storage, (fields) =>
    Object.fromEntries(
      Object.entries(fields).filter(([id]) => id !== fullKey(key) && !id.startsWith(copies)),
    ),
  );
}

/**
 * Reads the note, changes it, writes it back (removed when it names
 * nothing). A note with some entries damaged is first kept as a recovery
 * copy, then its readable entries are used; one that cannot be read at all,
 * or copied, is left as it is.
 */
function changeNote(storage: DeviceStorage, change: (fields: Fields) => Fields): boolean {
  const raw = readRaw(storage, DELETIONS_KEY);
  if (raw === undefined) return false;
  let fields: Fields = {};
  if (raw !== null) {
    const read = parseStoredRecord(raw, anyValue);
    if (read.ok) fields = read.fields;
    else if (read.readable && keepCopyOnce(storage, DELETIONS_KEY, raw)) fields = read.readable;
    else return false;
  }
  const next = change(fields);
  try {
    if (Object.keys(next).length > 0) storage.setItem(fullKey(DELETIONS_KEY), recordText(next));
    else if (raw !== null) storage.removeItem(fullKey(DELETIONS_KEY));
    return true;
  } catch {
    // Not noted: an older backup would offer this again as new, as before the note.
    return false;
  }
}

/**
 * A record of this version whose fields may hold anything: read to list,
 * merge or copy what is saved, not to show it on its page. With `upgrade`,
 * an older version's record is read as its page would upgrade it.
 */
export function anyFieldRecord(
  key = '',
  upgrade?: FieldRecordSpec<unknown>['upgrade'],
): FieldRecordSpec<unknown> {
  const spec: FieldRecordSpec<unknown> = {
    key,
    version: FIELD_RECORD_VERSION,
    checkField: (_fieldId, value) => ({ ok: true, value }),
  };
  if (upgrade) spec.upgrade = upgrade;
  return spec;
}

/** The deletions note, read and written whole. */
const anyValue = anyFieldRecord(DELETIONS_KEY);

/**
 * Calls `onChange` when another tab changes or deletes this record (or
 * clears all storage). The tab that writes does not hear its own writes.
 * Returns a function that stops listening.
 */
export function watchRecord(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const wanted = fullKey(key);
  const listener = (event: StorageEvent) => {
    if (event.key === null) {
      // All storage cleared ("Delete everything" elsewhere): nothing is put back.
      forgetRecentWrites();
    } else if (event.key !== wanted) {
      return;
    } else if (event.newValue === null) {
      forgetRecentWrites(key);
    } else {
      restoreRecentWrites(deviceStorage(), key);
    }
    onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/**
 * Calls `onRoom` a moment after another tab deletes anything (room may have
 * been made on a full device), once that tab's deletes are all in; never
 * when nothing of the handbook is left ("Delete everything", whose words a
 * page must not write back). A page refused for want of room had said "not
 * saved" with room made long since, until the reader's next key.
 */
export function watchRoomMade(
  storage: DeviceStorage | null,
  onRoom: () => void,
  waitMs = 300,
): () => void {
  if (typeof window === 'undefined') return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (event: StorageEvent) => {
    if (event.newValue !== null) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (listHandbookKeys(storage)?.length) onRoom();
    }, waitMs);
  };
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener('storage', listener);
    clearTimeout(timer);
  };
}

/**
 * Calls `onReturn` when the page comes back from the back/forward cache:
 * what is on screen may be older than what is stored (deleted meanwhile).
 */
export function watchPageReturn(onReturn: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    // The page was away: what happened meanwhile (a delete, say) is not undone.
    forgetRecentWrites();
    onReturn();
  };
  window.addEventListener('pageshow', listener);
  return () => window.removeEventListener('pageshow', listener);
}

/**
 * What clearing a record did to its saved copy: removed (or there was none:
 * with storage off nothing was ever saved); refused by the browser; or kept
 * because it could not be read nor set aside (a full device), so the reader
 * has never seen it and it is not ours to delete.
 */
export type ClearOutcome = 'cleared' | 'refused' | 'kept-unreadable';

/** Removes a record the reader cleared, unless it is `unreadable` (see ClearOutcome). */
export function clearRecord(
  storage: DeviceStorage | null,
  key: string,
  unreadable: boolean,
  noted = true,
): ClearOutcome {
  if (unreadable) return 'kept-unreadable';
  if (!storage) return 'cleared';
  return deleteFieldRecord(storage, key, noted) ? 'cleared' : 'refused';
}

/** Said when the reader cleared a record, the page emptied, but the browser kept the saved copy. */
export const clearRefusedNotice =
  'Your answers were cleared from this page, but this browser did not let the handbook remove the saved copy. See “Your data”.';

/** Said when the answers on a page went because they were deleted elsewhere, after where. */
export const deletedElsewhereNotice =
  'these answers were deleted, so they are gone from this page too.';
export const elsewhereLead = {
  'other-tab': 'In another tab: ',
  meanwhile: 'While you were away: ',
} as const;

/** Said once a kept answer was written over, and left in place by the saves after it. */
export const keptCopyNotice =
  'Your new answer replaced an earlier one that did not fit this page. A copy of the earlier one is kept on this device: see “Your data” to download it.';

/**
 * Every notice said on this page that a copy of the reader's answers was
 * kept: it is the copy's one pointer, so the saves after it leave it shown.
 */
const copyNotices = new Set<string>([keptCopyNotice]);
const tellsOfCopy = (notice: string) => (copyNotices.add(notice), notice);

/**
 * The notice after a save: a save that went well clears an earlier problem,
 * but not the word that a copy was kept (the reader may have started typing
 * before reading it).
 */
export function noticeAfterSave(result: RecordSave, shownNow: string | null): string | null {
  const said = recordNotice(result);
  return said === null && result.ok && shownNow !== null && copyNotices.has(shownNow)
    ? shownNow
    : said;
}

/**
 * Said of what a newer version of the handbook saved (another tab took an
 * update): answers, or kept results (`what`, e.g. "Your kept results").
 */
export function newerVersionNotice(what = 'Your answers here'): string {
  return `${what} were saved by a newer version of the handbook, perhaps in another tab. Reload this page to see them. Until then they are left exactly as they are, and nothing you change here is saved over them.`;
}

/** What to tell the reader about a load or a save; null when all is well. */
export function recordNotice(result: RecordLoad<unknown> | RecordSave): string | null {
  const off =
    'This browser is not letting the handbook save anything, so your answers will be lost when you leave this page. Everything still works while you are here.';
  if ('status' in result) {
    switch (result.status) {
      case 'unavailable':
        return off;
      case 'set-aside':
        return tellsOfCopy(
          `Your earlier answers could not be opened, because the saved copy ${result.reason}. The handbook kept a copy on this device and started fresh. See “Your data” to download the copy.`,
        );
      case 'loaded':
        return result.setAside
          ? tellsOfCopy(
              'Part of what was saved here was damaged. Everything that could be read is here, and the handbook kept a copy of it all, as it was, on this device: see “Your data” to download it.',
            )
          : null;
      case 'unreadable':
        if (result.newer) return newerVersionNotice();
        return `Your earlier answers could not be opened, because the saved copy ${result.reason}, and there is no room on this device to keep a copy. So they are left exactly as they are, and nothing you change here is saved over them. Download them below to keep them.`;
      default:
        return null;
    }
  }
  if (result.ok) {
    if (result.setAside)
      return tellsOfCopy(
        'Saved answers on this device could not all be opened, so a copy was kept (see “Your data”) and your latest changes were saved.',
      );
    return result.keptCopy ? keptCopyNotice : null;
  }
  switch (result.reason) {
    case 'full':
      return 'This device’s storage for the handbook is full, so your latest changes were not saved. They are still here until you leave this page.';
    case 'unreadable':
      if (result.newer) return newerVersionNotice();
      return `Your saved answers here could not be opened, because the saved copy ${result.problem}, and there is no room on this device to keep a copy. So they are left exactly as they are, and your latest changes were not saved over them. Download them below to keep them.`;
    default:
      return off;
  }
}
