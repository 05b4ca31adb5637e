/**
 * One field changed in two places: in this tab, kept on the page only (not
 * saving, or storage full), and meanwhile saved from another tab. A list's
 * lines and a checklist's ticks merge, so neither tab's lines are written
 * over: each line or tick this tab changed is its own, the rest follow the
 * saved copy. Text has no parts to merge; this tab's latest typing wins, as
 * it does when the two tabs save in turn.
 */
import type { Answer } from './answers';

export type MergeKind = 'lines' | 'ticks' | 'text';

/** How a field of this kind merges (see WorksheetField's `kind`). */
export function mergeKind(fieldKind: string | undefined): MergeKind {
  if (fieldKind === 'list') return 'lines';
  if (fieldKind === 'checklist') return 'ticks';
  return 'text';
}

function same(a: Answer | undefined, b: Answer | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const asList = (answer: Answer | undefined): readonly string[] =>
  Array.isArray(answer) ? answer : [];

/**
 * `base` is the saved value this tab's change started from, `ours` this
 * tab's value now, `theirs` the saved value now.
 */
export function mergeAnswer(
  kind: MergeKind,
  base: Answer | undefined,
  ours: Answer | undefined,
  theirs: Answer | undefined,
): Answer | undefined {
  if (same(theirs, base)) return ours;
  if (same(ours, base)) return theirs;
  if (kind === 'text') return ours;
  const [was, mine, saved] = [asList(base), asList(ours), asList(theirs)];
  if (kind === 'ticks') {
    const added = mine.filter((id) => !was.includes(id));
    const removed = new Set(was.filter((id) => !mine.includes(id)));
    return [...new Set([...saved, ...added])].filter((id) => !removed.has(id));
  }
  const length = Math.max(was.length, mine.length, saved.length);
  return Array.from({ length }, (_, i) =>
    (mine[i] ?? '') !== (was[i] ?? '') ? (mine[i] ?? '') : (saved[i] ?? ''),
  );
}
