import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import type { MergeKind } from './merge';
import {
  afterSaving,
  answersShown,
  changesToSave,
  hasChanges,
  keptOnPage,
  noChanges,
  takenWhole,
  withReaderChanges,
} from './unsaved-changes';

/** The test sheet's fields: `text` is typed, `lines` a list, `ticks` a checklist. */
const kindOf = (id: string): MergeKind =>
  id === 'lines' ? 'lines' : id === 'ticks' ? 'ticks' : 'text';

const answer = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 }),
);
const answers: fc.Arbitrary<Answers> = fc.dictionary(
  fc.constantFrom('text', 'other', 'lines', 'ticks'),
  answer,
  { maxKeys: 4 },
);

describe('a sheet’s unsaved changes', () => {
  it('show on top of what is saved, and a change to nothing empties the box', () => {
    const saved = { text: 'saved', other: 'kept' };
    const unsaved = withReaderChanges(noChanges, saved, { text: 'typed', other: undefined });
    expect(hasChanges(unsaved)).toBe(true);
    expect(answersShown(saved, unsaved, kindOf)).toEqual({ text: 'typed' });
  });

  it('lose nothing the reader typed while nothing else changed what is saved', () => {
    fc.assert(
      fc.property(answers, answers, (saved, typed) => {
        const unsaved = withReaderChanges(noChanges, saved, typed);
        expect(answersShown(saved, unsaved, kindOf)).toEqual({ ...saved, ...typed });
      }),
    );
  });

  it('keep both tabs’ list lines when another tab saves meanwhile', () => {
    const saved = { lines: ['one', '', ''] };
    const unsaved = withReaderChanges(noChanges, saved, { lines: ['one', 'mine', ''] });
    // Another tab adds a line in the same place while this tab cannot save.
    const theirs = { lines: ['one', 'theirs', ''] };
    expect(answersShown(theirs, unsaved, kindOf)).toEqual({ lines: ['one', 'mine', 'theirs'] });
  });

  it('merge from the saved value each change last started from', () => {
    // Typed, then the other tab's line arrives and shows, then typed again:
    // the second change starts from what the page showed, so the other tab's
    // line is not merged in twice nor lost.
    let unsaved = withReaderChanges(noChanges, { lines: ['', ''] }, { lines: ['a', ''] });
    const theirs = { lines: ['', 'b'] };
    const shown = answersShown(theirs, unsaved, kindOf);
    expect(shown).toEqual({ lines: ['a', 'b'] });
    unsaved = withReaderChanges(unsaved, theirs, { lines: ['a', 'b', 'c'] });
    expect(answersShown(theirs, unsaved, kindOf)).toEqual({ lines: ['a', 'b', 'c'] });
  });

  it('taken whole (the browser’s own restored text) write over what is saved, without merging', () => {
    const unsaved = takenWhole({ ticks: ['a'] });
    expect(answersShown({ ticks: ['b'] }, unsaved, kindOf)).toEqual({ ticks: ['a'] });
  });

  it('kept on the page only, stand as they are, and take in what another tab saves', () => {
    // Each answer starts from itself: what this tab has not changed since
    // follows the other tab, and lists and ticks merge.
    fc.assert(
      fc.property(answers, (page) => {
        expect(answersShown({}, keptOnPage(page), kindOf)).toEqual(page);
      }),
    );
    let unsaved = keptOnPage({ ticks: ['a'], text: 'mine' });
    const theirs = { ticks: ['a', 'b'], text: 'theirs' };
    expect(answersShown(theirs, unsaved, kindOf)).toEqual(theirs);
    // Typed here after keeping it on the page: this tab's text stands.
    unsaved = withReaderChanges(unsaved, {}, { text: 'mine, typed again' });
    expect(answersShown(theirs, unsaved, kindOf)).toEqual({
      ticks: ['a', 'b'],
      text: 'mine, typed again',
    });
  });

  it('are saved as shown, and once saved the saved answers are what was shown', () => {
    fc.assert(
      fc.property(answers, answers, answers, (base, typed, theirs) => {
        const unsaved = withReaderChanges(noChanges, base, typed);
        const shown = answersShown(theirs, unsaved, kindOf);
        const written = changesToSave(unsaved, shown);
        expect(Object.keys(written)).toEqual(Object.keys(typed));
        expect(afterSaving(theirs, written)).toEqual(shown);
      }),
    );
  });

  it('are none to start with, and none once emptied', () => {
    expect(hasChanges(noChanges)).toBe(false);
    expect(hasChanges(takenWhole({}))).toBe(false);
  });
});
