/**
 * Reading and loading a backup file is fetched only when the reader chooses
 * a file: most visits to /your-data/ look, download or delete, and the page
 * settles about 2 KB gzip lighter without it. The offline copy keeps the file,
 * so it loads offline too.
 */
import { loadOnDemand } from '../../lib/browser/load-on-demand';
import toolsUrl from 'virtual:lazy-script/../../lib/storage/backup-load';

export type BackupTools = typeof import('../../lib/storage/backup-load');

/** Said when the tools cannot be fetched (offline without the offline copy, or a newer version replaced them). */
export const backupToolsMissing =
  'This page could not fetch what it needs to read the file, so nothing was changed. Reload the page and choose the file again.';

export const loadBackupTools = () => loadOnDemand<BackupTools>(toolsUrl);
