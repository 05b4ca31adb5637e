/**
 * One saved item on /your-data/ deleted on its own, after a confirmation
 * beside it: a reading progress record, a self-check's kept results, one
 * dated worksheet entry, or anything else the list shows.
 */
import {
  DELETIONS_KEY,
  browserStorage,
  forgetDeleted,
  noteDeleted,
} from '../../lib/storage/records';
import { RECORD_PREFIX, THEME_KEY, fullKey } from '../../lib/storage/storage';
import ConfirmDelete from './ConfirmDelete';
import { plainButton as button } from '../Button/plain-button';

interface Props {
  /** The full storage key, e.g. `rt:worksheet:telling-the-truth-daily:2026-W10`. */
  itemKey: string;
  label: string;
  onDeleted: (message: string) => void;
  /** In a row of buttons that spaces them itself: no margin of its own (it would indent a wrapped line). */
  inRow?: boolean;
  /** False for a sheet that asks before saving: its name is taken out of the note, not put in. */
  noted?: boolean;
}

export default function DeleteOne({
  itemKey,
  label,
  onDeleted,
  inRow,
  noted: notes = true,
}: Props) {
  const remove = () => {
    let ok: boolean;
    let noted = false;
    try {
      const storage = browserStorage();
      const raw = storage?.getItem(itemKey) ?? null;
      storage?.removeItem(itemKey);
      ok = storage !== null && storage.getItem(itemKey) === null;
      // So an older backup does not bring it back unasked (the theme is no one's words).
      if (ok && storage && itemKey !== THEME_KEY) {
        if (notes) noted = noteDeleted(storage, itemKey, undefined, raw);
        else if (itemKey.startsWith(RECORD_PREFIX))
          forgetDeleted(storage, itemKey.slice(RECORD_PREFIX.length));
      }
    } catch {
      ok = false;
    }
    onDeleted(
      !ok
        ? `${label} could not be deleted: this browser is not letting the handbook change what it saved.`
        : noted
          ? `Deleted: ${label}. Its words are gone. Only its name and the time are kept, so an older backup loads it again only if you ask.`
          : itemKey === fullKey(DELETIONS_KEY)
            ? `Deleted: ${label}. A backup made before those deletions would offer those things again.`
            : `Deleted: ${label}.`,
    );
  };

  return (
    <span class={inRow ? 'inline-flex' : 'ml-2 inline-flex'}>
      <ConfirmDelete
        what={label}
        onConfirm={remove}
        buttonClass={button}
        askData={{ 'data-delete-one': itemKey }}
        {...(itemKey === fullKey(DELETIONS_KEY) && {
          warning:
            'Without this list, a backup made before those deletions offers those things again, not ticked to leave out.',
        })}
      />
    </span>
  );
}
