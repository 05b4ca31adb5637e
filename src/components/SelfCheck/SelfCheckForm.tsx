/**
 * What every self-check shares: real radio buttons in fieldsets
 * (server-rendered, so they read without JavaScript), answers kept on the
 * device, and once hydrated, a result that follows the answers. The two
 * islands (ChapterSelfCheckIsland, HandbookSelfCheckIsland) say what the
 * result is, so each page loads only its own kind.
 * All logic lives in src/lib/self-check; this file only wires it to the page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fitAnswer, optionsFor, type AnswerValue } from '../../lib/self-check/scale';
import {
  scoreSelfCheck,
  type Answers,
  type AreaView,
  type Score,
  type StatementView,
} from '../../lib/self-check/scoring';
import {
  answerGroupName,
  answeredEarlyAttribute,
  answersFromTicked,
  keptAnswersText,
  selfCheckRecord,
  tickedRadios,
} from '../../lib/self-check/saved-answers';
import {
  answersFromText,
  answersOnPaperText,
  earlierAnswersText,
  progressText,
  readingOnceLoadedText,
} from '../../lib/self-check/messages';
import { liveRecord, type LiveRecord, type LiveState } from '../../lib/storage/live-record';
import {
  clearRefusedNotice,
  type ClearOutcome,
  deletedElsewhereNotice,
  elsewhereLead,
} from '../../lib/storage/records';
import { deviceStorage } from '../../lib/storage/storage';
import { groupBySection } from '../../lib/self-check/revisit-groups';
import { downloadText } from '../../lib/browser/download-text';
import { guardUnsavedAnswers } from '../../lib/browser/leave-guard';
import { useSafeChoice } from '../AskFirst/safe-choice';
import { useReasonInView } from '../ReasonInView/reason-in-view';
import { plainButton } from '../Button/plain-button';
import { printBlank } from './print-blank';

export interface SelfCheckOutcome {
  /** Said to screen readers as the answers change. */
  announcement: string;
  result: ComponentChildren;
}

interface Props {
  /** Chapter slug or `handbook`: names the saved record and the radio groups. */
  name: string;
  statements: StatementView[];
  yourDataHref: string;
  /** The statements in groups: one under a chapter, one per chapter on /self-check/. */
  groups: { area: AreaView | null; statements: StatementView[] }[];
  /** Under a chapter the check sits below its own h2; on /self-check/ it follows the h1. */
  heading: 'h2' | 'h3';
  resultTitle: string;
  /** Offer "Print with my answers" (the whole-handbook check is made to be printed). */
  printable: boolean;
  /** Where this page deletes one kept result: “under “Your results over time” below”. */
  deleteResultsAt: string;
  outcome: (answers: Answers, score: Score) => SelfCheckOutcome;
  /** Shown above the statements (a chapter's kept results). */
  before?: ComponentChildren;
}

