/**
 * While a page holds answers that are not saved on this device (the reader
 * chose not to save a sheet, or the browser refused), leaving the page asks
 * first: closing the tab, Back, a link, or a reload. That includes the
 * reload every open tab makes when the reader takes a newer version of the
 * handbook in one of them (src/lib/offline/register.ts).
 *
 * Each island guards under its own name, so one island's answers being saved
 * never stops the page asking for another's.
 */
type LeaveTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

const askFirst = (event: Event) => {
  // Every current browser asks on preventDefault (returnValue is deprecated).
  event.preventDefault();
};

const unsavedOn = new Set<string>();

export function guardUnsavedAnswers(
  owner: string,
  unsaved: boolean,
  target: LeaveTarget = window,
): void {
  const guarding = unsavedOn.size > 0;
  if (unsaved) unsavedOn.add(owner);
  else unsavedOn.delete(owner);
  if (unsavedOn.size > 0 === guarding) return;
  if (guarding) target.removeEventListener('beforeunload', askFirst);
  else target.addEventListener('beforeunload', askFirst);
}
