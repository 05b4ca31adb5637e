/**
 * Putting a recovery copy's answers back where they came from, when the
 * reader asks on Your data. A copy is kept when a sheet is cleared, a backup
 * replaces a record, or a record is partly damaged; until now it could only
 * be downloaded as raw text. Putting back fills only boxes that are empty
 * in the record now (never filled, or cleared since): words there now are
 * never written over, whatever their time, and the copy stays until the
 * reader deletes it, so nothing is lost either way. Fetched only when the
 * reader presses the button (put-back-tools.ts): most visits never do.
 */
import { readableFields, type FieldEdit, type Fields } from './field-record';
import { FIELD_RECORD_VERSION, saveFieldEdits, type FieldRecordSpec } from './records';
import { fullKey, type DeviceStorage } from './storage';
import type { FieldValue } from './field-record';

export type PutBackOutcome =
  | {
      ok: true;
      /** Answers written into boxes that were empty. */
      putBack: number;
      /** Boxes that hold other words now, kept as they are. */
      keptNow: number;
      /** Answers the record already holds word for word. */
      alreadyThere: number;
    }
  | {
      ok: false;
      reason:
        | 'gone' // the copy was deleted (another tab)
        | 'no-answers' // nothing in it a page could read
        | 'open-first' // the record now is damaged or in another format: its page must open it first
        | 'unavailable'
        | 'full';
    };

/** Any value is written back as it was: the page that opens the record checks it, and keeps what it cannot show. */
function anyValueSpec(key: string): FieldRecordSpec<unknown> {
  return { key, version: FIELD_RECORD_VERSION, checkField: (_id, value) => ({ ok: true, value }) };
}

/** The record's fields as stored now: empty when there is none, null when they cannot all be read. */
function fieldsNow(storage: DeviceStorage, recordKey: string): Fields | null {
  const raw = storage.getItem(fullKey(recordKey));
  if (raw === null) return {};
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; fields?: unknown };
    const read = parsed.version === FIELD_RECORD_VERSION ? readableFields(parsed.fields) : null;
    return read && read.damaged === 0 ? read.fields : null;
  } catch {
    return null;
  }
}

/** A recovery copy as Your data lists it (saved-items.ts reads these; passed in so this file stays apart). */
export interface RecoveryCopyRef {
  /** Its storage key, `rt-recovery:<record key>:<time>`. */
  key: string;
  /** The record it is a copy of, without the prefix. */
  recordKey: string;
  /** The answers in a copy's text (saved-items.ts `answersInCopy`). */
  answersIn: (raw: string) => Record<string, FieldValue> | null;
}

export function putBackCopy(
  storage: DeviceStorage | null,
  { key: recoveryKey, recordKey, answersIn }: RecoveryCopyRef,
  now = new Date(),
): PutBackOutcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  let copy: string | null;
  let stored: Fields | null;
  try {
    copy = storage.getItem(recoveryKey);
    stored = fieldsNow(storage, recordKey);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (copy === null) return { ok: false, reason: 'gone' };
  const answers = answersIn(copy);
  if (!answers) return { ok: false, reason: 'no-answers' };
  // Never write over what cannot be read: its page copies it aside first.
  if (!stored) return { ok: false, reason: 'open-first' };
  const edits: Record<string, FieldEdit> = {};
  let keptNow = 0;
  let alreadyThere = 0;
  for (const [id, answer] of Object.entries(answers)) {
    const entry = Object.hasOwn(stored, id) ? stored[id] : undefined;
    if (!entry || 'deleted' in entry) edits[id] = { value: answer.value };
    else if (JSON.stringify(entry.value) === JSON.stringify(answer.value)) alreadyThere++;
    else keptNow++;
  }
  const putBack = Object.keys(edits).length;
  if (putBack > 0) {
    const saved = saveFieldEdits(storage, anyValueSpec(recordKey), edits, now);
    if (!saved.ok) return { ok: false, reason: saved.reason === 'full' ? 'full' : 'unavailable' };
  }
  return { ok: true, putBack, keptNow, alreadyThere };
}

function answersWord(n: number): string {
  return n === 1 ? '1 answer' : `${n} answers`;
}

/** What the reader is told after pressing "Put these answers back" on the copy of `label`'s record. */
export function putBackMessage(outcome: PutBackOutcome, label: string): string {
  if (!outcome.ok) {
    switch (outcome.reason) {
      case 'gone':
        return 'This copy was deleted in another tab, so nothing was put back.';
      case 'no-answers':
        return 'This copy holds no answers the handbook can read, so nothing was put back. You can still download it.';
      case 'open-first':
        return `Nothing was put back: what is saved for ${label} now could not be read whole. Open its page first, which keeps a copy of it, then try again.`;
      case 'full':
        return 'Nothing was put back: this device’s storage is full. Delete something you no longer need, then try again.';
      default:
        return 'Nothing was put back: this browser is not letting the handbook change what it saved.';
    }
  }
  const { putBack, keptNow, alreadyThere } = outcome;
  const parts: string[] = [];
  if (putBack > 0) parts.push(`Put back ${answersWord(putBack)} in ${label}.`);
  else if (keptNow === 0) parts.push(`Every answer in this copy is already in ${label}.`);
  else parts.push('Nothing was put back.');
  if (keptNow > 0) {
    parts.push(
      keptNow === 1
        ? 'One box there now holds other words, which were kept: the copy still has the earlier ones.'
        : `${keptNow} boxes there now hold other words, which were kept: the copy still has the earlier ones.`,
    );
  }
  if (alreadyThere > 0 && putBack > 0) {
    parts.push(
      `${answersWord(alreadyThere)} ${alreadyThere === 1 ? 'was' : 'were'} there already.`,
    );
  }
  parts.push('The copy stays here until you delete it.');
  return parts.join(' ');
}
