/**
 * A Delete button that asks first, beside itself. "No, keep it" takes focus,
 * so a key pressed twice (a double press, a bouncing key) keeps the item; it
 * and Escape hand focus back to Delete. Used wherever a reader deletes one
 * saved thing (a kept result, a dated entry, an item on /your-data/).
 */
import { useId, useRef, useState } from 'preact/hooks';
import { useSafeChoice } from '../AskFirst/safe-choice';

interface Props {
  /** What goes, as screen readers hear it after "Delete": "the entry for Monday". */
  what: string;
  onConfirm: () => void;
  buttonClass: string;
  /** Marks the first Delete button, for whoever needs to find it (tests, styles). */
  askData?: Record<`data-${string}`, string>;
  /** What deleting it undoes, said before the choice, not only after it. */
  warning?: string;
}

export default function ConfirmDelete({ what, onConfirm, buttonClass, askData, warning }: Props) {
  const [confirming, setConfirming] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    // After the pair has gone and Delete is back.
    setTimeout(() => ask.current?.focus(), 0);
  };
  const { safeChoice, onKeyDown } = useSafeChoice(confirming, cancel);
  const warningId = useId();

  if (!confirming) {
    return (
      <button
        ref={ask}
        type="button"
        class={buttonClass}
        onClick={() => setConfirming(true)}
        {...askData}
      >
        Delete<span class="sr-only">{` ${what}`}</span>
      </button>
    );
  }
  return (
    <span
      role="group"
      aria-label={`Delete ${what}?`}
      aria-describedby={warning ? warningId : undefined}
      class="inline-flex flex-wrap gap-2"
      onKeyDown={onKeyDown}
    >
      {warning && (
        <span id={warningId} class="basis-full" data-delete-warning>
          {warning}
        </span>
      )}
      <button
        type="button"
        class={buttonClass}
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        Yes, delete it
      </button>
      <button ref={safeChoice} type="button" class={buttonClass} onClick={cancel}>
        No, keep it
      </button>
    </span>
  );
}
