/**
 * How a page says which kind of search result it is: its template puts
 * `data-pagefind-filter={kindFilter('Chapter')}` beside `data-pagefind-body`.
 * Pagefind reads it as the `kind` filter; the after-build index step reads it
 * to decide what to index. Kept tiny: every page template imports it.
 */
import type { PageKind } from './settings';

export const kindPrefix = 'kind:';

export function kindFilter(kind: PageKind): string {
  return `${kindPrefix}${kind}`;
}