export default function SelfCheckForm({
  name,
  statements,
  yourDataHref,
  groups,
  heading: Heading,
  resultTitle,
  printable,
  deleteResultsAt,
  outcome,
  before,
}: Props) {
  const [saved, setSaved] = useState<LiveState<AnswerValue> | null>(null);
  /** The reader's last "Clear my answers": removed from the device, or only from the page. */
  const [cleared, setCleared] = useState<ClearOutcome | null>(null);
  /** The statement answered last: a storage notice shows under it, where the reader is. */
  const [lastAnswered, setLastAnswered] = useState<string | null>(null);
  const record = useRef<LiveRecord<AnswerValue> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  /** "Clear my answers" asks first; "No, keep them" takes focus, so a double press keeps them. */
  const [confirmingClear, setConfirmingClear] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const answers: Answers = saved?.values ?? {};
  const notice = saved?.notice ?? null;
  const kept = keptAnswersText(saved?.kept.length ?? 0);

  // Restore on the reader's device (the server render has no answers), then
  // follow changes made in other tabs and on "Your data", and Back.
  useEffect(() => {
    // Radios ticked in the server-rendered form before this ran: hydration
    // leaves them as they are, and they are saved rather than drawn over.
    const ticked = root.current ? tickedRadios(root.current) : [];
    const live = liveRecord(
      deviceStorage(),
      selfCheckRecord(
        name,
        statements.map((s) => s.id),
      ),
      setSaved,
    );
    record.current = live;
    let changed = false;
    for (const [id, value] of Object.entries(answersFromTicked(ticked, name, statements))) {
      if (live.state().values[id] === value) continue;
      live.edit(id, value);
      changed = true;
    }
    setSaved(live.state());
    // Tell whoever keeps results (keep-result.ts listens for `change`), as the
    // reader's own ticks would have, had anything been listening then; the
    // mark is for a keeper that wakes after this.
    if (changed) {
      root.current?.setAttribute(answeredEarlyAttribute, name);
      ticked.at(-1)?.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return () => live.stop();
  }, [name, statements]);

  // Answers deleted elsewhere empty the statements: the reason is brought on screen.
  useReasonInView(saved?.deletedElsewhere, status, () => root.current);

  // With storage off or full, answers live on this page only: leaving asks first.
  const unsaved = saved?.unsaved ?? false;
  useEffect(() => guardUnsavedAnswers(`self-check:${name}`, unsaved), [name, unsaved]);

  /** Picked again as it was: a result is kept for today, so the note about an earlier day goes. */
  function confirmed(id: string) {
    setCleared(null);
    setLastAnswered(id);
  }

  function answer(id: string, value: AnswerValue) {
    setCleared(null);
    setLastAnswered(id);
    record.current?.edit(id, value);
  }

  function clear() {
    setLastAnswered(null);
    setCleared(record.current?.clear() ?? 'cleared');
    closeClearQuestion();
  }

  /** Answered either way, the question goes and focus is back on "Clear my answers". */
  function closeClearQuestion() {
    setConfirmingClear(false);
    clearButton.current?.focus();
  }
  const { safeChoice, onKeyDown: onClearQuestionKey } = useSafeChoice(
    confirmingClear,
    closeClearQuestion,
  );

  const score = scoreSelfCheck(statements, answers);
  const { result, ...said } = outcome(answers, score);
  let announcement = said.announcement;
  if (cleared === 'cleared')
    announcement = `Your answers were cleared from this device. Results kept by date stay until you delete them ${deleteResultsAt}, or on “Your data”.`;
  else if (cleared === 'refused') announcement = clearRefusedNotice;
  else if (cleared === 'kept-unreadable')
    announcement =
      'Your answers were cleared from this page. The saved copy that could not be opened stays on this device: see “Your data”.';
  else if (saved?.deletedElsewhere)
    announcement = `${elsewhereLead[saved.deletedElsewhere]}${deletedElsewhereNotice}`;
  // A storage problem after an answer is said before the result, which still
  // follows: the reading does not depend on saving.
  else if (notice && lastAnswered) announcement = `${notice} ${said.announcement}`;
  const earlier = earlierAnswersText(
    statements.filter((s) => fitAnswer(s, answers[s.id]).status === 'earlier').length,
  );

  // Until the reader answers or clears here, answers from an earlier day say so.
  const answersFrom =
    lastAnswered || cleared ? null : answersFromText(saved?.savedAt ?? null, new Date());

  let number = 0;
  return (
    <div ref={root}>
      {before}
      {answersFrom && (
        <p
          class="mt-4 border-l-4 border-accent pl-3 text-base print:break-after-avoid"
          data-answers-from
        >
          {answersFrom.when} <span class="print:hidden">{answersFrom.advice}</span>
        </p>
      )}
      {/* The page as sent never says a day: it was built on another. */}
      {!answersFrom && !import.meta.env.SSR && score.answered > 0 && (
        <p class="mt-4 hidden print:block print:break-after-avoid" data-answers-on-paper>
          {answersOnPaperText(new Date())}
        </p>
      )}
      {groups.map(({ area, statements: own }) => (
        <div key={area?.chapter ?? 'statements'} class="mt-6">
          {area && (
            <Heading class="text-xl font-bold">
              <a href={area.href} class="tap-target text-ink">
                {area.title}
              </a>
            </Heading>
          )}
          {own.map((statement) => {
            number += 1;
            return (
              <StatementChoice
                key={statement.id}
                name={name}
                number={number}
                statement={statement}
                value={answers[statement.id]}
                onAnswer={answer}
                onConfirm={confirmed}
                notice={statement.id === lastAnswered ? notice : null}
              />
            );
          })}
        </div>
      ))}

      {/* Interface text, not handbook content: kept out of the search index.
          Not printed until every statement is answered: "answer all" cannot be done on paper. */}
      <div
        data-needs-js
        data-self-check-result
        data-complete={score.complete || undefined}
        data-pagefind-ignore="all"
        class={`mt-8 rounded-sm border border-rule bg-panel p-4 sm:p-6 ${score.complete ? 'print:break-inside-avoid' : 'print:hidden'}`}
      >
        <Heading class="text-xl font-bold">{resultTitle}</Heading>
        <p class="mt-1 text-base text-muted" data-self-check-progress>
          {/* The page as sent says when saving starts (the client build drops this). */}
          {import.meta.env.SSR ? readingOnceLoadedText : progressText(score.answered, score.total)}
        </p>
        <p
          ref={status}
          role="status"
          aria-live="polite"
          aria-atomic="true"
          class="mt-3"
          data-self-check-status
        >
          {import.meta.env.SSR ? '' : announcement}
        </p>
        {result}
        {earlier && (
          <p class="mt-4 border-l-4 border-rule pl-3 text-base" data-self-check-earlier>
            {earlier}
          </p>
        )}
        {/* After an answer the status line above says it already. */}
        {notice && !lastAnswered && (
          <p class="mt-4 border-l-4 border-avoid pl-3 text-base" data-self-check-notice>
            {notice}
          </p>
        )}
        {saved?.unreadable && (
          <button
            type="button"
            class={`mt-3 ${plainButton}`}
            onClick={() =>
              downloadText(`rebuilding-trust-self-check-${name}-saved.txt`, saved.unreadable ?? '')
            }
            data-download-unreadable
          >
            Download the answers that could not be opened
          </button>
        )}
        {kept && (
          <p class="mt-4 border-l-4 border-rule pl-3 text-base" data-self-check-kept>
            {kept}
          </p>
        )}
        <div class="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3 print:hidden">
          <button
            ref={clearButton}
            type="button"
            onClick={() => setConfirmingClear(!confirmingClear)}
            aria-expanded={confirmingClear}
            class={plainButton}
          >
            Clear my answers
          </button>
          {printable && (
            <button type="button" onClick={() => window.print()} class={plainButton}>
              Print with my answers
            </button>
          )}
          {printable && (
            <button type="button" onClick={() => printBlank(root.current)} class={plainButton}>
              Print a blank copy
            </button>
          )}
          <p class="text-base text-muted">
            Your answers stay on this device only. <a href={yourDataHref}>Your data</a>
          </p>
        </div>
        {confirmingClear && (
          <div
            role="group"
            aria-label="Clear my answers"
            class="mt-3 grid gap-3 border-l-4 border-avoid pl-3 print:hidden"
            onKeyDown={onClearQuestionKey}
          >
            <p>
              Clear every answer to this check? They cannot be brought back. Results kept by date
              stay; delete them {deleteResultsAt}, or on <a href={yourDataHref}>Your data</a>.
            </p>
            <div class="flex flex-wrap gap-3">
              <button type="button" onClick={clear} class={plainButton}>
                Yes, clear them
              </button>
              <button
                ref={safeChoice}
                type="button"
                onClick={closeClearQuestion}
                class={plainButton}
              >
                No, keep them
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

interface StatementChoiceProps {
  name: string;
  number: number;
  statement: StatementView;
  value: AnswerValue | undefined;
  onAnswer: (id: string, value: AnswerValue) => void;
  /** The reader picked again the answer already ticked (nothing changes, but a result is kept for today). */
  onConfirm: (id: string) => void;
  /** A storage problem met when saving this answer, shown here (the result may be far below). */
  notice: string | null;
}

function StatementChoice({
  name,
  number,
  statement,
  value,
  onAnswer,
  onConfirm,
  notice,
}: StatementChoiceProps) {
  const group = answerGroupName(name, statement.id);
  const fitted = fitAnswer(statement, value);
  const earlierId = `${group}-earlier`;
  return (
    <fieldset
      class="mt-4 break-inside-avoid rounded-sm border border-rule p-4"
      data-statement={statement.id}
      data-answers={statement.answers}
      aria-describedby={fitted.status === 'earlier' ? earlierId : undefined}
    >
      <legend class="float-left w-full font-semibold">
        <span class="text-muted">{`${number}.`}</span>
        {` ${statement.text}`}
      </legend>
      {fitted.status === 'earlier' && (
        <p id={earlierId} class="clear-both pt-2 text-base text-muted" data-earlier-answer>
          {`Reworded since you answered. Your earlier answer: ${fitted.label}. Choose again.`}
        </p>
      )}
      {/* One choice a line on a phone: wrapped, the scale read "Sometimes · Mostly" on one line and the rest alone. */}
      <div
        class="clear-both flex flex-col gap-x-5 gap-y-1 pt-2 sm:flex-row sm:flex-wrap"
        data-pagefind-ignore="all"
      >
        {optionsFor(statement).map((option) => {
          const ticked = fitted.status === 'answered' && fitted.option.value === option.value;
          return (
            <label
              key={option.value}
              class="inline-flex min-h-11 cursor-pointer items-center gap-2"
            >
              <input
                type="radio"
                name={group}
                value={option.value}
                // The browser must not tick again, on Back, an answer deleted meanwhile.
                autocomplete="off"
                checked={ticked}
                onChange={() => onAnswer(statement.id, option.value)}
                onClick={ticked ? () => onConfirm(statement.id) : undefined}
                class="size-5 shrink-0 accent-accent"
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {notice && (
        <p class="mt-2 border-l-4 border-avoid pl-3 text-base" data-statement-notice>
          {notice}
        </p>
      )}
    </fieldset>
  );
}

/**
 * One link to each section that helps, with the statements answered low that
 * point to it. `heading` is one level below the result's heading.
 */
export function RevisitList({
  revisit,
  heading: Heading,
}: {
  revisit: StatementView[];
  heading: 'h3' | 'h4';
}) {
  if (revisit.length === 0) return null;
  return (
    <div class="mt-6">
      <Heading class="font-bold print:break-after-avoid">Sections to revisit</Heading>
      <ul class="mt-2 space-y-3">
        {/* On paper a link stays with the statements it is for. */}
        {groupBySection(revisit).map((group) => (
          <li key={group.href} class="print:break-inside-avoid" data-revisit-group>
            <a href={group.href} data-revisit>
              {`Revisit “${group.sectionTitle}”`}
            </a>
            <ul class="mt-1 list-disc pl-6 text-base text-muted">
              {group.statements.map((s) => (
                <li key={s.id}>{s.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
