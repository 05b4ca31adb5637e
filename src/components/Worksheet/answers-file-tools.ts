/**
 * Reading an answers file is fetched only when the reader chooses one: most
 * visits to a worksheet never load a file, and the page settles lighter
 * without it. The offline copy keeps the file, so it loads offline too.
 */
import { loadOnDemand } from '../../lib/browser/load-on-demand';
import toolsUrl from 'virtual:lazy-script/../../lib/worksheet/transfer-load';

export type AnswersFileTools = typeof import('../../lib/worksheet/transfer-load');

/** Said when the tools cannot be fetched (offline without the offline copy, or a newer version replaced them). */
export const answersFileToolsMissing =
  'This page could not fetch what it needs to read the file. Your answers have not been changed. Reload the page and choose the file again.';

export const loadAnswersFileTools = () => loadOnDemand<AnswersFileTools>(toolsUrl);
