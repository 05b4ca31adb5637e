/**
 * Brings a notice on screen when it is not, without moving focus. Answers
 * that empty themselves (deleted in another tab, or while the reader was
 * away) must show why where the reader is looking: the notice sat a
 * thousand pixels below on /self-check/, or above the screen at 400 % zoom.
 * Only when the answers that emptied were on screen or held focus: a reader
 * further up a chapter, its self-check out of sight, stays where they are.
 */
type Box = Pick<Element, 'getBoundingClientRect'>;

export function bringIntoView(
  notice: (Box & Pick<Element, 'scrollIntoView'>) | null,
  emptied: (Box & Pick<Element, 'contains'>) | null,
  viewportHeight: number = window.innerHeight,
  focused: Node | null = document.activeElement,
): boolean {
  if (!notice || !emptied) return false;
  const shown = notice.getBoundingClientRect();
  const area = emptied.getBoundingClientRect();
  const move =
    (shown.top < 0 || shown.bottom > viewportHeight) &&
    ((area.bottom > 0 && area.top < viewportHeight) || emptied.contains(focused));
  if (move) notice.scrollIntoView({ block: 'center' });
  return move;
}
