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
import { backupFileName, deleteEverything, exportBackup } from '../../lib/storage/backup';
import {
  markUnnoted,
  readSavedItems,
  unopenableRecord,
  type ItemTitles,
  type SavedItem,
} from '../../lib/storage/saved-items';
import { forgetDeleted, watchPageReturn } from '../../lib/storage/records';
import { deviceStorage, type DeviceStorage } from '../../lib/storage/storage';
import { downloadText } from '../../lib/browser/download-text';
import { useSafeChoice } from '../AskFirst/safe-choice';
import { dangerButton, plainButton as button } from '../Button/plain-button';
import { backupToolsMissing, loadBackupTools } from './backup-tools';
import ImportSummary, { byChoiceIn, withoutLeftOut, type PendingImport } from './ImportSummary';
import SavedItemList, { RecoveryCopies } from './SavedItemList';

interface Props {
  titles: ItemTitles;
  /** Records of sheets that ask before saving: deleting them leaves no note of their names. */
  unnoted: string[];
}

/** A chosen file's summary, planned again against what is stored now. */
function replanned(chosen: PendingImport, storage: DeviceStorage | null): PendingImport {
  const plan = chosen.tools.planImport(storage, chosen.backup);
  const leftOut = chosen.tools.leftOutAfterReplan(
    chosen.leftOut,
    chosen.plan,
    plan,
    byChoiceIn(chosen),
  );
  return { ...chosen, plan, order: chosen.tools.summaryOrder(plan), leftOut };
}

/** What the status says of a chosen file, as its ticks stand. */
function checkedStatus(chosen: PendingImport): string {
  return chosen.tools.checkedBackupStatus(
    chosen.backup,
    chosen.plan,
    chosen.skipped.length,
    chosen.leftOut,
  );
}

/** Where a problem is said: beside the file field, or under "Delete everything". */
type ProblemPlace = 'file' | 'delete';

