/**
 * One saved item on /your-data/ deleted on its own, after a confirmation
 * beside it: a reading progress record, a self-check's kept results, one
 * dated worksheet entry, or anything else the list shows.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browserStorage } from '../../lib/storage/records';

interface Props {
  /** The full storage key, e.g. `rt:worksheet:telling-the-truth-daily:2026-W10`. */
  itemKey: string;
  label: string;
  onDeleted: (message: string) => void;
}

const button =
  'min-h-11 rounded-sm border border-rule bg-page px-3 py-1 text-base font-semibold text-ink hover:bg-panel';

export default function DeleteOne({ itemKey, label, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  const remove = () => {
    let ok: boolean;
    try {
      const storage = browserStorage();
      storage?.removeItem(itemKey);
      ok = storage !== null && storage.getItem(itemKey) === null;
    } catch {
      ok = false;
    }
    setConfirming(false);
    onDeleted(
      ok
        ? `Deleted: ${label}.`
        : `${label} could not be deleted: this browser is not letting the handbook change what it saved.`,
    );
  };

  if (!confirming) {
    return (
      <button
        ref={ask}
        type="button"
        class={`${button} ml-2`}
        onClick={() => setConfirming(true)}
        data-delete-one={itemKey}
      >
        Delete<span class="sr-only">{` ${label}`}</span>
      </button>
    );
  }
  return (
    <span role="group" aria-label={`Delete ${label}?`} class="ml-2 inline-flex flex-wrap gap-2">
      <button ref={yes} type="button" class={button} onClick={remove}>
        Yes, delete it
      </button>
      <button
        type="button"
        class={button}
        onClick={() => {
          setConfirming(false);
          setTimeout(() => ask.current?.focus(), 0);
        }}
      >
        No, keep it
      </button>
    </span>
  );
}
