/**
 * Keeping a complete self-check's result for today, and reading the kept
 * results back. Saves go through the storage model (only today's field is
 * written) and are announced to the page with a `rt:results` event, so the
 * results view follows without the self-check island knowing about it.
 */
import { useEffect } from 'preact/hooks';
import { dayKey } from '../../lib/progress/dates';
import {
  deleteResult,
  resultsKey,
  resultsRecord,
  saveResult,
  type ResultValue,
} from '../../lib/progress/results';
import { completeResult, type CheckMode } from '../../lib/self-check/result-to-keep';
import {
  answerGroupName,
  answeredEarlyAttribute,
  answersFromTicked,
  tickedRadios,
} from '../../lib/self-check/saved-answers';
import type { StepStatement } from '../../lib/self-check/scoring';
import {
  browserStorage,
  loadFieldRecord,
  watchRecord,
  watchRoomMade,
  type RecordLoad,
  type RecordSave,
} from '../../lib/storage/records';

export const RESULTS_EVENT = 'rt:results';

export type { CheckMode };

function announce(check: string) {
  window.dispatchEvent(new CustomEvent(RESULTS_EVENT, { detail: { check } }));
}

export function loadResults(check: string): RecordLoad<ResultValue> {
  return loadFieldRecord(browserStorage(), resultsRecord(check));
}

export function deleteKeptResult(check: string, day: string): RecordSave {
  const saved = deleteResult(browserStorage(), check, day);
  if (saved.ok) announce(check);
  return saved;
}

/**
 * Keeps a result whenever the reader answers a statement of this check and
 * every statement then has an answer. It listens to the radios' own `change`
 * events and reads the answers from the page once it has re-rendered, so the
 * self-check island needs to know nothing about results. Answers ticked
 * before either island woke are handed over with one `change` event, which
 * this may wake too late to hear (on /self-check/ it is another island, with
 * a larger file): the form also marks its root, and this looks for the mark.
 */
export function useKeepResults(
  check: string,
  mode: CheckMode,
  statements: readonly StepStatement[],
) {
  useEffect(() => {
    const prefix = answerGroupName(check, '');
    const answeredEarly = `[${answeredEarlyAttribute}="${CSS.escape(check)}"]`;
    let scheduled = false;
    /** The last result was refused (a full device): kept once another tab makes room. */
    let refused = false;
    const keepSoon = () => {
      document.querySelector(answeredEarly)?.removeAttribute(answeredEarlyAttribute);
      if (scheduled) return;
      scheduled = true;
      // Read after the island's own handler has saved this answer.
      setTimeout(() => {
        scheduled = false;
        const answers = answersFromTicked(tickedRadios(document), check, statements);
        const result = completeResult(check, mode, statements, answers);
        refused = false;
        if (!result) return;
        const now = new Date();
        refused = !saveResult(browserStorage(), check, dayKey(now), result, now).ok;
        if (!refused) announce(check);
      }, 0);
    };
    const onAnswer = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.name.startsWith(prefix)) keepSoon();
    };
    // `click` too: a reader back on another day who picks the same answers
    // again fires no `change`, yet has answered every statement today.
    document.addEventListener('change', onAnswer);
    document.addEventListener('click', onAnswer);
    if (document.querySelector(answeredEarly)) keepSoon();
    const stopRoom = watchRoomMade(browserStorage(), () => {
      if (refused) keepSoon();
    });
    // Results deleted or changed in another tab (Your data, a chapter's list):
    // the refused one is not written back over that; the next answer keeps one.
    const stopWatching = watchRecord(resultsKey(check), () => {
      refused = false;
    });
    return () => {
      stopRoom();
      stopWatching();
      document.removeEventListener('change', onAnswer);
      document.removeEventListener('click', onAnswer);
    };
  }, [check]);
}
