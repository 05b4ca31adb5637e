/**
 * Putting a recovery copy back where it came from, when the reader asks on
 * Your data. A copy is kept when a record could not be opened whole, or
 * before a backup or an edit wrote over an answer; otherwise it could only
 * be downloaded as raw text. Putting back fills only boxes that are empty
 * in the record now (never filled, or cleared since), and a list's blank
 * lines with the copy's lines it lacks: words there now are never written over, whatever their
 * time, and the copy stays until the reader deletes it. Each answer keeps the time it was written (just after
 * the clearing, for a box cleared since), so an answer typed later on
 * another device still wins when a backup is loaded. Fetched only when the
 * reader presses the button (put-back-tools.ts): most visits never do.
 */
import { justAfter, mergeFields, type FieldValue, type Fields } from './field-record';
import { FIELD_RECORD_VERSION, parseStoredRecord, recordText, whyNotSaved } from './records';
import { fullKey, type DeviceStorage } from './storage';

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
        | 'damaged' // the record now cannot be read whole: its page copies it aside first
        | 'older' // the record now is in an older form, which only its page reads
        | 'newer' // the record now was saved by a newer version of the handbook
        | 'unavailable'
        | 'full';
    };

/**
 * A recovery copy as Your data lists it. Its record key and the reading of
 * its answers come from saved-items.ts, passed in: importing that file here
 * split it into a chunk of its own and cost Your data 0.45 KB.
 */
export interface RecoveryCopyRef {
  /** Its storage key, `rt-recovery:<record key>:<time>`. */
  key: string;
  /** The record it is a copy of, without the prefix (a record some page owns). */
  recordKey: string;
  /** The answers in a copy's text, read as the record's page would (saved-items.ts `answersInCopy`). */
  answersIn: (raw: string, recordKey: string) => Record<string, FieldValue> | null;
}

type Failure = Extract<PutBackOutcome, { ok: false }>['reason'];

/** The record's fields now: empty when there is none, or why they cannot be used. */
function fieldsNow(raw: string | null): Fields | Failure {
  if (raw === null) return {};
  // Only the page that owns an older record can upgrade it: asked to, this says so.
  let older = false;
  const read = parseStoredRecord(raw, {
    key: '',
    version: FIELD_RECORD_VERSION,
    checkField: (_id, value) => ({ ok: true, value }),
    upgrade: () => ((older = true), null),
  });
  if (read.ok) return read.fields;
  return read.newer ? 'newer' : older ? 'older' : 'damaged';
}

/** A line as compared: no case, no spaces at the ends, one space between words. */
const plainLine = (line: string) => line.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The same line, perhaps edited since: the same words, or one of at least
 * two words that the other goes on from ("Call her" → "Call her every
 * night"). A single word is no such start: "I", half typed, is not "I will
 * not lie".
 */
function sameLine(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes(' ') && long.startsWith(`${short} `);
}

/**
 * A list with the copy's lines it lacks written into its blank lines, in
 * order: how many went in and how many did not fit; null when the two are
 * not both lists of text. Only blank lines are filled: a list's length is
 * its sheet's, which this file does not know. Each line there now stands
 * for one line of the copy at most, its own words first, else one it goes
 * on from (`sameLine`). Loading a backup merges a list as one answer, so a
 * line added on each of two devices left one only in a recovery copy,
 * which putting back refused, the list not being empty (a reader pass).
 */
function listWithLines(
  now: unknown,
  copy: unknown,
): { value: string[]; placed: number; left: number } | null {
  const isList = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((line) => typeof line === 'string');
  if (!isList(now) || !isList(copy)) return null;
  const unmatched = now.map(plainLine).filter(Boolean);
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const line of copy) {
    const plain = plainLine(line);
    if (!plain || seen.has(plain)) continue;
    seen.add(plain);
    let i = unmatched.indexOf(plain);
    if (i < 0) i = unmatched.findIndex((there) => sameLine(there, plain));
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(line);
  }
  const value = [...now];
  let placed = 0;
  for (let i = 0; i < value.length && placed < missing.length; i++)
    if (plainLine(value[i] ?? '') === '') value[i] = missing[placed++] ?? '';
  return { value, placed, left: missing.length - placed };
}

