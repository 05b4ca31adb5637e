/**
 * Loading a backup file back: the checks a file must pass before any of it is
 * written, and the merge. An imported file is untrusted: a file that is too
 * large, too deeply nested, not JSON, not a backup or from another version is
 * refused whole; inside a backup, each item is checked on its own (key name,
 * text value, theme value, a record a page can open: a damaged one loads as
 * a recovery copy), so one odd item is listed as skipped and the rest still
 * load. Its text is only ever shown as
 * text. Never throws.
 *
 * Most visits to /your-data/ never load a file, so the page fetches this
 * module only when the reader chooses one (load-backup-tools.ts).
 */
import {
  ANSWERS_FILE_KIND,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type Backup,
} from './file-kinds';
import { periodStartDay } from '../progress/dates';
import { parseEntryKey } from '../progress/entries';
import { isTombstone, laterEntry, mergeFields, type Fields } from './field-record';
import {
  DELETIONS_KEY,
  anyFieldRecord,
  FIELD_RECORD_VERSION,
  isQuotaError,
  parseStoredRecord,
  readStoredRecord,
  recordText,
  type FieldRecordSpec,
} from './records';
import type { OpenableCheck } from './saved-items';
import {
  RECORD_PREFIX,
  RECOVERY_PREFIX,
  THEME_KEY,
  recoveryKeyFor,
  type DeviceStorage,
} from './storage';
import { version1UpgradeFor } from './version-1';

/** A time as the handbook writes it (`toISOString`): how a recovery copy's key ends. */
const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

export { MAX_BACKUP_BYTES };
/** Far more items than a backup of the most a browser keeps (MAX_BACKUP_BYTES) can hold. */
export const MAX_BACKUP_ITEMS = 200_000;
/** The format is three levels deep; anything much deeper is not a backup. */
export const MAX_BACKUP_DEPTH = 8;

const MAX_KEY_LENGTH = 200;

/** A key the handbook itself would write; anything else in a file is refused. */
export function isHandbookKey(key: string): boolean {
  if (key.length > MAX_KEY_LENGTH) return false;
  if (key === THEME_KEY) return true;
  return /^(rt|rt-recovery):[a-z0-9][a-z0-9-]*(:[a-zA-Z0-9.:-]+)?$/.test(key);
}

/** An item in a file that is not loaded, and why (completes "… was skipped: it …"). */
export interface SkippedItem {
  key: string;
  reason: string;
}

export type BackupCheck =
  { ok: true; backup: Backup; skipped: SkippedItem[] } | { ok: false; problem: string };

/** `light`/`dark` however it is written (`Dark`, ` DARK `), or null. */
export function themeValue(value: string): 'light' | 'dark' | null {
  const word = value.trim().toLowerCase();
  return word === 'light' || word === 'dark' ? word : null;
}

/** How deeply brackets nest in JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    } else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** Refuses a file by its size before reading it. */
export function checkBackupSize(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? `This file is too large to be a handbook backup (over ${MAX_BACKUP_BYTES / 1_000_000} MB). Nothing was changed.`
    : null;
}

/**
 * Checks a backup file's text completely. Never throws. `unopenable` is
 * saved-items' `unopenableRecord`, passed in rather than imported, so this
 * file, fetched on demand, shares no file with the page that fetches it.
 */
export function checkBackup(text: string, unopenable: OpenableCheck): BackupCheck {
  try {
    return checkBackupText(text, unopenable);
  } catch {
    // Nothing above should throw; if something does, the file is refused, not the page.
    return {
      ok: false,
      problem: 'This file could not be read as a handbook backup. Nothing was changed.',
    };
  }
}

/** A dated entry's key names a real day or week (2026-02-31 and 2026-W60 do not exist). */
function entryDateExists(key: string): boolean {
  const entry = parseEntryKey(key.slice(RECORD_PREFIX.length));
  return !entry || periodStartDay(entry.period) !== null;
}

/** Said of any file that is not a backup at all (a PDF, a photo, an empty or damaged file). */
const notABackup =
  'This file is not a backup from this handbook. Choose a file you downloaded from this page with “Download everything as one file”: its name starts with “rebuilding-trust-” and ends in “.json”.';

