/**
 * Brings a notice on screen when it is not, without moving focus. Answers
 * that empty themselves (deleted in another tab, or while the reader was
 * away) must show why where the reader is looking: the notice sat a
 * thousand pixels below on /self-check/, or above the screen at 400 % zoom.
 */
export function bringIntoView(
  element: Pick<Element, 'getBoundingClientRect' | 'scrollIntoView'> | null,
  viewportHeight: number = window.innerHeight,
): boolean {
  if (!element) return false;
  const { top, bottom } = element.getBoundingClientRect();
  if (top >= 0 && bottom <= viewportHeight) return false;
  element.scrollIntoView({ block: 'center' });
  return true;
}