export default function YourDataManager({ titles, unnoted }: Props) {
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
    setItems(markUnnoted(read.items, unnoted));
    // Nothing could be read (storage blocked): nothing is known, not "nothing is saved".
    setListedWhole(read.whole);
    setSearchKept(keepsSearch(sessionStore()));
  };
  // Read by handlers made at the first render (another tab's change), so they see the file chosen since.
  const pendingNow = useRef<PendingImport | null>(null);
  pendingNow.current = pending;
  /** What is saved has changed: list it again, and say what a chosen file would change against it. */
  const relist = (from: DeviceStorage | null): PendingImport | null => {
    refresh(from);
    const chosen = pendingNow.current;
    if (!chosen) return null;
    const next = replanned(chosen, from);
    pendingNow.current = next;
    setPending(next);
    setStatus(checkedStatus(next));
    return next;
  };
  /** One item (or recovery copy) deleted: its button is gone, so focus goes to the list's heading. */
  const afterDeletingOne = (message: string) => {
    // A chosen file is planned again: what was just deleted is now left out.
    const chosen = relist(storage ?? null);
    setStatus(chosen ? `${message} ${checkedStatus(chosen)}` : message);
    savedNowHeading.current?.focus();
  };

  useEffect(() => {
    const found = deviceStorage();
    setStorage(found);
    refresh(found);
    // Another tab saved or deleted something: list what is there now, and
    // say what a chosen file would change against that.
    const onStorage = () => relist(found);
    window.addEventListener('storage', onStorage);
    const stopReturn = watchPageReturn(() => {
      // Back or Forward to this page: a message about what was done before
      // ("Deleted: …") would sit beside a list that has changed since; a
      // chosen file's status, planned again, replaces it.
      setStatus('');
      setDeleted('');
      relist(found);
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
  // Focus on "No, keep it" scrolled only as far as that button: on a screen a
  // few lines tall the question above it was out of sight.
  useEffect(() => {
    if (confirmingDelete)
      safeChoice.current?.closest('[role="group"]')?.scrollIntoView({ block: 'nearest' });
  }, [confirmingDelete]);

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
    const tooBig = tools.checkBackupSize(file.size);
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
      // Emptied, so choosing the same file again is a new try.
      input.value = '';
      return;
    }
    const checked = tools.checkBackup(text, unopenableRecord);
    if (!checked.ok) {
      showProblem(checked.problem);
      input.value = '';
      return;
    }
    const plan = tools.planImport(storage, checked.backup);
    // Deleted after the file's copy was saved, or a sheet saved only by
    // choice (its "Don't save" is not kept): out unless the reader unticks it.
    const leftOut = tools.leftOutAtFirst(plan, byChoiceIn({ unnoted }));
    setPending({
      fileName: file.name,
      backup: checked.backup,
      plan,
      skipped: checked.skipped,
      order: tools.summaryOrder(plan),
      tools,
      leftOut,
      unnoted,
    });
    setStatus(tools.checkedBackupStatus(checked.backup, plan, checked.skipped.length, leftOut));
  };

  const onLoad = () => {
    if (!pending) return;
    // Planned again as it loads: answers another tab saved since the file was
    // chosen merge with the file's like any others, and what was deleted since
    // (here, elsewhere, or before Back) is left out.
    const now = replanned(pending, storage);
    const result = pending.tools.applyImport(storage, withoutLeftOut(now));
    const said = pending.tools.loadedBackupStatus(result, pending.skipped.length, now.leftOut.size);
    if (said.problem) {
      // The summary shows the plan just made, ticks and all.
      setPending(now);
      showProblem(said.text);
      return;
    }
    // A note in the file (an older build's, or edited) may name a sheet saved only by choice: never kept.
    if (storage) for (const key of unnoted) forgetDeleted(storage, key);
    setPending(null);
    setProblem(null);
    // "Everything … has been deleted" is no longer true once a file is loaded.
    setDeleted('');
    if (fileInput.current) fileInput.current.value = '';
    refresh(storage);
    // A theme in the file shows at once, here as in the other tabs.
    window.dispatchEvent(new Event('rt-theme-reset'));
    setStatus(said.text);
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
    // A file chosen before was summarised against what has just gone.
    setStatus('');
    relist(storage);
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
          This browser is not letting the handbook read or save anything here, so this page cannot
          show, download or load your answers. Anything saved before that may still be on this
          device: allowing this site to store data again shows it here, and clearing this site’s
          data in your browser’s settings removes it. The chapters still work, and what you type on
          a worksheet or self-check goes when you leave its page.
        </p>
      )}

      <h2 ref={savedNowHeading} tabIndex={-1} id="saved-now" class="mt-10 text-2xl font-bold">
        Saved on this device now
      </h2>
      {storage !== null && !listedWhole && (
        <p class="mt-3 border-l-4 border-avoid pl-3" data-your-data-unlisted>
          This browser would not let the handbook read everything it saved here, so this list may be
          missing items. To be sure nothing is left, clear this site’s data in your browser
          settings.
        </p>
      )}
      <SavedItemList
        records={records}
        titles={titles}
        listedWhole={listedWhole}
        copiesBelow={recoveries.length > 0}
        onDeleted={afterDeletingOne}
      />
      {searchKept && (
        <p class="mt-3" data-search-kept>
          This tab also keeps the words of your last search, for up to {searchKeptMs / 60_000}{' '}
          minutes, so that Back finds the results. “Delete everything” below removes them, in every
          open tab.
        </p>
      )}

      <RecoveryCopies
        recoveries={recoveries}
        onDeleted={afterDeletingOne}
        onPutBack={() => relist(storage)}
      />

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
            you say so. A sheet or entry you deleted here after the file was made is listed with
            “Leave out” ticked: it stays deleted unless you untick it.
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
            class="mt-2 block min-h-11 w-full text-base file:mr-2 file:min-h-11 file:rounded-sm file:border file:border-rule file:bg-page file:px-3 file:font-semibold file:text-ink"
            onChange={onChooseFile}
            data-backup-file
          />
          {pending && (
            <ImportSummary
              pending={pending}
              titles={titles}
              onLoad={onLoad}
              onCancel={onCancelLoad}
              onLeaveOut={(key, leaveOut) => {
                const leftOut = new Set(pending.leftOut);
                if (leaveOut) leftOut.add(key);
                else leftOut.delete(key);
                setPending({ ...pending, leftOut });
                // The status above says how many will load, as the ticks now stand.
                setStatus(checkedStatus({ ...pending, leftOut }));
              }}
            />
          )}

          <h2 id="delete" class="mt-10 text-2xl font-bold">
            Delete everything
          </h2>
          <p class="mt-2">
            Removes every answer, recovery copy, setting and note the handbook saved on this device.
            It cannot be undone, so download a copy first if you may want it.
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
                  ? listedWhole
                    ? 'Nothing is saved on this device now. Delete everything anyway?'
                    : 'The handbook could not read what is saved here. Delete all it can reach?'
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
