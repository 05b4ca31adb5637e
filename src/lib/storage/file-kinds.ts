/**
 * The two kinds of file the handbook writes, named in one place so each
 * loader can recognise the other's file and say where it belongs: a backup
 * (everything, from "Your data") and one worksheet's answers.
 */
export const BACKUP_FORMAT = 'rebuilding-trust-backup';
export const ANSWERS_FILE_KIND = 'rebuilding-trust/worksheet-answers';

export const BACKUP_VERSION = 1;

/**
 * Any backup "Download everything" makes must load back, however long the
 * reader has kept a daily sheet: a browser keeps at most about 10 million
 * characters for one site, which written out as a backup (up to 3 bytes a
 * character, quotes escaped) stays under 32 MB. A bigger file is refused
 * before it is read, on "Your data" and by a sheet's own load.
 */
export const MAX_BACKUP_BYTES = 32_000_000;

/** A whole-device backup file (backup.ts writes it, backup-load.ts reads it). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** Storage key → the exact stored text. */
  items: Record<string, string>;
}
