import { describe, expect, it } from 'vitest';
import { entryLookedAtAgain, entryToOpen } from './entries';
import { entryBarText, nameWithEntry } from './entry-bar-text';

const at = (iso: string) => new Date(`${iso}T12:00:00`);
const kept: Parameters<typeof entryBarText>[2] = {
  storageOff: false,
  saving: 'saving',
  saved: true,
  earlier: 0,
};

/** The bar for the address `search`, the page opened on `opened` and looked at on `now`. */
function bar(search: string, opened: string, now = opened, state = kept, isKept = () => false) {
  const open = entryToOpen('daily', search, at(opened), isKept);
  return entryBarText(entryLookedAtAgain(open, 'daily', at(now)), 'daily', state);
}

describe('the bar above a dated sheet (entryBarText)', () => {
  it('names today’s entry and says it is kept only when it is', () => {
    expect(bar('', '2026-11-27')).toMatchObject({
      kind: 'current',
      printed: 'Entry: 27 November 2026',
      lead: 'Today’s entry',
      rest: ': 27 November 2026. Tomorrow this sheet opens fresh, and this entry is kept.',
      goTo: null,
      entriesLink: 'Your entries, by date',
    });
    const off = bar('', '2026-11-27', '2026-11-27', { ...kept, storageOff: true });
    expect(off.rest).toMatch(
      /not letting the handbook keep entries, so this one goes when you close the page\.$/,
    );
    // No list of entries is offered where none can be kept.
    expect(off.entriesLink).toBeNull();
    expect(bar('', '2026-11-27', '2026-11-27', { ...kept, saving: 'not-saving' }).rest).toMatch(
      /You chose not to save this sheet/,
    );
    expect(bar('', '2026-11-27', '2026-11-27', { ...kept, saving: 'refused' }).rest).toMatch(
      /not kept just now/,
    );
  });

  it('after midnight, says the page still has yesterday’s entry and offers today’s', () => {
    expect(bar('', '2026-11-26', '2026-11-27')).toMatchObject({
      kind: 'rolled-over',
      lead: 'This page still has the entry for 26 November 2026',
      rest: ', opened before midnight: what you type here goes to that entry. ',
      goTo: 'Go to today’s entry',
    });
  });

  it('names an earlier entry, or one a wrong clock dated later, and whether it holds anything', () => {
    expect(
      bar('?entry=2026-11-20', '2026-11-27', '2026-11-27', { ...kept, earlier: 4 }),
    ).toMatchObject({
      kind: 'other',
      lead: 'An earlier entry: 20 November 2026',
      rest: ', saved from before. ',
      entriesLink: 'Your earlier entries (4), by date',
    });
    expect(
      bar('?entry=2026-12-01', '2026-11-27', '2026-11-27', { ...kept, saved: false }, () => true),
    ).toMatchObject({
      lead: 'An entry for a later date: 1 December 2026',
      rest: '. Nothing is saved for it yet. ',
    });
    expect(bar('?entry=undated', '2026-11-27')).toMatchObject({
      printed: 'Undated entry',
      lead: 'Your undated entry',
    });
  });

  it('says why the address’s entry was not opened', () => {
    expect(bar('?entry=2026-02-30', '2026-11-27').ignored).toBe(
      'There is no entry for “2026-02-30”: that is not a day this sheet keeps. Here is today’s entry.',
    );
    expect(bar('?entry=2099-01-01', '2026-11-27').ignored).toMatch(/that day is still to come/);
  });
});

describe('naming the entry open in the page title and the form (nameWithEntry)', () => {
  it('adds the entry’s date when it is not the current one', () => {
    const title = 'Daily check-in plan';
    expect(bar('', '2026-11-27').entryName).toBeNull();
    expect(nameWithEntry(title, bar('', '2026-11-27').entryName)).toBe(title);
    const earlier = bar('?entry=2026-11-24', '2026-11-27', '2026-11-27', kept, () => true);
    expect(nameWithEntry(title, earlier.entryName)).toBe('Daily check-in plan: 24 November 2026');
    expect(bar('', '2026-11-26', '2026-11-27').entryName).toBe('26 November 2026');
  });
});
