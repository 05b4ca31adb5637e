/**
 * For a question asked before something is deleted or cleared ("Yes, delete
 * it" / "No, keep it"). While it is open, its safe choice has focus, set
 * before paint, so a key pressed twice (a double press, a bouncing key)
 * lands on "No"; Escape answers it the safe way too.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useSafeChoice(asking: boolean, keep: () => void) {
  const safeChoice = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (asking) safeChoice.current?.focus();
  }, [asking]);
  /** For the question's group: Escape keeps. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') keep();
  };
  return { safeChoice, onKeyDown };
}