function checkBackupText(text: string, unopenable: OpenableCheck): BackupCheck {
  const refuse = (problem: string): BackupCheck => ({
    ok: false,
    problem: `${problem} Nothing was changed.`,
  });
  const sizeProblem = checkBackupSize(new Blob([text]).size);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  if (jsonDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return refuse(notABackup);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Nothing in it: a download stopped before its first byte, whatever its name says.
    if (!text.trim())
      return refuse(
        'This file is empty (perhaps its download did not finish), so it holds nothing to load. Download everything again on the device that holds it.',
      );
    // Ours, but cut short or damaged (a download that did not finish).
    if (text.includes(BACKUP_FORMAT))
      return refuse(
        'This backup is damaged or incomplete (perhaps its download did not finish), so it cannot be read. Download everything again on the device that holds it.',
      );
    return refuse(notABackup);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse(notABackup);
  }
  const head = parsed as Record<string, unknown>;
  if (head['kind'] === ANSWERS_FILE_KIND) {
    const sheet =
      typeof head['title'] === 'string'
        ? `the “${head['title'].slice(0, 80)}” worksheet`
        : 'its worksheet';
    return refuse(
      `This file holds one worksheet's answers, not a backup. Load it on ${sheet}, with “Load answers from a file”.`,
    );
  }
  if (head['format'] !== BACKUP_FORMAT) return refuse(notABackup);
  const version = head['version'];
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return refuse(
      'This backup was made by a newer version of the handbook. Reload this page to get the newest version, then choose the file again.',
    );
  }
  if (version !== BACKUP_VERSION) {
    return refuse('This backup is from an unknown version of the handbook.');
  }
  const rawItems = head['items'];
  if (typeof rawItems !== 'object' || rawItems === null || Array.isArray(rawItems)) {
    return refuse('This backup is damaged: its list of items is missing.');
  }
  const entries = Object.entries(rawItems);
  if (entries.length > MAX_BACKUP_ITEMS) {
    return refuse(
      'This file holds more items than a browser can keep for one site, so the handbook did not make it.',
    );
  }
  const items: Record<string, string> = {};
  const skipped: SkippedItem[] = [];
  const exportedAt = typeof head['exportedAt'] === 'string' ? head['exportedAt'].slice(0, 40) : '';
  // One time for the file's damaged records: when the file was made, so
  // loading it twice makes no second copy; in a file that does not say so
  // plainly (made by hand), when it is loaded (each load then makes one).
  const stated = isoTime.test(exportedAt) ? Date.parse(exportedAt) : NaN;
  const madeAt = new Date(Number.isNaN(stated) ? Date.now() : stated);
  for (const [key, value] of entries) {
    const shownKey = key.length > 80 ? `${key.slice(0, 80)}…` : key;
    if (!isHandbookKey(key)) {
      skipped.push({ key: shownKey, reason: 'is not something the handbook saves' });
    } else if (typeof value !== 'string') {
      skipped.push({ key, reason: 'is not stored as text, as the handbook stores everything' });
    } else if (key === THEME_KEY) {
      const theme = themeValue(value);
      if (theme) items[key] = theme;
      else skipped.push({ key, reason: 'is a theme the handbook does not know' });
    } else if (!entryDateExists(key)) {
      // No page could open it: the entries page and ?entry= refuse such a day.
      skipped.push({ key, reason: 'is an entry dated a day or week that does not exist' });
    } else {
      const problem = key.startsWith(RECORD_PREFIX) ? unopenable(value) : null;
      if (problem === 'newer') skipped.push({ key, reason: newerRecord });
      // Its words reach this device all the same, as a recovery copy (Your data downloads it).
      else if (problem) items[recoveryKeyFor(key.slice(RECORD_PREFIX.length), madeAt)] = value;
      else items[key] = value;
    }
  }
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, items },
    skipped,
  };
}

/**
 * Said of a record from a newer version in a file: skipped, since it would
 * replace answers a page can open with something none can show (reloading
 * gets the version that can). A damaged record loads as a recovery copy
 * instead, as recovery copies (`rt-recovery:`) in a file load as they are
 * (skipped, its words had never reached a new device).
 */
const newerRecord = 'was saved by a newer version of the handbook, which this one cannot open';

