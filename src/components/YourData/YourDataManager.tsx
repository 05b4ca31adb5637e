/**
 * /your-data/: lists what the handbook saved on this device, and lets the
 * reader download it all, load a backup back (checked first, summarised,
 * merged field by field so nothing saved here is lost; odd items are skipped
 * and listed, the rest load) and delete everything. Listing, downloading and deleting
 * work whenever storage can be read, even when it is full. The list follows
 * changes made in other tabs. All text from storage or a file is rendered as
 * text by Preact, never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  forgetSearchEverywhere,
  keepsSearch,
  searchKeptMs,
  sessionStore,
} from '../../lib/search/handoff';
import DeleteOne from '../SavedItemDelete/DeleteOne';
import { backupFileName, deleteEverything, exportBackup } from '../../lib/storage/backup';
import type { ImportPlan, SkippedItem } from '../../lib/storage/backup-load';
import {
  describeKey,
  describeTime,
  recoveryFileName,
  readSavedItems,
  unopenableRecord,
  type ItemTitles,
  type SavedItem,
} from '../../lib/storage/saved-items';
import { recordNotice, watchPageReturn } from '../../lib/storage/records';
import type { Backup } from '../../lib/storage/file-kinds';
import { deviceStorage, type DeviceStorage } from '../../lib/storage/storage';
import { downloadText } from '../../lib/browser/download-text';
import { useSafeChoice } from '../AskFirst/safe-choice';
import { plainButton as button } from '../Button/plain-button';
import { backupToolsMissing, loadBackupTools, type BackupTools } from './backup-tools';

interface Props {
  titles: ItemTitles;
}

interface PendingImport {
  fileName: string;
  backup: Backup;
  plan: ImportPlan;
  skipped: SkippedItem[];
  /** The file's keys, those loading changes first (the summary names the first SUMMARY_LINES). */
  order: string[];
  tools: BackupTools;
}

/**
 * The summary names this many items of each list at most, then says how many
 * more: a backup kept over years holds thousands of dated entries.
 */
const SUMMARY_LINES = 50;

/** "…and 3 more items", when a list was cut at SUMMARY_LINES. */
function MoreItems({ total }: { total: number }) {
  const more = total - SUMMARY_LINES;
  return more > 0 ? (
    <li class="text-muted">
      …and {more} more {more === 1 ? 'item' : 'items'}
    </li>
  ) : null;
}

const dangerButton =
  'min-h-11 rounded-sm border-2 border-avoid bg-page px-3 py-2 text-base font-semibold text-ink hover:bg-panel';

/** A saved item's text exactly as stored, to read in any text editor. */
function DownloadCopy({ item }: { item: SavedItem }) {
  return (
    <button
      type="button"
      class={button}
      onClick={() => downloadText(recoveryFileName(item.key), item.raw, 'text/plain')}
    >
      Download this copy<span class="sr-only">: {item.label}</span>
    </button>
  );
}

/** Where a problem is said: beside the file field, or under "Delete everything". */
type ProblemPlace = 'file' | 'delete';

