import { useEffect, useState } from 'preact/hooks';
import {
  resultsByDate,
  resultsKey,
  splitAtToday,
  unshownResultsNotice,
  type DatedResult,
} from '../../lib/progress/results';
import { watchPageReturn, watchRecord } from '../../lib/storage/records';
import { RESULTS_EVENT, loadResults } from './keep-result';

export interface KeptResults {
  /** Kept results up to today, oldest first. */
  results: DatedResult[];
  /** Kept while the clock was set ahead, for a day still to come: shown apart, to delete. */
  later: DatedResult[];
  /** Kept results that could not be shown, in the reader's words; null when all show. */
  notice: string | null;
}

/** The kept results of one check (null until read), following this page, other tabs and returns. */
export function useResults(check: string): KeptResults | null {
  const [results, setResults] = useState<KeptResults | null>(null);
  useEffect(() => {
    const load = () => {
      const loaded = loadResults(check);
      const { shown, later } = splitAtToday(resultsByDate(loaded), new Date());
      setResults({ results: shown, later, notice: unshownResultsNotice(loaded) });
    };
    load();
    window.addEventListener(RESULTS_EVENT, load);
    const stopWatching = watchRecord(resultsKey(check), load);
    const stopReturn = watchPageReturn(load);
    return () => {
      window.removeEventListener(RESULTS_EVENT, load);
      stopWatching();
      stopReturn();
    };
  }, [check]);
  return results;
}
