/**
 * Text held to `max` characters: cut at its last space within them (the word
 * the limit falls in goes, as it may be cut short) and marked "…"; shorter
 * text as it is. For the words a search status quotes and the first
 * sentence a search result shows.
 */
export function cutAtWord(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;
}
