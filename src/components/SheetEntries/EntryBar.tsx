/**
 * Above a repeating sheet: which entry is open (today's, this week's or an
 * earlier one), and the way to the earlier entries.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Repeats } from '../../lib/progress/dates';
import { entryBarText, nameWithEntry } from '../../lib/progress/entry-bar-text';
import { earlierEntryCount, entryLookedAtAgain, listEntries } from '../../lib/progress/entries';
import { pageTitle } from '../../lib/site/page-meta';
import { siteName } from '../../lib/site/site';
import { browserStorage } from '../../lib/storage/records';
import { openedEntry } from './entry-slug';
import { watchSheetSaving, type SheetSaving } from './sheet-saving';
import { watchEntries } from './watch-entries';

interface Props {
  slug: string;
  /** The sheet's title: the page's title and the form's name are made from it. */
  title: string;
  repeats: Repeats;
  sheetHref: string;
  entriesHref: string;
}

export default function EntryBar({ slug, title, repeats, sheetHref, entriesHref }: Props) {
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

  const text = open && entryBarText(open, repeats, { storageOff, saving, saved, earlier });
  const entryName = text ? text.entryName : null;
  // The page's title and the form's name say which day's entry is open when
  // it is not today's (or this week's): heard alone, they were the same.
  useEffect(() => {
    const named = nameWithEntry(title, entryName);
    document.title = pageTitle(named, siteName);
    document.getElementById(`worksheet-form-${slug}`)?.setAttribute('aria-label', named);
  }, [entryName]);

  if (!text) return null;
  return (
    <>
      <p class="mb-4 hidden font-semibold print:block" data-entry-printed-date>
        {text.printed}
      </p>
      <div
        class="my-4 rounded-sm border-l-4 border-accent bg-panel p-4 print:hidden"
        data-entry-bar
      >
        {text.ignored && (
          <p class="mb-2" data-entry-ignored>
            {text.ignored}
          </p>
        )}
        <p data-entry-rolled-over={text.kind === 'rolled-over' ? '' : undefined}>
          <strong>{text.lead}</strong>
          {text.rest}
          {text.goTo && <a href={sheetHref}>{text.goTo}</a>}
        </p>
        {text.entriesLink && (
          <p class="mt-2">
            <a href={entriesHref} data-entries-link>
              {text.entriesLink}
            </a>
            : open, print or delete them.
          </p>
        )}
      </div>
    </>
  );
}
