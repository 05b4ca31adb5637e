/**
 * A box that holds at most so many characters (`maxlength`) cuts what is
 * pasted past that, and stops typing, without a word. The page says so
 * beside the box instead. Pure, so the wording is tested.
 */

/** What the page says beside a box, or null while it has room. */
export function answerLimitNote(
  length: number,
  maxLength: number,
  cutPaste: boolean,
): string | null {
  if (maxLength <= 0) return null;
  const most = maxLength.toLocaleString('en-GB');
  if (cutPaste) {
    return `Only the first ${most} characters of what you pasted fit in this box. The rest was not kept here, so keep it somewhere else if you need it.`;
  }
  return length >= maxLength ? `This box is full: it holds up to ${most} characters.` : null;
}

/** Whether pasting `pasted` in place of the selection would go past `maxLength`. */
export function pasteIsCut(
  value: { length: number; selectionStart: number | null; selectionEnd: number | null },
  pasted: string,
  maxLength: number,
): boolean {
  if (maxLength <= 0) return false;
  const replaced = (value.selectionEnd ?? value.length) - (value.selectionStart ?? value.length);
  return value.length - replaced + pasted.length > maxLength;
}
