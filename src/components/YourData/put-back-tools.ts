/**
 * Putting a recovery copy back is fetched only when the reader presses its
 * button: most visits to /your-data/ never do, and the page stays lighter
 * without it. The offline copy keeps the file, so it works offline too.
 */
import { loadOnDemand } from '../../lib/browser/load-on-demand';
import toolsUrl from 'virtual:lazy-script/../../lib/storage/put-back';

export type PutBackTools = typeof import('../../lib/storage/put-back');

export const loadPutBackTools = () => loadOnDemand<PutBackTools>(toolsUrl);
