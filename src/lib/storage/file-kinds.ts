/**
 * The two kinds of file the handbook writes, named in one place so each
 * loader can recognise the other's file and say where it belongs: a backup
 * (everything, from "Your data") and one worksheet's answers.
 */
export const BACKUP_FORMAT = 'rebuilding-trust-backup';
export const ANSWERS_FILE_KIND = 'rebuilding-trust/worksheet-answers';
