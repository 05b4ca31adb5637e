/**
 * The list for deleting a chapter's kept results one by one is fetched only
 * when the reader opens it: few readers delete one result, and the list with
 * its Deletes would weigh on every chapter. If it cannot be fetched, a
 * sentence says so.
 */
import { h, type FunctionComponent } from 'preact';
import type { DatedResult } from '../../lib/progress/results';
import viewUrl from 'virtual:lazy-script/./DeleteResults';
import { useViewOnDemand } from './view-on-demand';

export interface DeleteResultsProps {
  check: string;
  /** Newest first. */
  results: readonly DatedResult[];
  /** A result in words, as the chapter lists its earlier ones (its module stays with chapters). */
  describe(result: DatedResult): string;
}

type View = FunctionComponent<DeleteResultsProps>;

const Unfetched: View = () =>
  h(
    'p',
    { class: 'mt-2 text-base', 'data-delete-results-list': '' },
    'This list could not be loaded. Reload the page to try again.',
  );

/** DeleteResults once the reader opens its list (null until then). */
export function useDeleteResultsView(needed: boolean): View | null {
  return useViewOnDemand(viewUrl, needed, Unfetched);
}