export function putBackCopy(
  storage: DeviceStorage | null,
  { key: recoveryKey, recordKey, answersIn }: RecoveryCopyRef,
): PutBackOutcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  let copy: string | null;
  let stored: Fields | Failure;
  try {
    copy = storage.getItem(recoveryKey);
    stored = fieldsNow(storage.getItem(fullKey(recordKey)));
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (copy === null) return { ok: false, reason: 'gone' };
  const answers = answersIn(copy, recordKey);
  if (!answers) return { ok: false, reason: 'no-answers' };
  // Never write over what cannot be read: its page copies it aside first.
  if (typeof stored === 'string') return { ok: false, reason: stored };
  const incoming: Fields = {};
  let keptNow = 0;
  let alreadyThere = 0;
  for (const [id, answer] of Object.entries(answers)) {
    const entry = Object.hasOwn(stored, id) ? stored[id] : undefined;
    if (entry && !('deleted' in entry)) {
      const filled = listWithLines(entry.value, answer.value);
      if (JSON.stringify(entry.value) === JSON.stringify(answer.value)) alreadyThere++;
      else if (filled) {
        // Lines it lacks go into its blank lines, just after both; no line
        // there now changes. Lines with no blank left stay in the copy; a
        // list holding every line of the copy already has it all.
        const later = entry.changedAt > answer.changedAt ? entry.changedAt : answer.changedAt;
        if (filled.placed > 0) incoming[id] = { value: filled.value, changedAt: justAfter(later) };
        if (filled.left > 0) keptNow++;
        else if (filled.placed === 0) alreadyThere++;
      } else keptNow++;
    } else {
      // Cleared since the copy was made: back just after the clearing, no later.
      const changedAt =
        entry && entry.changedAt >= answer.changedAt
          ? justAfter(entry.changedAt)
          : answer.changedAt;
      incoming[id] = { value: answer.value, changedAt };
    }
  }
  const putBack = Object.keys(incoming).length;
  if (putBack > 0) {
    try {
      storage.setItem(fullKey(recordKey), recordText(mergeFields(stored, incoming)));
    } catch (error) {
      return { ok: false, reason: whyNotSaved(error, storage) };
    }
  }
  return { ok: true, putBack, keptNow, alreadyThere };
}

/** What a copy holds, for the button and the message: "answers", "results", "read marks". */
export type CopyHolds = 'answers' | 'results' | 'read marks';

function count(n: number, holds: CopyHolds): string {
  return `${n} ${n === 1 ? holds.replace(/s$/, '') : holds}`;
}

/** What the reader is told after pressing "Put these … back" on the copy of `label`'s record. */
export function putBackMessage(outcome: PutBackOutcome, label: string, holds: CopyHolds): string {
  if (!outcome.ok) {
    switch (outcome.reason) {
      case 'gone':
        return 'This copy was deleted in another tab, so nothing was put back.';
      case 'no-answers':
        return `This copy holds no ${holds} the handbook can read, so nothing was put back. You can still download it.`;
      case 'damaged':
        return `Nothing was put back: what is saved for ${label} now could not be read whole. Open its page, which keeps a copy of it and mends it, then try again.`;
      case 'older':
        return `Nothing was put back: what is saved for ${label} now is in an older form that only its page can read. Open its page and change any answer there, which saves it in today’s form, then try again; or download this copy.`;
      case 'newer':
        return `Nothing was put back: what is saved for ${label} now was saved by a newer version of the handbook. Reload this page, then try again.`;
      case 'full':
        return 'Nothing was put back: this device’s storage is full. Delete something you no longer need, then try again.';
      default:
        return 'Nothing was put back: this browser is not letting the handbook change what it saved.';
    }
  }
  const { putBack, keptNow, alreadyThere } = outcome;
  const parts: string[] = [];
  if (putBack > 0) parts.push(`Put back ${count(putBack, holds)} in ${label}.`);
  else if (keptNow === 0) parts.push(`Everything in this copy is already in ${label}.`);
  else parts.push('Nothing was put back.');
  if (keptNow > 0) {
    parts.push(
      keptNow === 1
        ? 'One box or line there holds other words now. They were kept, and the copy still has the earlier ones.'
        : `${keptNow} boxes or lines there hold other words now. They were kept, and the copy still has the earlier ones.`,
    );
  }
  if (alreadyThere > 0 && putBack > 0) {
    parts.push(
      `${count(alreadyThere, holds)} ${alreadyThere === 1 ? 'was' : 'were'} there already.`,
    );
  }
  parts.push('The copy stays here until you delete it.');
  return parts.join(' ');
}