/**
 * What loading a checked backup would do with each of its items. Nothing
 * on this device is ever lost by it: answers merge field by field (the
 * later change wins, as between two tabs), and whatever cannot be merged
 * is kept as a recovery copy. So loading asks no "replace?" question. What
 * was deleted here after the file was made stays deleted, as between two
 * tabs, unless the reader asks for it back (`deletedAfter`).
 */
export interface ImportPlan {
  /**
   * Keys not on this device now: loaded as they are, or, for a record
   * deleted here since some of its answers were saved, with only the
   * answers changed after that deletion (`deletedHere` counts the rest).
   */
  adding: string[];
  /**
   * Of those adding, the ones deleted after the file's copy was saved:
   * loading them would bring back what the reader deleted, so the summary
   * leaves them out unless the reader unticks "Leave out".
   */
  deletedAfter: string[];
  /** Of those, how many answers in the file's copy were changed after the deletion. */
  changedSinceDeleted: Record<string, number>;
  /** Saved on both: the file's newer answers join this device's, field by field. */
  merging: string[];
  /**
   * Of those merging, the ones where the file's answers replace or delete
   * answers saved here, or where this device's record is upgraded from an
   * older version: this device's is first kept as a recovery copy. A later
   * change on another device wins field by field, but the words it replaces
   * were typed too (a second paragraph added on this device had been lost).
   */
  copiedFirst: string[];
  /**
   * Saved here in a form no merge can read (an older version, or damaged):
   * the file's copy takes its place, and this device's is kept as a recovery copy.
   */
  replacing: string[];
  /**
   * The file's copy is in an older form than this device's, or this device's
   * is from a newer version: the file's is kept beside it as a recovery copy.
   */
  keptAside: string[];
  /**
   * Keys that stay as they are, and why: the same text, this device's own
   * theme or recovery copy, or nothing newer in the file.
   */
  unchangedAs: Record<string, 'same' | 'kept-here' | 'nothing-newer'>;
  /**
   * For a record saved on both: how many of the file's answers (or results)
   * were deleted here after the file's copy was made. They stay deleted, as
   * between two tabs (nothing deleted comes back), and the summary says so,
   * rather than "nothing newer" of a file that holds what the device no longer shows.
   */
  deletedHere: Record<string, number>;
  /** The text each added, merged or replacing key will hold. */
  writes: Record<string, string>;
}

/**
 * Any field record of this version, whatever its fields hold. One saved on
 * this device by version 1 is read as its page would upgrade it when opened,
 * so the reader's answers there merge with the file's (an older backup had
 * replaced them). One in the file in version 1's form is not: it is kept
 * beside what is here as a recovery copy, as it is, and can be put back.
 */
function recordAt(key: string, upgrading: boolean): FieldRecordSpec<unknown> {
  return anyFieldRecord(
    '',
    upgrading ? version1UpgradeFor(key.slice(RECORD_PREFIX.length)) : undefined,
  );
}

/**
 * Stored text as JSON, or undefined when it is not (read as damaged). Its
 * twin in saved-items.ts is not imported, for the reason `checkBackup` gives.
 */
