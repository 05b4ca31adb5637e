/**
 * Above a repeating sheet: which entry is open (today's, this week's or an
 * earlier one), and the way to the earlier entries.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatPeriod, type Repeats } from '../../lib/progress/dates';
import { entryToOpen, listEntries } from '../../lib/progress/entries';
import { browserStorage } from '../../lib/storage/records';

interface Props {
  slug: string;
  repeats: Repeats;
  sheetHref: string;
  entriesHref: string;
}

export default function EntryBar({ slug, repeats, sheetHref, entriesHref }: Props) {
  const [open, setOpen] = useState<ReturnType<typeof entryToOpen> | null>(null);
  const [earlier, setEarlier] = useState(0);

  useEffect(() => {
    const chosen = entryToOpen(repeats, window.location.search);
    setOpen(chosen);
    setEarlier(
      listEntries(browserStorage(), slug, repeats).filter((e) => e.period !== chosen.current)
        .length,
    );
  }, []);

  if (!open) return null;
  const what = repeats === 'daily' ? 'today’s entry' : 'this week’s entry';
  return (
    <div class="my-4 rounded-sm border-l-4 border-accent bg-panel p-4 print:hidden" data-entry-bar>
      {open.isCurrent ? (
        <p>
          <strong>{repeats === 'daily' ? 'Today’s entry' : 'This week’s entry'}</strong>
          {`: ${formatPeriod(open.current)}. `}
          {repeats === 'daily'
            ? 'Tomorrow this sheet opens fresh, and this entry is kept.'
            : 'Next week this sheet opens fresh, and this entry is kept.'}
        </p>
      ) : (
        <p>
          <strong>
            {open.period ? `An earlier entry: ${formatPeriod(open.period)}` : 'Your undated entry'}
          </strong>
          {', saved from before. '}
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
  );
}
