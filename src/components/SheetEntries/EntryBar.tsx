/**
 * Above a repeating sheet: which entry is open (today's, this week's or an
 * earlier one), and the way to the earlier entries.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  comparePeriods,
  formatPeriod,
  periodInSentence,
  type Repeats,
} from '../../lib/progress/dates';
import { earlierEntryCount, entryLookedAtAgain, listEntries } from '../../lib/progress/entries';
import { browserStorage } from '../../lib/storage/records';
import { openedEntry } from './entry-slug';
import { watchSheetSaving, type SheetSaving } from './sheet-saving';
import { watchEntries } from './watch-entries';

interface Props {
  slug: string;
  repeats: Repeats;
  sheetHref: string;
  entriesHref: string;
}

export default function EntryBar({ slug, repeats, sheetHref, entriesHref }: Props) {
  const [open, setOpen] = useState<ReturnType<typeof entryLookedAtAgain> | null>(null);
  const [earlier, setEarlier] = useState(0);
  const [saved, setSaved] = useState(false);
  /** The browser lets nothing be stored: no entry is kept, so the bar must not say it is. */
  const [storageOff, setStorageOff] = useState(false);
  /** What the sheet below says of its saving: the reader's choice, or a refused save. */
  const [saving, setSaving] = useState<SheetSaving>('saving');

  useEffect(() => {
    const chosen = openedEntry(slug, repeats);
    const count = () => {
      // The sheet keeps working on the entry it opened, even past midnight
      // (or into a new week): the bar then says so, and offers the new one.
      const seen = entryLookedAtAgain(chosen, repeats);
      setOpen(seen);
      const storage = browserStorage();
      setStorageOff(storage === null);
      const entries = listEntries(storage, slug, repeats);
      setEarlier(earlierEntryCount(entries, seen.current));
      setSaved(entries.some((e) => e.period === seen.period));
    };
    count();
    // A phone tab left open overnight is looked at again when it comes back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') count();
    };
    document.addEventListener('visibilitychange', onVisible);
    const everyMinute = setInterval(count, 60_000);
    // Entries kept or deleted in another tab, or while the page was away (Back), change the count.
    const stopWatching = watchEntries(slug, count);
    const stopSaving = watchSheetSaving(slug, (state) => {
      setSaving(state);
      count();
    });
    return () => {
      stopSaving();
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(everyMinute);
      stopWatching();
    };
  }, []);

  if (!open) return null;
  const what = repeats === 'daily' ? 'today’s entry' : 'this week’s entry';
  const unit = repeats === 'daily' ? 'day' : 'week';
  const openedDate = open.period ? formatPeriod(open.period) : null;
  const openedPhrase = open.period ? periodInSentence(open.period) : null;
  const later = open.period !== null && comparePeriods(open.period, open.current) > 0;
  return (
    <>
      {/* On paper, the entry's date heads the sheet: a page of answers is no use undated. */}
      <p class="mb-4 hidden font-semibold print:block" data-entry-printed-date>
        {openedDate ? `Entry: ${openedDate}` : 'Undated entry'}
      </p>
      <div
        class="my-4 rounded-sm border-l-4 border-accent bg-panel p-4 print:hidden"
        data-entry-bar
      >
        {open.ignored && (
          <p class="mb-2" data-entry-ignored>
            {`There is no entry for “${open.ignored.asked.slice(0, 40)}”: ${open.ignored.later ? `that ${unit} is still to come` : `that is not a ${unit} this sheet keeps`}. Here is ${what}.`}
          </p>
        )}
        {open.isCurrent ? (
          <p>
            <strong>{repeats === 'daily' ? 'Today’s entry' : 'This week’s entry'}</strong>
            {`: ${formatPeriod(open.current)}. `}
            {repeats === 'daily'
              ? 'Tomorrow this sheet opens fresh'
              : 'Next week this sheet opens fresh'}
            {storageOff
              ? '. This browser is not letting the handbook keep entries, so this one goes when you close the page.'
              : saving === 'not-saving'
                ? '. You chose not to save this sheet, so this entry goes when you close the page.'
                : saving === 'refused'
                  ? '. Your latest changes to this entry are not kept just now: see the message on the sheet.'
                  : ', and this entry is kept.'}
          </p>
        ) : open.rolledOver ? (
          <p data-entry-rolled-over>
            <strong>{`This page still has the entry for ${openedPhrase ?? ''}`}</strong>
            {`, opened before ${repeats === 'daily' ? 'midnight' : 'the new week began'}: what you type here goes to that entry. `}
            <a href={sheetHref}>{`Go to ${what}`}</a>
          </p>
        ) : (
          <p>
            <strong>
              {openedDate
                ? // A device whose clock was wrong may have kept an entry for a day still to come.
                  `${later ? 'An entry for a later date' : 'An earlier entry'}: ${openedDate}`
                : 'Your undated entry'}
            </strong>
            {saved ? ', saved from before. ' : '. Nothing is saved for it yet. '}
            <a href={sheetHref}>{`Go to ${what}`}</a>
          </p>
        )}
        <p class="mt-2">
          <a href={entriesHref} data-entries-link>
            {earlier === 0 ? 'Your entries, by date' : `Your earlier entries (${earlier}), by date`}
          </a>
          : open, print or delete them.
        </p>
      </div>
    </>
  );
}
