/**
 * When answers empty themselves because of a delete made elsewhere, the
 * island's notice saying why is brought on screen (see bringIntoView), once
 * for each new reason. Shared by the self-check and the worksheet.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { bringIntoView } from '../../lib/browser/bring-into-view';

export function useReasonInView(
  reason: unknown,
  notice: RefObject<HTMLElement>,
  emptied: () => Element | null | undefined,
): void {
  useEffect(() => {
    if (reason) bringIntoView(notice.current, emptied() ?? null);
    // Only a new reason brings the notice back on screen.
  }, [reason]);
}
