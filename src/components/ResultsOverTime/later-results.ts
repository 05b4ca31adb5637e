/**
 * The view of results kept for a day still to come is fetched only when there
 * is one: a clock set ahead is rare, and the view with its Delete weighs
 * about 1 KB gzip on every chapter. The offline copy keeps the file. If it
 * cannot be fetched (a newer version replaced it), those results still stay
 * out of the latest, and "Your data" lists them.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOnDemand } from '../../lib/browser/load-on-demand';
import type { DatedResult } from '../../lib/progress/results';
import viewUrl from 'virtual:lazy-script/./LaterResults';

export interface LaterResultsProps {
  check: string;
  later: readonly DatedResult[];
}

type View = FunctionComponent<LaterResultsProps>;

/** LaterResults, once some result is kept for a later day; null until then. */
export function useLaterResultsView(needed: boolean): View | null {
  const [view, setView] = useState<View | null>(null);
  useEffect(() => {
    if (!needed || view) return;
    void loadOnDemand<{ default: View }>(viewUrl).then((loaded) => {
      if (loaded) setView(() => loaded.default);
    });
  }, [needed, view]);
  return view;
}
