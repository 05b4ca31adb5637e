/**
 * What the bar above a dated sheet says: which entry is open (today's, this
 * week's, one kept from before, or one the page opened before midnight),
 * whether it is kept, and the way to the others.
 */
import { comparePeriods, formatPeriod, periodInSentence, type Repeats } from './dates';
import type { entryLookedAtAgain } from './entries';

export interface EntryBarText {
  /** On paper, above the sheet: a page of answers is no use undated. */
  printed: string;
  /** Why the address's entry was not opened, or null. */
  ignored: string | null;
  kind: 'current' | 'rolled-over' | 'other';
  /**
   * Which entry is open, when it is not the current one: added to the page's
   * title and the form's name, so a screen reader hears which day it edits.
   */
  entryName: string | null;
  /** Said in bold, then `rest`, then a link to the current entry if `goTo`. */
  lead: string;
  rest: string;
  goTo: string | null;
  /** The way to the list of entries; null where storage is off and none can be kept or listed. */
  entriesLink: string | null;
}

export function entryBarText(
  open: ReturnType<typeof entryLookedAtAgain>,
  repeats: Repeats,
  state: {
    storageOff: boolean;
    /** What the sheet says of its saving: the reader's choice, or a refused save. */
    saving: 'saving' | 'not-saving' | 'refused';
    /** The open entry is kept on this device. */
    saved: boolean;
    earlier: number;
  },
): EntryBarText {
  const daily = repeats === 'daily';
  const what = daily ? 'today’s entry' : 'this week’s entry';
  const unit = daily ? 'day' : 'week';
  const goTo = `Go to ${what}`;
  const openedDate = open.period ? formatPeriod(open.period) : null;
  const common = {
    printed: openedDate ? `Entry: ${openedDate}` : 'Undated entry',
    entryName: open.isCurrent ? null : (openedDate ?? 'undated entry'),
    ignored: open.ignored
      ? `There is no entry for “${open.ignored.asked.slice(0, 40)}”: ${open.ignored.later ? `that ${unit} is still to come` : `that is not a ${unit} this sheet keeps`}. Here is ${what}.`
      : null,
    entriesLink:
      state.earlier > 0
        ? `Your earlier entries (${state.earlier}), by date`
        : state.storageOff
          ? null
          : 'Your entries, by date',
  };
  if (open.isCurrent) {
    const kept = state.storageOff
      ? '. This browser is not letting the handbook keep entries, so this one goes when you close the page.'
      : state.saving === 'not-saving'
        ? '. You chose not to save this sheet, so this entry goes when you close the page.'
        : state.saving === 'refused'
          ? '. Your latest changes to this entry are not kept just now: see the message on the sheet.'
          : ', and this entry is kept.';
    return {
      ...common,
      kind: 'current',
      lead: daily ? 'Today’s entry' : 'This week’s entry',
      rest: `: ${formatPeriod(open.current)}. ${daily ? 'Tomorrow' : 'Next week'} this sheet opens fresh${kept}`,
      goTo: null,
    };
  }
  if (open.rolledOver) {
    return {
      ...common,
      kind: 'rolled-over',
      lead: `This page still has the entry for ${open.period ? periodInSentence(open.period) : ''}`,
      rest: `, opened before ${daily ? 'midnight' : 'the new week began'}: what you type here goes to that entry. `,
      goTo,
    };
  }
  // A device whose clock was wrong may have kept an entry for a day still to come.
  const later = open.period !== null && comparePeriods(open.period, open.current) > 0;
  return {
    ...common,
    kind: 'other',
    lead: openedDate
      ? `${later ? 'An entry for a later date' : 'An earlier entry'}: ${openedDate}`
      : 'Your undated entry',
    rest: state.saved ? ', saved from before. ' : '. Nothing is saved for it yet. ',
    goTo,
  };
}

/** A sheet's name with the entry open, when not the current one: "Daily check-in plan: 24 November 2026". */
export function nameWithEntry(name: string, entryName: string | null): string {
  return entryName ? `${name}: ${entryName}` : name;
}
