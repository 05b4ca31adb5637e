/**
 * The island that makes a server-rendered worksheet form keep its answers:
 * each field is saved on this device as the reader types in it (only that
 * field, merged with what is stored), follows changes made in other tabs,
 * and is printed, downloaded, loaded back (asking first) or cleared.
 * All rules live in src/lib/worksheet and src/lib/storage; what is saved
 * and what is not yet, in sheet-session.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSafeChoice } from '../AskFirst/safe-choice';
import { useReasonInView } from '../ReasonInView/reason-in-view';
import { plainButton as button } from '../Button/plain-button';
import type { WorksheetData } from '../../lib/worksheet/schema';
import { comparePeriods, periodInSentence, type Repeats } from '../../lib/progress/dates';
import { entrySlug, listEntries } from '../../lib/progress/entries';
import { useEntrySlug } from '../SheetEntries/entry-slug';
import { tellSheetSaving } from '../SheetEntries/sheet-saving';
import { guardUnsavedAnswers } from '../../lib/browser/leave-guard';
import { restoredByBrowser } from '../../lib/browser/restored-by-browser';
import { deviceStorage, hasRecoveryCopy, isRecordStored } from '../../lib/storage/storage';
import {
  isNotedDeleted,
  noticeAfterSave,
  recordNotice,
  watchPageReturn,
  watchRecord,
  watchRoomMade,
  type KeptField,
} from '../../lib/storage/records';
import { answeredCount, questionOf } from '../../lib/worksheet/answers';
import { boxCount, type BoxCount } from '../../lib/worksheet/filled-boxes';
import {
  changedField,
  fillForm,
  markFieldUnsaved,
  typedBeforeWaking,
  updatePrintCopies,
} from '../../lib/worksheet/form-dom';
import { dropAddedLines } from '../../lib/worksheet/rows';
import { worksheetKey } from '../../lib/worksheet/saving';
import { sheetSession } from '../../lib/worksheet/sheet-session';
import { answersFileName, answersFileText } from '../../lib/worksheet/transfer';
import {
  clearQuestion,
  clearedMessage,
  copiedEntryMessage,
  deletedElsewhereMessage,
  keptAnswersIntro,
  keptValueText,
  loadedMessage,
  notSavingMessage,
  otherTabChoiceMessage,
  savingAgainMessage,
  savingLine,
  savingOnceLoadedLine,
  sheetMessageLead,
  keptSheetTypedEarly,
  typedEarlyMessage,
  typedOverKept,
  type SheetMessage,
} from '../../lib/worksheet/sheet-messages';
import type { AnswersLoadPlan } from '../../lib/worksheet/transfer-load';
import { answersFileToolsMissing, loadAnswersFileTools } from './answers-file-tools';
import { downloadText } from '../../lib/browser/download-text';
import { tellSavingChoice, watchSavingChoice } from '../../lib/worksheet/saving-choice';

interface Props {
  slug: string;
  /** A sheet kept day by day or week by week: the island works on that entry's record. */
  repeats?: Repeats | undefined;
  worksheet: WorksheetData;
  formId: string;
  sheetId: string;
  yourDataHref: string;
}

interface LoadQuestion {
  fileName: string;
  plan: AnswersLoadPlan;
  /** The plan in plain words. */
  changes: string[];
  skipped: string[];
  fromOtherDay?: true;
}

