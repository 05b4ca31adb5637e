/**
 * Prints a check blank, to answer with a pen or hand to someone else, while
 * the reader's own answers stay as they are: the ticks are taken off for the
 * printout only (no input event, so nothing is saved or cleared) and put back
 * after it, and `data-print-blank` on the page leaves off on paper what comes
 * of the answers (the day they stood, the result, results over time). The
 * key to score by hand prints instead, as on a check not yet answered.
 */
export function printBlank(check: HTMLElement | null): void {
  const ticked = [...(check?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])];
  const page = document.documentElement;
  for (const input of ticked) input.checked = false;
  page.setAttribute('data-print-blank', '');
  const done = () => {
    for (const input of ticked) input.checked = true;
    page.removeAttribute('data-print-blank');
  };
  addEventListener('afterprint', done, { once: true });
  print();
}
