/**
 * The one shape every saved thing has: a record is a map of field id → the
 * field's value with the time it last changed, or a tombstone saying when
 * it was deleted. Two copies of a record (two tabs, a delayed write) merge
 * field by field: the later change wins, and a delete wins over any older
 * value. Nothing here touches storage; `records.ts` does.
 *
 * Values are plain JSON (text, lists of text, numbers, true/false). What a
 * value must look like is up to the feature that owns the record (its
 * `FieldRecordSpec`); this module keeps every field it does not understand.
 */
/** Any value JSON can carry. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A field's value and when it last changed (ISO time, milliseconds, UTC). */
export interface FieldValue {
  value: Json;
  changedAt: string;
}
/** A deleted field: no value, only when it was deleted, so an older value cannot come back. */
export interface FieldTombstone {
  deleted: true;
  changedAt: string;
}
export type FieldEntry = FieldValue | FieldTombstone;
export type Fields = Record<string, FieldEntry>;

/** One change a reader made to one field. */
export type FieldEdit = { value: Json } | { deleted: true };

/** The stored text of every field record: `{ version, savedAt, fields }`. */
export interface StoredFields {
  version: number;
  /** When anything in the record last changed. */
  savedAt: string;
  fields: Fields;
}

export function isTombstone(entry: FieldEntry): entry is FieldTombstone {
  return 'deleted' in entry;
}

/** A field id: a word or words a feature chose (worksheet field id, statement id, date). */
const FIELD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;
export function isFieldId(id: string): boolean {
  return FIELD_ID.test(id);
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/;

/** A UTC time as `toISOString` writes it, and a real one. */
export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return false;
  const time = Date.parse(value);
  // 31 February parses as 3 March: the time must read back as written.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** Plain JSON data, at most `depth` levels deep (what JSON.parse can give, minus nothing). */
export function isJson(value: unknown, depth = 8): value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth <= 0 || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every((item) => isJson(item, depth - 1));
  return Object.values(value).every((item) => isJson(item, depth - 1));
}

/** One stored field: exactly `{ value, changedAt }` or `{ deleted: true, changedAt }`. */
export function isFieldEntry(raw: unknown): raw is FieldEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const keys = Object.keys(raw).sort().join(',');
  const entry = raw as Record<string, unknown>;
  if (!isIsoTime(entry['changedAt'])) return false;
  if (keys === 'changedAt,value') return isJson(entry['value']);
  return keys === 'changedAt,deleted' && entry['deleted'] === true;
}

/**
 * Reads the `fields` of a stored record. Returns null if the map is not a
 * field map at all; single entries that are damaged make the whole record
 * unreadable too (`readableFields` keeps the rest apart).
 */
export function parseFields(data: unknown): Fields | null {
  const read = readableFields(data);
  return read && read.damaged === 0 ? read.fields : null;
}

/**
 * The entries of a field map that can be read, and how many cannot: one
 * damaged answer need not hide the others. Null if it is not a map at all.
 */
export function readableFields(data: unknown): { fields: Fields; damaged: number } | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const fields: Fields = {};
  let damaged = 0;
  for (const [id, raw] of Object.entries(data)) {
    if (isFieldId(id) && isFieldEntry(raw)) fields[id] = raw;
    else {
      damaged++;
      // An answer whose time alone cannot be read is still the reader's
      // words: shown, as the oldest change (the record as it was is copied
      // first, so a copy with a known time winning a merge loses nothing).
      if (isFieldId(id) && hasValueOnly(raw)) fields[id] = { value: raw.value, changedAt: EPOCH };
    }
  }
  return { fields, damaged };
}

const EPOCH = new Date(0).toISOString();

function hasValueOnly(raw: unknown): raw is { value: Json } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const entry = raw as Record<string, unknown>;
  return (
    Object.keys(entry).every((key) => key === 'value' || key === 'changedAt') &&
    isJson(entry['value'])
  );
}

/**
 * Which of two entries for the same field wins: the later change; at the
 * same time, a delete; two values at the same time are ordered by their
 * text, so every tab settles on the same one.
 */
export function laterEntry(a: FieldEntry | undefined, b: FieldEntry | undefined) {
  if (!a) return b;
  if (!b) return a;
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt ? a : b;
  if (isTombstone(a)) return a;
  if (isTombstone(b)) return b;
  return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
}

/** Merges two copies of a record field by field. Order does not matter. */
export function mergeFields(a: Fields, b: Fields): Fields {
  const merged: Fields = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const entry = laterEntry(
      Object.hasOwn(a, id) ? a[id] : undefined,
      Object.hasOwn(b, id) ? b[id] : undefined,
    );
    if (entry) merged[id] = entry;
  }
  return merged;
}

/** One millisecond after an ISO time. */
export function justAfter(iso: string): string {
  return new Date(Date.parse(iso) + 1).toISOString();
}

/**
 * Applies a reader's edits, made now, onto what is stored. An edit made now
 * is newer than anything already written, even if a clock (or another tab
 * in the same millisecond) says otherwise, so its time is moved just past
 * the stored one. An edit that changes nothing keeps the stored time: a box
 * left without typing (its change event) must not make an old answer look
 * newer than one typed since on another device, or a backup loaded later
 * would keep the old one.
 */
export function applyEdits(stored: Fields, edits: Readonly<Record<string, FieldEdit>>, now: Date) {
  const fields: Fields = { ...stored };
  for (const [id, edit] of Object.entries(edits)) {
    if (!isFieldId(id)) continue;
    const before = Object.hasOwn(stored, id) ? stored[id] : undefined;
    if (before && sameContent(before, edit)) continue;
    let changedAt = now.toISOString();
    if (before && before.changedAt >= changedAt) changedAt = justAfter(before.changedAt);
    fields[id] =
      'deleted' in edit ? { deleted: true, changedAt } : { value: edit.value, changedAt };
  }
  return fields;
}

function sameContent(entry: FieldEntry, edit: FieldEdit): boolean {
  if (isTombstone(entry) || 'deleted' in edit) return isTombstone(entry) && 'deleted' in edit;
  return JSON.stringify(entry.value) === JSON.stringify(edit.value);
}

/** The fields that hold a value, without tombstones. */
export function liveFields(fields: Fields): Record<string, FieldValue> {
  const live: Record<string, FieldValue> = {};
  for (const [id, entry] of Object.entries(fields)) if (!isTombstone(entry)) live[id] = entry;
  return live;
}

export function hasLiveFields(fields: Fields): boolean {
  return Object.values(fields).some((entry) => !isTombstone(entry));
}

/** The latest change time in a record, or null when it has no fields. */
export function lastChange(fields: Fields): string | null {
  let latest: string | null = null;
  for (const entry of Object.values(fields)) {
    if (latest === null || entry.changedAt > latest) latest = entry.changedAt;
  }
  return latest;
}

/**
 * The edits that turn `from` into `to` (plain values by field id; undefined
 * or absent = no value). Used to save only what the reader changed.
 */
export function editsBetween(
  from: Readonly<Record<string, Json | undefined>>,
  to: Readonly<Record<string, Json | undefined>>,
): Record<string, FieldEdit> {
  const edits: Record<string, FieldEdit> = {};
  for (const id of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const before = Object.hasOwn(from, id) ? from[id] : undefined;
    const after = Object.hasOwn(to, id) ? to[id] : undefined;
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    edits[id] = after === undefined ? { deleted: true } : { value: after };
  }
  return edits;
}