export default function WorksheetTools({
  slug: sheetSlug,
  repeats,
  worksheet,
  formId,
  sheetId,
  yourDataHref,
}: Props) {
  // The saved record: the sheet's own, or today's / this week's entry of a repeating sheet.
  const { slug, opened } = useEntrySlug(sheetSlug, repeats);
  const noSaveBox = () =>
    document.getElementById(sheetId)?.querySelector<HTMLInputElement>('[data-worksheet-no-save]');
  // The sheet's answers, saved and not yet (sheet-session.ts): one session for the page's life.
  const [session] = useState(() => sheetSession(slug, worksheet, () => !!noSaveBox()?.checked));
  // The page as sent shows these buttons unable to be pressed: pressed before
  // the island woke (a slow phone), they did nothing and said nothing.
  const [awake, setAwake] = useState(false);
  useEffect(() => setAwake(true), []);
  const [notice, setNotice] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  /** The same, for listeners set up once when the page woke. */
  const unreadableNow = useRef(unreadable);
  unreadableNow.current = unreadable;
  const [kept, setKept] = useState<KeptField[]>([]);
  const [notes, setNotes] = useState<{ fieldId: string; note: string }[]>([]);
  const [message, setMessage] = useState<SheetMessage | null>(null);
  const [filled, setFilled] = useState(0);
  const [boxes, setBoxes] = useState<BoxCount>({ filled: 0, total: 0 });
  const [confirming, setConfirming] = useState(false);
  const [question, setQuestion] = useState<LoadQuestion | null>(null);
  /** The reader ticked "Don't save this sheet on this device" (sheets with `saving: ask`). */
  const [notSaving, setNotSaving] = useState(false);
  /** The browser lets nothing be stored (cookies and site data blocked). */
  const [storageOff, setStorageOff] = useState(false);
  /** For a new day's or week's entry: the latest earlier one, to start from (its period). */
  const [lastEntry, setLastEntry] = useState<string | null>(null);
  /** The fields a new entry may take from the last one (the sheet's plan). */
  const carried = worksheet.fields.filter((f) => f.carriesOver).map((f) => f.id);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const loadFileButton = useRef<HTMLButtonElement>(null);
  // On a phone the other actions fold away so the first field is near the top;
  // on a wider screen they start open.
  const moreActions = useRef<HTMLDetailsElement>(null);
  /** Focus back on "Load answers from a file", its "More" opened again if the reader closed it. */
  const backToLoadButton = () => {
    if (moreActions.current) moreActions.current.open = true;
    loadFileButton.current?.focus();
  };
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (moreActions.current && window.matchMedia('(min-width: 40rem)').matches)
      moreActions.current.open = true;
  }, []);

  const form = () => document.getElementById(formId) as HTMLFormElement | null;
  const current = session.current;

  const showCounts = (answers = current()) => {
    setFilled(answeredCount(answers));
    setBoxes(boxCount(worksheet.fields, answers));
  };
  const showOnForm = () => {
    // Merging runs once per call, not once per use.
    const answers = current();
    const el = form();
    if (el) fillForm(el, worksheet, answers);
    showCounts(answers);
  };

  // Boxes emptied by a delete made elsewhere: the reason is brought on screen.
  const deletedElsewhere = message?.kind === 'other-tab' || message?.kind === 'meanwhile';
  useReasonInView(deletedElsewhere && message, status, form);

  /** Reads what is stored and shows it, keeping unsaved changes on top. */
  const refresh = (fromElsewhere: false | 'other-tab' | 'meanwhile') => {
    const [loaded, emptied] = session.refresh(fromElsewhere);
    // Boxes that empty themselves say why.
    if (fromElsewhere && emptied) setMessage(deletedElsewhereMessage(fromElsewhere));
    setKept(loaded.status === 'loaded' ? loaded.kept : []);
    setNotes(loaded.status === 'loaded' ? loaded.notes : []);
    setUnreadable(loaded.status === 'unreadable' ? loaded.raw : null);
    setNotice(recordNotice(loaded));
    showOnForm();
  };

  /** The boxes whose saved words typing done before the sheet woke replaces. */
  const typedOver = useRef<string[]>([]);
  /** That typing was done while "Don't save" showed ticked, as sent, on a sheet this device keeps. */
  const typedUnderTick = useRef(false);
  /** What the sheet says of that typing, saved or not yet; null when there is nothing to say. */
  const typedEarlyNote = (saved: boolean): SheetMessage | null => {
    const said = [
      ...(typedOver.current.length ? [typedEarlyMessage(typedOver.current, saved)] : []),
      ...(typedUnderTick.current && saved ? [keptSheetTypedEarly] : []),
    ];
    const [first] = said;
    return first ? { kind: first.kind, text: said.map((m) => m.text).join(' ') } : null;
  };

  /** Saves every change not yet saved; on failure they stay on the page and are retried. */
  const saveChanges = () => {
    const tried = session.save();
    if (!tried) return;
    const [changes, result] = tried;
    if (result) {
      setNotice((shownNow) => noticeAfterSave(result, shownNow));
      // A kept answer now written over is in its recovery copy (see the notice), no longer here.
      if (result.ok && result.keptCopy)
        setKept((all) => all.filter((item) => !(item.fieldId in changes)));
      if (!result.ok && result.reason === 'unreadable') setUnreadable(result.raw);
      // Saved over at last (the damaged record set aside once there was room).
      if (result.ok) setUnreadable(null);
      // Typing done before the sheet woke, saved at last: "Not saved yet" is no longer so.
      if (result.ok)
        setMessage((now) => (now?.kind === 'not-saved-yet' ? typedEarlyNote(true) : now));
    }
    showCounts();
  };

  useEffect(() => {
    const el = form();
    if (!el) return;
    setStorageOff(deviceStorage() === null);
    // What the reader typed or ticked before this ran (typed-early.js marks
    // it): never what the browser put back after Back or a reload.
    const typedEarly = typedBeforeWaking(el, worksheet);
    refresh(false);
    if (repeats && opened?.isCurrent && carried.length > 0) {
      const before = listEntries(deviceStorage(), sheetSlug, repeats).find(
        (e) => e.period !== null && comparePeriods(e.period, opened.current) < 0,
      );
      setLastEntry(before?.period ?? null);
    }
    const onChange = (event: Event) => {
      const changed = changedField(event, el, worksheet, current());
      if (!changed) return;
      session.change({ [changed.fieldId]: changed.answer });
      updatePrintCopies(el, worksheet, current());
      saveChanges();
      const typedIn = event.target instanceof Element ? event.target : null;
      markFieldUnsaved(el, session.savedNow() === 'refused' ? typedIn : null);
    };
    const onSubmit = (event: Event) => event.preventDefault();
    el.addEventListener('input', onChange);
    el.addEventListener('change', onChange);
    el.addEventListener('submit', onSubmit);
    // "Don't save this sheet", only on a sheet not saved unless asked (Full
    // disclosure), ticked as sent. Unticked where this device keeps answers
    // for the sheet (the reader chose to save). After Back or a reload the
    // browser puts it as it was, though what was kept may have been deleted
    // since: ticked again, even where the reader unticked it before the
    // page woke and then reloaded (it errs towards not saving).
    const box = noSaveBox();
    /** Ticked as sent while the reader typed early, though this device keeps the sheet. */
    typedUnderTick.current = !!box?.checked && session.keepsAnswers();
    if (box && session.keepsAnswers()) box.checked = false;
    else if (box && restoredByBrowser()) box.checked = true;
    setNotSaving(box?.checked ?? false);
    // After the box is set: typing on a sheet this device keeps is saved now.
    const replaced = session.typedEarly(typedEarly);
    if (replaced) {
      typedOver.current = replaced.map((id) => questionOf(worksheet, id));
      showOnForm();
      saveChanges();
      const note = typedEarlyNote(session.savedNow() === 'saved');
      if (note) setMessage(note);
    }
    const onSavingChoice = () => {
      if (!box) return;
      setNotSaving(box.checked);
      // The same sheet open in another tab follows, so it does not write back what goes now.
      tellSavingChoice({ key: worksheetKey(slug), notSaving: box.checked });
      if (box.checked) {
        setMessage(
          notSavingMessage(
            session.stopSaving(),
            hasRecoveryCopy(deviceStorage(), worksheetKey(slug)),
          ),
        );
      } else {
        saveChanges();
        // Said only if it is true: storage may be off, or too full for the sheet.
        setMessage(
          savingAgainMessage(
            deviceStorage() === null,
            session.savedNow() !== 'saved' || unreadableNow.current !== null,
          ),
        );
      }
    };
    /**
     * The reader made the choice in another tab with this sheet open. "Don't
     * save" is followed here at once, so this tab cannot write back what that
     * tab removed. "Save again" is not: this tab's text typed meanwhile may
     * differ from that tab's, and saving it would write over one of them.
     */
    const followChoice = (choice: boolean) => {
      if (!box) return;
      if (!choice) {
        if (box.checked) {
          setMessage(otherTabChoiceMessage(false));
        }
        return;
      }
      if (box.checked) return;
      box.checked = true;
      setNotSaving(true);
      session.followDontSave();
      showOnForm();
      setMessage(otherTabChoiceMessage(true));
    };
    box?.addEventListener('change', onSavingChoice);
    const stopChoice = box ? watchSavingChoice(worksheetKey(slug), followChoice) : () => undefined;
    const stopWatching = watchRecord(worksheetKey(slug), () => refresh('other-tab'));
    // Refused for want of room: tried again once another tab makes room, not
    // only at the next key; never when this sheet's saved copy went
    // meanwhile (its own event says so).
    const stopRoom = watchRoomMade(deviceStorage(), () => {
      if (session.savedNow() !== 'refused') return;
      if (session.keepsAnswers() && !isRecordStored(deviceStorage(), worksheetKey(slug))) return;
      saveChanges();
      if (session.savedNow() === 'saved') markFieldUnsaved(el, null);
    });
    const stopReturn = watchPageReturn(() => {
      refresh('meanwhile');
      // Back from the browser's cache: as after a reload (above).
      if (box && !session.keepsAnswers()) {
        box.checked = true;
        setNotSaving(true);
      }
    });
    return () => {
      el.removeEventListener('input', onChange);
      el.removeEventListener('change', onChange);
      el.removeEventListener('submit', onSubmit);
      box?.removeEventListener('change', onSavingChoice);
      stopChoice();
      stopWatching();
      stopReturn();
      stopRoom();
    };
  }, []);

  const printBlank = () => {
    const sheet = document.getElementById(sheetId);
    sheet?.setAttribute('data-print-blank', '');
    const done = () => sheet?.removeAttribute('data-print-blank');
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  };

  const download = () => {
    downloadText(
      answersFileName(slug),
      answersFileText(
        sheetSlug,
        worksheet,
        session.forDownload(kept),
        new Date(),
        opened?.period ?? undefined,
      ),
      'application/json',
    );
    setMessage({
      kind: 'done',
      text: `Your answers were downloaded as ${answersFileName(slug)}.`,
    });
  };

  const applyLoad = async (fileName: string, plan: AnswersLoadPlan, skipped: string[]) => {
    const tools = await loadAnswersFileTools();
    setQuestion(null);
    const here = current();
    const copied = tools?.keepCopyBeforeLoad(
      notSaving ? null : deviceStorage(),
      worksheetKey(slug),
      Object.keys(plan.changes).some((id) => Object.hasOwn(here, id)),
    );
    if (!tools || !copied) {
      setMessage({ kind: 'problem', text: tools ? tools.noRoomForCopy : answersFileToolsMissing });
      backToLoadButton();
      return;
    }
    // Like typing: kept on the page only, a loaded answer still merges with
    // what another tab saves afterwards.
    session.change(plan.changes);
    showOnForm();
    saveChanges();
    setMessage(loadedMessage(fileName, session.savedNow(), [...copied, ...skipped]));
    backToLoadButton();
  };

  const load = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setQuestion(null);
    // Emptied first (and drawn empty, a task later), so the same problem said
    // twice is heard twice.
    setMessage(null);
    await new Promise((drawn) => setTimeout(drawn));
    const tools = await loadAnswersFileTools();
    if (!tools) {
      setMessage({ kind: 'problem', text: answersFileToolsMissing });
      return;
    }
    const result = await tools.readChosenAnswersFile(file, sheetSlug, worksheet, slug);
    const outcome = tools.answersLoadOutcome(
      worksheet,
      file.name,
      result,
      current(),
      opened?.period ?? null,
      !notSaving && isRecordStored(deviceStorage(), worksheetKey(slug)),
    );
    if (outcome.kind === 'message') {
      setMessage({ kind: outcome.problem ? 'problem' : 'done', text: outcome.text });
    } else if (outcome.kind === 'ask') {
      setQuestion({ fileName: file.name, ...outcome });
    } else void applyLoad(file.name, outcome.plan, outcome.skipped);
  };

  /** Answered either way, the question goes and focus is back on "Clear answers". */
  const closeClearQuestion = () => {
    setConfirming(false);
    clearButton.current?.focus();
  };
  const { safeChoice, onKeyDown: onClearQuestionKey } = useSafeChoice(
    confirming,
    closeClearQuestion,
  );
  /**
   * A file that would replace or clear answers asks first, starting on
   * "No, keep mine" as "Clear answers" does; either way focus goes back to
   * "Load answers from a file", not to the top of the page.
   */
  const keepMine = () => {
    setQuestion(null);
    setMessage({ kind: 'done', text: 'Nothing was loaded. Your answers are as they were.' });
    backToLoadButton();
  };
  const { safeChoice: keepButton, onKeyDown: onLoadQuestionKey } = useSafeChoice(
    !!question,
    keepMine,
  );

  const clear = () => {
    const el = form();
    if (!el) return;
    el.reset();
    for (const field of worksheet.fields) if (field.kind === 'list') dropAddedLines(el, field);
    const since = new Date().toISOString();
    const outcome = session.clear();
    fillForm(el, worksheet, {});
    setKept([]);
    setNotes([]);
    setFilled(0);
    const cleared = clearedMessage(
      outcome,
      opened?.period ?? null,
      isNotedDeleted(deviceStorage(), worksheetKey(slug), since),
    );
    // Saved words typed over before the sheet woke, never shown: kept aside, and said.
    const copied = outcome === 'cleared' && typedOver.current.length > 0;
    typedOver.current = [];
    typedUnderTick.current = false;
    setMessage(copied ? { ...cleared, text: `${cleared.text} ${typedOverKept}` } : cleared);
    closeClearQuestion();
  };

  /**
   * A plan kept day by day opens empty each day: the reader may start from
   * the last entry rather than type it all again. Copied as if typed, so it
   * saves (or not) as typing would.
   */
  const copyLastEntry = () => {
    if (!lastEntry) return;
    const when = periodInSentence(lastEntry);
    const from = session.carriedFrom(entrySlug(sheetSlug, lastEntry), carried);
    // Deleted in another tab meanwhile, or unreadable: nothing to copy, and said so.
    if (answeredCount(from) === 0) {
      setLastEntry(null);
      setMessage(copiedEntryMessage(when, 'none'));
      return;
    }
    session.change(from);
    showOnForm();
    saveChanges();
    setMessage(copiedEntryMessage(when, session.savedNow() !== 'saved' ? 'refused' : 'saved'));
    // The button goes once no box it fills is empty: focus goes to the first one copied.
    const first = carried.find((id) => id in from) ?? '';
    form()?.querySelector<HTMLElement>(`[name="${first}"], [name="${first}.1"]`)?.focus();
  };

  // Changes still waiting after a save was tried were refused (full, unreadable, off); a
  // record this page cannot read (damaged with no room for a copy, or from a newer
  // version) refuses them before the first is tried: the line must not say "saved".
  const refused = storageOff || unreadable !== null || session.savedNow() !== 'saved';
  // The entry bar above a dated sheet says whether its entry is kept, and
  // leaving asks first while answers on the page are not saved.
  useEffect(() => {
    tellSheetSaving(
      sheetSlug,
      notSaving ? 'not-saving' : refused ? 'refused' : 'saving',
      session.keepsAnswers(),
    );
    guardUnsavedAnswers(`worksheet:${sheetSlug}`, filled > 0 && (notSaving || refused));
  });

  return (
    // wrap-anywhere: a long web address or file name in an answer or message
    // breaks where it must, instead of pushing the page wider than a phone.
    <div class="my-6 grid gap-4 rounded-sm border border-rule/60 bg-panel px-gutter py-4 wrap-anywhere print:hidden">
      {notice && (
        <p class="border-l-4 border-avoid pl-3 font-semibold" role="status" data-storage-notice>
          {notice}
        </p>
      )}
      {unreadable !== null && (
        <div>
          <button
            type="button"
            class={button}
            data-download-unreadable
            onClick={() =>
              downloadText(`rebuilding-trust-worksheet-${slug}-saved.txt`, unreadable, 'text/plain')
            }
          >
            Download the answers that could not be opened
          </button>
        </div>
      )}
      {(kept.length > 0 || notes.length > 0) && (
        <div class="grid gap-2 border-l-4 border-avoid pl-3" data-kept-answers>
          {notes.map((n) => (
            <p
              key={n.fieldId}
            >{`Your answer to “${questionOf(worksheet, n.fieldId)}” ${n.note}.`}</p>
          ))}
          {kept.length > 0 && (
            <>
              <p>{keptAnswersIntro(kept.length)}</p>
              <ul class="grid gap-2">
                {kept.map((item) => (
                  <li key={item.fieldId} data-kept-field={item.fieldId}>
                    <span class="font-semibold">{`“${questionOf(worksheet, item.fieldId)}”`}</span>
                    {` ${item.problem}:`}
                    <span class="block whitespace-pre-wrap">{keptValueText(item.value)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <p class="text-base text-muted">
        {/* The page as sent says when saving starts (the client build drops this). */}
        {import.meta.env.SSR
          ? savingOnceLoadedLine
          : savingLine({ notSaving, refused, answered: filled, boxes })}{' '}
        <a href={yourDataHref}>Your data</a>
      </p>
      <div class="flex flex-wrap items-start gap-3">
        <button type="button" class={button} disabled={!awake} onClick={() => window.print()}>
          Print
        </button>
        {lastEntry &&
          answeredCount(session.carriedFrom(entrySlug(sheetSlug, lastEntry), carried)) > 0 && (
            <button type="button" class={button} onClick={copyLastEntry} data-copy-last-entry>
              {`${filled === 0 ? 'Start from' : 'Fill the empty boxes from'} your entry for ${periodInSentence(lastEntry)}`}
            </button>
          )}
        {/* At least 10rem beside "Print", else a row of its own: shrunk, its words
            stood a letter a line at large text on a phone. */}
        <details ref={moreActions} class="group min-w-[min(10rem,100%)] flex-1" data-worksheet-more>
          <summary class="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-sm px-2 font-semibold text-ink">
            {/* One flow, so the arrow follows the words rather than squeezing them. */}
            <span>
              More: blank copy, download, load, clear{' '}
              <span aria-hidden="true" class="inline-block group-open:rotate-180">
                ▾
              </span>
            </span>
          </summary>
          <div class="mt-3 flex flex-wrap gap-3">
            <button type="button" class={button} disabled={!awake} onClick={printBlank}>
              Print a blank copy
            </button>
            <button type="button" class={button} disabled={!awake} onClick={download}>
              Download answers
            </button>
            <button
              type="button"
              class={button}
              ref={loadFileButton}
              disabled={!awake}
              onClick={() => fileInput.current?.click()}
            >
              Load answers from a file
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              class="sr-only"
              tabIndex={-1}
              aria-hidden="true"
              data-answers-file
              onChange={load}
            />
            <button
              ref={clearButton}
              type="button"
              class={button}
              disabled={!awake}
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              Clear answers
            </button>
          </div>
        </details>
      </div>
      {question && (
        <div
          class="grid gap-3 border-l-4 border-avoid pl-3"
          role="group"
          aria-labelledby="ws-load-question"
          aria-describedby="ws-load-changes"
          data-load-question
          onKeyDown={onLoadQuestionKey}
        >
          <p id="ws-load-question" class="font-semibold">
            {`Load the answers in ${question.fileName}? This changes what you have here:`}
          </p>
          <ul id="ws-load-changes" class="list-disc pl-6">
            {question.changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {question.skipped.length > 0 && <p>{question.skipped.join(' ')}</p>}
          <div class="flex flex-wrap gap-3">
            <button
              type="button"
              class={button}
              onClick={() => void applyLoad(question.fileName, question.plan, question.skipped)}
            >
              Yes, load them
            </button>
            <button ref={keepButton} type="button" class={button} onClick={keepMine}>
              No, keep mine
            </button>
          </div>
        </div>
      )}
      {confirming && (
        <div
          class="grid gap-3 border-l-4 border-avoid pl-3"
          role="group"
          aria-label="Clear answers"
          onKeyDown={onClearQuestionKey}
        >
          <p>
            {clearQuestion(
              opened?.period ?? null,
              hasRecoveryCopy(deviceStorage(), worksheetKey(slug)),
            )}
          </p>
          <div class="flex flex-wrap gap-3">
            <button type="button" class={button} onClick={clear}>
              Yes, clear my answers
            </button>
            <button ref={safeChoice} type="button" class={button} onClick={closeClearQuestion}>
              No, keep them
            </button>
          </div>
        </div>
      )}
      <p ref={status} role="status" aria-live="polite" class="empty:sr-only">
        {message && (
          <>
            <strong>{sheetMessageLead[message.kind]}</strong>
            {message.text}
          </>
        )}
      </p>
    </div>
  );
}