export default function YourDataManager({ titles }: Props) {
  const [storage, setStorage] = useState<DeviceStorage | null | undefined>(undefined);
  const [items, setItems] = useState<SavedItem[]>([]);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<{ text: string; near: ProblemPlace } | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteAllButton = useRef<HTMLButtonElement>(null);
  const savedNowHeading = useRef<HTMLHeadingElement>(null);
  // "Delete everything" answers beside its own button, where the reader is looking.
  const [deleted, setDeleted] = useState('');
  const deletedNote = useRef<HTMLParagraphElement>(null);
  // A problem is said beside what it is about: just above the file field, so
  // the next Tab is a new try, or under "Delete everything". Focus goes to it,
  // so it is seen and heard.
  const problemNote = useRef<HTMLParagraphElement>(null);
  const showProblem = (text: string, near: ProblemPlace = 'file') => {
    setProblem({ text, near });
    setTimeout(() => problemNote.current?.focus(), 0);
  };
  const problemAt = (near: ProblemPlace) =>
    problem?.near === near && (
      <p
        ref={problemNote}
        tabIndex={-1}
        role="alert"
        class="mt-4 border-l-4 border-avoid pl-3"
        data-your-data-problem
      >
        {problem.text}
      </p>
    );

  /** False when the browser would not let the list be read whole: then "nothing saved" is never said. */
  const [listedWhole, setListedWhole] = useState(true);
  /** This tab keeps the words of a recent search (lib/search/handoff.ts). */
  const [searchKept, setSearchKept] = useState(false);
  const refresh = (from: DeviceStorage | null) => {
    const read = readSavedItems(from, titles);
    setItems(read.items);
    setListedWhole(from === null || read.whole);
    setSearchKept(keepsSearch(sessionStore()));
  };

  useEffect(() => {
    const found = deviceStorage();
    setStorage(found);
    refresh(found);
    // Another tab saved or deleted something: list what is there now.
    const onStorage = () => refresh(found);
    window.addEventListener('storage', onStorage);
    const stopReturn = watchPageReturn(() => {
      refresh(found);
      // Back or Forward to this page: a message about what was done before
      // ("Deleted: …") would sit beside a list that has changed since.
      setStatus('');
      setDeleted('');
    });
    return () => {
      window.removeEventListener('storage', onStorage);
      stopReturn();
    };
  }, []);

  // The confirmation replaces the button that opened it: focus moves into it,
  // on the safe choice, and back to that button when the reader keeps everything.
  const keepEverything = () => {
    setConfirmingDelete(false);
    setTimeout(() => deleteAllButton.current?.focus(), 0);
  };
  const { safeChoice, onKeyDown: onDeleteQuestionKey } = useSafeChoice(
    confirmingDelete,
    keepEverything,
  );

  useEffect(() => {
    if (deleted) deletedNote.current?.focus();
  }, [deleted]);

  if (storage === undefined) return <p class="mt-4 text-muted">Looking at this device…</p>;

  const records = items.filter((i) => i.kind !== 'recovery');
  const recoveries = items.filter((i) => i.kind === 'recovery');

  const onDownload = () => {
    if (items.length === 0) {
      setStatus(
        listedWhole
          ? 'Nothing is saved on this device, so no file was made.'
          : 'The handbook could not read what is saved on this device, so no file was made.',
      );
      return;
    }
    const now = new Date();
    downloadText(
      backupFileName(now),
      JSON.stringify(exportBackup(storage, now), null, 2),
      'application/json',
    );
    setStatus(`Downloaded ${items.length} ${items.length === 1 ? 'item' : 'items'} as one file.`);
  };

  const onChooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setProblem(null);
    setStatus('');
    setPending(null);
    if (!file) return;
    const tools = await loadBackupTools();
    if (!tools) {
      showProblem(backupToolsMissing);
      input.value = '';
      return;
    }
    const { checkBackup, checkBackupSize, itemsToLoad, planImport } = tools;
    const tooBig = checkBackupSize(file.size);
    if (tooBig) {
      showProblem(tooBig);
      input.value = '';
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      showProblem('This file could not be read. Nothing was changed.');
      return;
    }
    const checked = checkBackup(text, unopenableRecord);
    if (!checked.ok) {
      showProblem(checked.problem);
      input.value = '';
      return;
    }
    const plan = planImport(storage, checked.backup);
    const count = itemsToLoad(plan);
    setPending({
      fileName: file.name,
      backup: checked.backup,
      plan,
      skipped: checked.skipped,
      order: tools.summaryOrder(plan),
      tools,
    });
    const inFile = Object.keys(checked.backup.items).length;
    setStatus(
      inFile === 0
        ? 'Nothing in this file can be loaded. Nothing was changed.'
        : count === 0
          ? 'Everything in this file is already saved on this device, as it is or newer. Nothing was changed.'
          : `The file checks out${checked.skipped.length ? ', apart from the items listed as skipped' : ''}. It holds ${count} ${count === 1 ? 'item' : 'items'} to load, and nothing saved here will be lost. Nothing is loaded until you choose to.`,
    );
  };

  const onLoad = () => {
    if (!pending) return;
    // Planned again as it loads: answers another tab saved since the file was
    // chosen merge with the file's like any others.
    const result = pending.tools.applyImport(storage, pending.backup);
    if (!result.ok) {
      showProblem(
        result.reason === 'full'
          ? 'This device’s storage is full, so nothing was loaded. What was saved before is unchanged.'
          : 'This browser is not letting the handbook save anything, so nothing was loaded.',
      );
      return;
    }
    setPending(null);
    setProblem(null);
    if (fileInput.current) fileInput.current.value = '';
    refresh(storage);
    // A theme in the file shows at once, here as in the other tabs.
    window.dispatchEvent(new Event('rt-theme-reset'));
    const skipped = pending.skipped.length;
    setStatus(
      result.written === 0
        ? 'Nothing in the file was newer than what is saved here now, so nothing changed.'
        : `Loaded ${result.written} ${result.written === 1 ? 'item' : 'items'} from the file.${skipped ? ` ${skipped} skipped ${skipped === 1 ? 'item was' : 'items were'} not loaded.` : ''}`,
    );
    // The button pressed has gone with the summary: focus goes to what was loaded.
    savedNowHeading.current?.focus();
  };

  const onCancelLoad = () => {
    setPending(null);
    setProblem(null);
    if (fileInput.current) fileInput.current.value = '';
    setStatus('Nothing was loaded.');
    // Back where the reader chose the file.
    fileInput.current?.focus();
  };

  const onDelete = () => {
    const result = deleteEverything(storage);
    // Search words too, in this tab and every other open one.
    forgetSearchEverywhere(sessionStore());
    setConfirmingDelete(false);
    refresh(storage);
    setStatus('');
    // The saved theme went with the rest: show the system's theme now, not at the next page.
    window.dispatchEvent(new Event('rt-theme-reset'));
    if (result.ok)
      setDeleted(
        'Everything the handbook saved on this device has been deleted. Your browser’s history, downloads and printouts are not touched: see above for how to clear them.',
      );
    else
      showProblem(
        'Some items could not be deleted. Try again, or clear this site’s data in your browser settings.',
        'delete',
      );
  };

  return (
    <div>
      <p role="status" aria-live="polite" aria-atomic="true" class="mt-4" data-your-data-status>
        {status}
      </p>
      {storage === null && (
        <p class="mt-4 border-l-4 border-avoid pl-3" data-your-data-unavailable>
          {recordNotice({ status: 'unavailable' })} Nothing is saved on this device.
        </p>
      )}

      <h2 ref={savedNowHeading} tabIndex={-1} id="saved-now" class="mt-10 text-2xl font-bold">
        Saved on this device now
      </h2>
      {!listedWhole && (
        <p class="mt-3 border-l-4 border-avoid pl-3" data-your-data-unlisted>
          This browser would not let the handbook read everything it saved here, so this list may be
          missing items. To be sure nothing is left, clear this site’s data in your browser
          settings.
        </p>
      )}
      {records.length === 0 ? (
        listedWhole && (
          <p class="mt-3" data-saved-empty>
            Nothing is saved on this device.
          </p>
        )
      ) : (
        <ul class="mt-3 space-y-2" data-saved-items>
          {records.map((item) => (
            <li key={item.key} data-key={item.key}>
              <span class="font-semibold">{item.label}</span>
              {item.kind !== 'theme' && (
                <span class="text-muted"> · last changed {describeTime(item.changedAt)}</span>
              )}
              {item.unopenable && (
                <div
                  class="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2 border-l-4 border-avoid pl-3"
                  data-unopenable
                >
                  {item.unopenable === 'newer' ? (
                    'Saved by a newer version of the handbook: reload this page to open it.'
                  ) : (
                    <>
                      Damaged: no page can open it. Download a copy to read it in any text editor.
                      <DownloadCopy item={item} />
                    </>
                  )}
                </div>
              )}
              <DeleteOne
                itemKey={item.key}
                label={item.label}
                onDeleted={(message) => {
                  refresh(storage);
                  setStatus(message);
                  // The item and its button are gone: focus goes to the list's heading.
                  savedNowHeading.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      )}

      {searchKept && (
        <p class="mt-3" data-search-kept>
          This tab also keeps the words of your last search, for up to {searchKeptMs / 60_000}{' '}
          minutes, so that Back finds the results. “Delete everything” below removes them, in every
          open tab.
        </p>
      )}

      {recoveries.length > 0 && (
        <section aria-labelledby="recovery-copies" class="mt-8" data-recovery-copies>
          <h3 id="recovery-copies" class="text-xl font-bold">
            Recovery copies
          </h3>
          <p class="mt-2">
            These are answers that could not be opened, kept so that nothing you wrote is lost.
            Download a copy to read it in any text editor.
          </p>
          <ul class="mt-3 space-y-3">
            {recoveries.map((item) => (
              <li key={item.key} data-key={item.key} class="flex flex-wrap items-center gap-3">
                <span>
                  <span class="font-semibold">{item.label}</span>
                  <span class="text-muted"> · set aside {describeTime(item.changedAt)}</span>
                </span>
                <DownloadCopy item={item} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {storage !== null && (
        <>
          <h2 id="download" class="mt-10 text-2xl font-bold">
            Download everything
          </h2>
          <p class="mt-2">
            One file with all your answers. Keep it somewhere private: anyone who opens it can read
            it.
          </p>
          <button type="button" class={`${button} mt-3`} onClick={onDownload} data-download-all>
            Download everything as one file
          </button>

          <h2 id="load" class="mt-10 text-2xl font-bold">
            Load a file back
          </h2>
          <p class="mt-2">
            Choose a file you downloaded here before. It is checked first, and nothing changes until
            you say so.
          </p>
          {problemAt('file')}
          <label for="backup-file" class="mt-3 block font-semibold">
            Backup file (.json)
          </label>
          <input
            ref={fileInput}
            id="backup-file"
            type="file"
            accept=".json,application/json"
            class="mt-2 block min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-sm file:border file:border-rule file:bg-page file:px-4 file:font-semibold file:text-ink"
            onChange={onChooseFile}
            data-backup-file
          />
          {pending && (
            <div class="mt-4 rounded-sm border border-rule bg-panel p-4" data-import-summary>
              <p class="font-semibold">What “{pending.fileName}” would change</p>
              <ul class="mt-2 space-y-1">
                {pending.order.slice(0, SUMMARY_LINES).map((key) => {
                  const item = describeKey(key, pending.backup.items[key] ?? '', titles);
                  return (
                    <li key={key}>
                      {item.label}{' '}
                      <span class="text-muted">
                        ({pending.tools.importAction(pending.plan, key)})
                      </span>
                    </li>
                  );
                })}
                <MoreItems total={pending.order.length} />
              </ul>
              {pending.skipped.length > 0 && (
                <div class="mt-4" data-import-skipped>
                  <p class="font-semibold">
                    Skipped: {pending.skipped.length}{' '}
                    {pending.skipped.length === 1 ? 'item' : 'items'} in the file cannot be loaded
                  </p>
                  <ul class="mt-2 space-y-1">
                    {pending.skipped.slice(0, SUMMARY_LINES).map((item, i) => (
                      <li key={`${i}:${item.key}`}>
                        {/* A record the handbook names (a damaged sheet, say) by its title. */}
                        {item.key.startsWith('rt:') && pending.tools.isHandbookKey(item.key) ? (
                          describeKey(item.key, '', titles).label
                        ) : (
                          <span class="font-mono text-base">{item.key}</span>
                        )}{' '}
                        {item.reason}
                      </li>
                    ))}
                    <MoreItems total={pending.skipped.length} />
                  </ul>
                </div>
              )}
              <div class="mt-4 flex flex-wrap gap-3">
                {pending.tools.itemsToLoad(pending.plan) > 0 && (
                  <button type="button" class={button} onClick={onLoad} data-load-backup>
                    Load these items
                  </button>
                )}
                <button type="button" class={button} onClick={onCancelLoad}>
                  Cancel
                </button>
              </div>
            </div>
          )}

          <h2 id="delete" class="mt-10 text-2xl font-bold">
            Delete everything
          </h2>
          <p class="mt-2">
            Removes every answer, recovery copy and setting the handbook saved on this device. It
            cannot be undone, so download a copy first if you may want it.
          </p>
          {problemAt('delete')}
          {deleted && !confirmingDelete && (
            <p
              ref={deletedNote}
              tabIndex={-1}
              class="mt-3 border-l-4 border-accent pl-3 font-semibold"
              data-delete-result
            >
              {deleted}
            </p>
          )}
          {confirmingDelete ? (
            <div
              class="mt-3 rounded-sm border-2 border-avoid p-4"
              role="group"
              aria-labelledby="confirm-delete"
              onKeyDown={onDeleteQuestionKey}
            >
              <p id="confirm-delete" class="font-semibold">
                {items.length === 0
                  ? 'Nothing is saved on this device now. Delete everything anyway?'
                  : items.length === 1
                    ? 'Delete the one item saved on this device?'
                    : `Delete all ${items.length} items from this device?`}
              </p>
              <div class="mt-3 flex flex-wrap gap-3">
                <button type="button" class={dangerButton} onClick={onDelete} data-confirm-delete>
                  Yes, delete everything
                </button>
                <button ref={safeChoice} type="button" class={button} onClick={keepEverything}>
                  No, keep it
                </button>
              </div>
            </div>
          ) : (
            <button
              ref={deleteAllButton}
              type="button"
              class={`${dangerButton} mt-3`}
              onClick={() => {
                setDeleted('');
                setConfirmingDelete(true);
              }}
              data-delete-all
            >
              Delete everything…
            </button>
          )}
        </>
      )}
    </div>
  );
}
