import { useEffect, useState } from 'preact/hooks';
import {
  resultsByDate,
  resultsKey,
  unshownResultsNotice,
  type DatedResult,
} from '../../lib/progress/results';
import { watchPageReturn, watchRecord } from '../../lib/storage/records';
import { RESULTS_EVENT, loadResults } from './keep-result';

export interface KeptResults {
  results: DatedResult[];
  /** Kept results that could not be shown, in the reader's words; null when all show. */
  notice: string | null;
}

/** The kept results of one check (null until read), following this page, other tabs and returns. */
export function useResults(check: string): KeptResults | null {
  const [results, setResults] = useState<KeptResults | null>(null);
  useEffect(() => {
    const load = () => {
      const loaded = loadResults(check);
      setResults({ results: resultsByDate(loaded), notice: unshownResultsNotice(loaded) });
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
