/**
 * While a sheet holds answers that are not saved on this device (the reader
 * chose not to save it, or the browser refused), leaving the page asks
 * first: closing the tab, Back, a link, or a reload. That includes the
 * reload every open tab makes when the reader takes a newer version of the
 * handbook in one of them (src/lib/offline/register.ts).
 */
const askFirst = (event: BeforeUnloadEvent) => {
  // Every current browser asks on preventDefault (returnValue is deprecated).
  event.preventDefault();
};

let guarding = false;

export function guardUnsavedAnswers(unsaved: boolean): void {
  if (unsaved === guarding) return;
  guarding = unsaved;
  if (unsaved) addEventListener('beforeunload', askFirst);
  else removeEventListener('beforeunload', askFirst);
}
