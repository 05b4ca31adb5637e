/**
 * Lists the reader can add lines to (a list field with `maxCount`): how many
 * lines an answer may hold, and what the page says about them. Pure, so the
 * answers model and the page share one rule.
 */

interface ListLines {
  label: string;
  count: number;
  maxCount?: number | undefined;
}

/** How many lines a list's answer may hold: its `maxCount`, or its fixed `count`. */
export function listCapacity(field: ListLines): number {
  return Math.max(field.count, field.maxCount ?? field.count);
}

export function canAddLines(field: ListLines): boolean {
  return listCapacity(field) > field.count;
}

/** The reader-facing name of line `n`, the same on the server and when a line is added. */
export function lineLabel(field: { label: string }, n: number): string {
  return `${field.label}, line ${n}`;
}

/** What "Add a line" says once it has added line `n` of at most `max`. */
export function addedLineMessage(n: number, max: number): string {
  return n >= max
    ? `Line ${n} added. That is the last line this list can hold.`
    : `Line ${n} added.`;
}

/**
 * The lines to keep of a list answer: all of them up to the list's capacity,
 * without empty lines past its first `count` (an added line left blank is
 * not an answer), padded to `count`.
 */
export function keptLines(field: ListLines, lines: readonly string[]): string[] {
  const kept = lines.slice(0, listCapacity(field));
  while (kept.length > field.count && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
  while (kept.length < field.count) kept.push('');
  return kept;
}
