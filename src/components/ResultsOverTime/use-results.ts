import { useEffect, useState } from 'preact/hooks';
import { resultsByDate, resultsKey, type DatedResult } from '../../lib/progress/results';
import { watchPageReturn, watchRecord } from '../../lib/storage/records';
import { RESULTS_EVENT, loadResults } from './keep-result';

/** The kept results of one check (null until read), following this page, other tabs and returns. */
export function useResults(check: string): DatedResult[] | null {
  const [results, setResults] = useState<DatedResult[] | null>(null);
  useEffect(() => {
    const load = () => setResults(resultsByDate(loadResults(check)));
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
