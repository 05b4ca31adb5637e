/**
 * One field changed in two places: in this tab, kept on the page only (not
 * saving, or storage full), and meanwhile saved from another tab. A list's
 * lines and a checklist's ticks merge, so neither tab's lines are written
 * over: each line or tick this tab changed is its own, the rest follow the
 * saved copy, and a line both tabs wrote in the same place keeps this tab's
 * there and moves the other's to the next free line. Text has no parts to
 * merge; this tab's latest typing wins, as it does when the two tabs save in
 * turn.
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
  const merged: string[] = [];
  /** Lines both sides wrote in the same place: the other tab's goes in the next free line. */
  const displaced: string[] = [];
  for (let i = 0; i < length; i++) {
    const [before, here, there] = [was[i] ?? '', mine[i] ?? '', saved[i] ?? ''];
    const changedHere = here !== before;
    merged.push(changedHere ? here : there);
    if (changedHere && there !== before && there !== here && there.trim() !== '')
      displaced.push(there);
  }
  for (const line of displaced.filter((text) => !merged.includes(text))) {
    const free = merged.findIndex((text) => text.trim() === '');
    if (free >= 0) merged[free] = line;
    else merged.push(line);
  }
  return merged;
}
