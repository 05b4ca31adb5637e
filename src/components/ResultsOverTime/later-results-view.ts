/**
 * The view of results kept while the clock was set ahead is fetched only
 * when there is one: such a result is rare, and the view with its Delete
 * weighs about 0.8 KB gzip. The offline copy keeps the file. If it cannot be
 * fetched (a newer version replaced it), a sentence from this file says
 * those results are left out, so they are never left out unsaid.
 */
import { h, type FunctionComponent } from 'preact';
import type { DatedResult } from '../../lib/progress/results';
import viewUrl from 'virtual:lazy-script/./LaterResults';
import { useViewOnDemand } from './view-on-demand';

export interface LaterResultsProps {
  check: string;
  later: readonly DatedResult[];
}

type View = FunctionComponent<LaterResultsProps>;

const Unfetched: View = ({ later }) =>
  later.length > 0
    ? h(
        'p',
        { class: 'mt-3 border-l-4 border-avoid pl-3 text-base', 'data-later-results': '' },
        'A result kept for a day still to come is left out here. Reload the page to see it.',
      )
    : null;

/** LaterResults once some result is kept for a later day (null until then). */
export function useLaterResultsView(needed: boolean): View | null {
  return useViewOnDemand(viewUrl, needed, Unfetched);
}