function parsedOrNothing(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a parsed record is of an older version (read through its upgrade). */
function isOlderRecord(parsed: unknown): boolean {
  const version = (parsed as { version?: unknown } | null | undefined)?.version;
  return typeof version === 'number' && version < FIELD_RECORD_VERSION;
}

/** How many answers saved here the merge replaces with other words, or deletes. */
function replacedHere(here: Fields, merged: Fields): number {
  return Object.entries(here).filter(([id, entry]) => {
    const kept = merged[id];
    if (isTombstone(entry)) return false;
    // The same words with a later time (a chapter read on both devices) replace nothing.
    return !kept || isTombstone(kept) || JSON.stringify(kept.value) !== JSON.stringify(entry.value);
  }).length;
}

function readItem(storage: DeviceStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** What loading a checked backup would change, for the summary shown before anything is written. */
export function planImport(storage: DeviceStorage | null, backup: Backup): ImportPlan {
  const plan: ImportPlan = {
    adding: [],
    deletedAfter: [],
    changedSinceDeleted: {},
    merging: [],
    copiedFirst: [],
    replacing: [],
    keptAside: [],
    unchangedAs: {},
    deletedHere: {},
    writes: {},
  };
  const deletions = deletionTimes(storage);
  for (const [key, incoming] of Object.entries(backup.items).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const current = readItem(storage, key);
    const deletedAt = deletionOf(deletions, key);
    if (current === null) {
      plan.adding.push(key);
      plan.writes[key] = incoming;
      if (deletedAt) planDeletedHere(plan, key, incoming, deletedAt);
    } else if (current === incoming) {
      plan.unchangedAs[key] = 'same';
    } else if (!key.startsWith(RECORD_PREFIX)) {
      // The reader's theme here, and a recovery copy here, stay as they are.
      plan.unchangedAs[key] = 'kept-here';
    } else {
      // Parsed once: read as its page would, and asked whether it was upgraded.
      const hereParsed = parsedOrNothing(current);
      const here = readStoredRecord(hereParsed, recordAt(key, true));
      const there = parseStoredRecord(incoming, recordAt(key, false));
      // Saved here by a newer version (a tab that took an update) stays, like any page leaves it.
      if (!here.ok && !here.newer) {
        plan.replacing.push(key);
        plan.writes[key] = incoming;
      } else if (!here.ok || !there.ok) {
        plan.keptAside.push(key);
      } else {
        // The whole record was deleted here once: the file's answers from
        // before that, which nothing here holds now, stay deleted.
        // An answer here stays; a deletion here stands if it is the later.
        const hereNow = deletedAt
          ? deletedBefore(here.fields, there.fields, deletedAt)
          : here.fields;
        const merged = mergeFields(hereNow, there.fields);
        const deleted = deletedSince(hereNow, there.fields, merged);
        if (deleted > 0) plan.deletedHere[key] = deleted;
        const same =
          Object.keys(merged).length === Object.keys(hereNow).length &&
          Object.entries(merged).every(([id, entry]) => hereNow[id] === entry);
        if (same) plan.unchangedAs[key] = 'nothing-newer';
        else {
          plan.merging.push(key);
          plan.writes[key] = recordText(merged);
          if (isOlderRecord(hereParsed) || replacedHere(here.fields, merged) > 0)
            plan.copiedFirst.push(key);
        }
      }
    }
  }
  return plan;
}

/**
 * When each record and recovery copy was deleted, by its storage key, from
 * the note `noteDeleted` keeps. Read as far as it can be: a note with some
 * entries damaged protects what its readable entries name.
 */
function deletionTimes(storage: DeviceStorage | null): Record<string, string> {
  const raw = readItem(storage, `${RECORD_PREFIX}${DELETIONS_KEY}`);
  if (raw === null) return {};
  const read = parseStoredRecord(raw, recordAt('', false));
  const times: Record<string, string> = {};
  for (const [key, entry] of Object.entries(read.ok ? read.fields : (read.readable ?? {})))
    if (!isTombstone(entry)) times[key] = entry.changedAt;
  return times;
}

/**
 * When the reader deleted this item here, as far as the file's copy of it
 * goes. A recovery copy counts as deleted too when the record it copies was
 * deleted after the copy was made: a damaged record in an older file loads
 * as such a copy, and brought back words deleted since (a review).
 */
function deletionOf(deletions: Record<string, string>, key: string): string | undefined {
  const own = Object.hasOwn(deletions, key) ? deletions[key] : undefined;
  if (own || !key.startsWith(RECOVERY_PREFIX)) return own;
  // Read here, not with saved-items' parseRecoveryKey: importing that file
  // split it off into one more file for Your data to fetch.
  for (const [noted, at] of Object.entries(deletions)) {
    const copies = `${RECOVERY_PREFIX}${noted.slice(RECORD_PREFIX.length)}:`;
    const madeAt = key.slice(copies.length);
    if (noted.startsWith(RECORD_PREFIX) && key.startsWith(copies) && isoTime.test(madeAt))
      return at > madeAt ? at : undefined;
  }
  return undefined;
}

/**
 * This device's fields, with the whole record's deletion at `at` standing
 * for each of the file's fields it holds no answer to (a deletion of the
 * field here stands where it is the later).
 */
function deletedBefore(here: Fields, file: Fields, at: string): Fields {
  const fields: Fields = { ...here };
  for (const id of Object.keys(file)) {
    const mine = Object.hasOwn(here, id) ? here[id] : undefined;
    if (mine && !isTombstone(mine)) continue;
    const gone = laterEntry(mine, { deleted: true, changedAt: at });
    if (gone) fields[id] = gone;
  }
  return fields;
}

/**
 * A file's item that is not here because the reader deleted it at
 * `deletedAt`. If any of the file's answers in it were saved before that, it
 * is left out unless the reader unticks it (the summary ticks "Leave out"),
 * and then loads as it is, whole: half an entry, its older answers kept out
 * one by one, read as neither deleted nor back (a reader pass). Answers in
 * it changed since, on another device, are counted, so the summary says so.
 * One whose every answer came after the deletion is new, as any other.
 */
function planDeletedHere(plan: ImportPlan, key: string, incoming: string, deletedAt: string) {
  if (!key.startsWith(RECORD_PREFIX)) {
    // A recovery copy is as old as its key says: it was here, then deleted.
    plan.deletedAfter.push(key);
    return;
  }
  const there = parseStoredRecord(incoming, recordAt(key, true));
  // In a form the merge cannot read: new, as it was before deletions were noted.
  if (!there.ok) return;
  const answers = Object.values(there.fields).filter((entry) => !isTombstone(entry));
  const since = answers.filter((entry) => entry.changedAt > deletedAt).length;
  if (since === answers.length) return;
  plan.deletedAfter.push(key);
  if (since > 0) plan.changedSinceDeleted[key] = since;
}

/** The file's values that a deletion here, made after them, keeps out of the merge. */
function deletedSince(here: Fields, file: Fields, merged: Fields): number {
  return Object.entries(file).filter(([id, entry]) => {
    const kept = merged[id];
    return !isTombstone(entry) && kept !== undefined && isTombstone(kept) && kept === here[id];
  }).length;
}

/**
 * What a deletion here did to the file's values, in the words of the item:
 * "1 result in it was deleted here since, and stays deleted". A chapter
 * marked unread is a deletion in the reading record.
 */
function deletedHereWords(key: string, count: number): string {
  const one = count === 1;
  const [noun, nouns, done, stays] = key.startsWith(`${RECORD_PREFIX}results:`)
    ? ['result', 'results', 'deleted', 'deleted']
    : key === `${RECORD_PREFIX}reading`
      ? ['chapter read', 'chapters read', 'marked unread', 'unread']
      : ['answer', 'answers', 'deleted', 'deleted'];
  return `${count} ${one ? noun : nouns} in it ${one ? 'was' : 'were'} ${done} here since, and ${one ? 'stays' : 'stay'} ${stays}`;
}

/** Each plan's words by key, made once: the summary asks for every item of a file of up to 200,000. */
const actionWords = new WeakMap<ImportPlan, Map<string, string>>();

/** What loading does with one item of the file, in the summary's words ("… (new)"). */
export function importAction(plan: ImportPlan, key: string): string {
  let words = actionWords.get(plan);
  if (!words) {
    const byKey = new Map<string, string>();
    const say = (keys: readonly string[], what: string) => keys.forEach((k) => byKey.set(k, what));
    say(plan.adding, 'new');
    say(plan.merging, 'joins what is saved here: the newer of each answer is kept');
    say(
      plan.copiedFirst,
      'joins what is saved here: the newer of each answer is kept, and what is saved here now is first kept as a recovery copy',
    );
    say(plan.replacing, 'replaces what is saved here, which is kept as a recovery copy');
    say(plan.keptAside, 'kept as a recovery copy beside what is saved here');
    for (const [k, as] of Object.entries(plan.unchangedAs)) {
      const deleted = plan.deletedHere[k];
      if (as === 'kept-here') byKey.set(k, 'what is set here stays');
      else if (as === 'nothing-newer')
        byKey.set(
          k,
          deleted
            ? `unchanged: ${deletedHereWords(k, deleted)}`
            : 'nothing newer than what is saved here; unchanged',
        );
    }
    for (const k of plan.deletedAfter) {
      const since = plan.changedSinceDeleted[k] ?? 0;
      const changed = since
        ? `, though ${since === 1 ? '1 answer' : `${since} answers`} in it changed after that`
        : '';
      byKey.set(
        k,
        `you deleted it after the file’s copy of it was saved${changed}, so it is left out unless you untick “Leave out”`,
      );
    }
    for (const k of [...plan.adding, ...plan.merging]) {
      const deleted = plan.deletedHere[k];
      if (deleted) byKey.set(k, `${byKey.get(k) ?? ''}; ${deletedHereWords(k, deleted)}`);
    }
    actionWords.set(plan, byKey);
    words = byKey;
  }
  return words.get(key) ?? 'already saved here, unchanged';
}

/**
 * The items left out once a chosen file is planned again (another tab saved
 * or deleted, Back, or the moment of loading): one saved here since is no
 * longer new, so it merges as the summary says; one deleted since is left
 * out, as if it had been when the file was chosen. The reader's own ticks
 * and unticks stand.
 */
export function leftOutAfterReplan(
  leftOut: ReadonlySet<string>,
  before: ImportPlan,
  after: ImportPlan,
  byChoice: (key: string) => boolean = () => false,
): Set<string> {
  // Sets, not lists: a backup of a year of daily entries holds hundreds of keys.
  const could = new Set(tickable(before, byChoice));
  const can = tickable(after, byChoice);
  const canNow = new Set(can);
  const addingBefore = new Set(before.adding);
  const addingNow = new Set(after.adding);
  const deletedBefore = new Set(before.deletedAfter);
  // Gone from here since (it leaves no note): out, whatever was chosen while it was here.
  const goneSince = (key: string) => addingNow.has(key) && !addingBefore.has(key);
  return new Set([
    ...[...leftOut].filter((key) => canNow.has(key)),
    ...after.deletedAfter.filter((key) => !deletedBefore.has(key)),
    ...can.filter((key) => byChoice(key) && (!could.has(key) || goneSince(key))),
  ]);
}

/**
 * The file's items the reader may leave out: those new here, and a sheet
 * saved only by choice (`byChoice`) that would merge with what is here, as
 * its "Don't save", ticked once and unticked since, is kept nowhere.
 */
export function tickable(plan: ImportPlan, byChoice: (key: string) => boolean): string[] {
  return [...plan.adding, ...plan.merging.filter(byChoice)];
}

/** Those left out at first: deleted after the file's copy was saved, and any saved only by choice. */
export function leftOutAtFirst(plan: ImportPlan, byChoice: (key: string) => boolean): Set<string> {
  return new Set([...plan.deletedAfter, ...tickable(plan, byChoice).filter(byChoice)]);
}

/**
 * A file's keys in the order the summary names them: those loading changes
 * first (new, merged, replacing, kept aside), then those that stay as they are.
 */
export function summaryOrder(plan: ImportPlan): string[] {
  return [
    ...plan.adding,
    ...plan.merging,
    ...plan.replacing,
    ...plan.keptAside,
    ...Object.keys(plan.unchangedAs),
  ];
}

/** How many of a file's items loading would write or keep aside. */
export function itemsToLoad(plan: ImportPlan): number {
  return plan.adding.length + plan.merging.length + plan.replacing.length + plan.keptAside.length;
}

export type ImportResult =
  | {
      ok: true;
      /** Items added, merged or put in place of one that could not be read. */
      written: number;
      /** The file's items kept as recovery copies, as they could not merge with what is here. */
      keptAside: number;
      /** Records here kept as recovery copies before the file's answers replaced some of theirs. */
      copied: number;
    }
  | { ok: false; reason: 'unavailable' | 'full' };

/**
 * Loads a checked backup, planned afresh against what is stored now (a tab
 * may have saved since the file was chosen). A record that cannot be merged
 * is first copied under a recovery key, this device's or the file's; if any
 * write fails part-way, every key already written is put back as it was.
 */
export function applyImport(
  storage: DeviceStorage | null,
  backup: Backup,
  now = new Date(),
): ImportResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const plan = planImport(storage, backup);
  const before = new Map<string, string | null>();
  const remember = (key: string) => {
    if (!before.has(key)) before.set(key, storage.getItem(key));
  };
  const write = (key: string, value: string) => {
    remember(key);
    storage.setItem(key, value);
  };
  const recoveryKeyOf = (key: string) => recoveryKeyFor(key.slice(RECORD_PREFIX.length), now);
  try {
    for (const key of plan.keptAside) write(recoveryKeyOf(key), backup.items[key] ?? '');
    for (const key of plan.copiedFirst) write(recoveryKeyOf(key), storage.getItem(key) ?? '');
    for (const key of plan.replacing) {
      write(recoveryKeyOf(key), storage.getItem(key) ?? '');
      // Removed first, so a tab with the record open hears a removal and takes
      // the file's copy as it is, not merging back the unreadable one it had.
      remember(key);
      storage.removeItem(key);
    }
    for (const [key, value] of Object.entries(plan.writes)) write(key, value);
  } catch (error) {
    for (const [key, value] of before) {
      try {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } catch {
        // Best effort: the original value is still in `before` only if this fails.
      }
    }
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
  const keptAside = plan.keptAside.length;
  return {
    ok: true,
    written: itemsToLoad(plan) - keptAside,
    keptAside,
    copied: plan.copiedFirst.length,
  };
}

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/**
 * Said once a file is checked, before anything loads, and again as the
 * reader ticks or unticks "Leave out": what it would do. `leftOut`: the new
 * items ticked to stay out (at first, those deleted since).
 */
export function checkedBackupStatus(
  backup: Backup,
  plan: ImportPlan,
  skipped: number,
  leftOut: ReadonlySet<string> = new Set(plan.deletedAfter),
): string {
  const count = itemsToLoad(plan) - leftOut.size;
  if (Object.keys(backup.items).length === 0)
    return 'Nothing in this file can be loaded. Nothing was changed.';
  if (count === 0 && leftOut.size > 0)
    return 'Nothing is set to load: what is ticked “Leave out” stays out unless you untick it. Nothing was changed.';
  // Loading here never puts older words over newer ones; a sheet's own load can, asked first.
  const olderSheet = Object.keys(backup.items).some((key) => key.startsWith('rt:worksheet:'))
    ? ' To have a sheet’s answers back as they were in this file, open that sheet (a dated one on that day’s entry) and choose this file with “Load answers from a file”: it asks before replacing anything.'
    : '';
  if (count === 0)
    return `Everything in this file${skipped ? ' that can be loaded' : ''} is already saved on this device, as it is or newer${Object.keys(plan.deletedHere).length > 0 ? ', or was deleted here since' : ''}.${skipped ? ' The items listed as skipped cannot be loaded.' : ''} Nothing was changed.${olderSheet}`;
  return `The file checks out${skipped ? ', apart from the items listed as skipped' : ''}. It holds ${items(count)} to load, and nothing saved here will be lost. Nothing is loaded until you choose to.`;
}

/** Said once loading is done or refused; a refusal is a problem, said where the file was chosen. */
export function loadedBackupStatus(
  result: ImportResult,
  skipped: number,
  leftOut = 0,
): { problem: boolean; text: string } {
  if (!result.ok) {
    return {
      problem: true,
      text:
        result.reason === 'full'
          ? 'This device’s storage is full, so nothing was loaded. What was saved before is unchanged.'
          : 'This browser is not letting the handbook save anything, so nothing was loaded.',
    };
  }
  const { written, keptAside, copied } = result;
  if (written + keptAside === 0)
    return {
      problem: false,
      text: leftOut
        ? 'Nothing was loaded: what was ticked “Leave out”, or deleted meanwhile, stayed out.'
        : 'Nothing in the file was newer than what is saved here now, so nothing changed.',
    };
  const said: string[] = [];
  if (written > 0) said.push(`Loaded ${items(written)} from the file.`);
  if (copied > 0)
    said.push(
      copied === 1
        ? 'One item saved here was changed by the file, so it is also kept as it was, as a recovery copy: see “Recovery copies”.'
        : `${copied} items saved here were changed by the file, so they are also kept as they were, as recovery copies: see “Recovery copies”.`,
    );
  // Not "loaded": the reader's own stays in use, and the file's waits beside it.
  if (keptAside > 0)
    said.push(
      keptAside === 1
        ? 'One item could not be merged with what is saved here, so the file’s copy of it is kept as a recovery copy: see “Recovery copies”.'
        : `${keptAside} items could not be merged with what is saved here, so the file’s copies of them are kept as recovery copies: see “Recovery copies”.`,
    );
  if (skipped)
    said.push(`${skipped} skipped ${skipped === 1 ? 'item was' : 'items were'} not loaded.`);
  return { problem: false, text: said.join(' ') };
}
