/**
 * /worksheets/<slug>/entries/: every kept entry of a repeating sheet, by
 * date, with its answers as text (the newest open, older months folded).
 * Each can be opened, printed alone or deleted; the last seven days (or four
 * weeks) print together on one page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  comparePeriods,
  formatPeriod,
  periodKey,
  recentPeriods,
  type Repeats,
} from '../../lib/progress/dates';
import { UNDATED, entrySlug, type EntryListing } from '../../lib/progress/entries';
import { periodRange } from '../../lib/progress/period-range';
import {
  browserStorage,
  deleteFieldRecord,
  isNotedDeleted,
  notedDeletionNotice,
} from '../../lib/storage/records';
import {
  entriesByMonth,
  entryAnswerLines,
  keptEntries,
  yourDataWords,
  type EntryMonth,
  type KeptEntry,
} from '../../lib/worksheet/kept-entries';
import type { WorksheetData } from '../../lib/worksheet/schema';
import { worksheetKey } from '../../lib/worksheet/saving';
import ConfirmDelete from '../SavedItemDelete/ConfirmDelete';
import { watchEntries } from './watch-entries';
import { plainButton as button } from '../Button/plain-button';

interface Props {
  slug: string;
  repeats: Repeats;
  worksheet: WorksheetData;
  sheetHref: string;
  yourDataHref: string;
}

export default function SheetEntries({ slug, repeats, worksheet, sheetHref, yourDataHref }: Props) {
  const [entries, setEntries] = useState<KeptEntry[] | null>(null);
  const [printing, setPrinting] = useState<Set<string> | null>(null);
  const [status, setStatus] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  /** Older months the reader opened: printing one entry must not fold them again. */
  const [openMonths, setOpenMonths] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);

  const load = () => {
    const view = keptEntries(browserStorage(), slug, repeats, worksheet);
    setNotices(view.notices);
    setEntries(view.entries);
  };

  useEffect(() => {
    load();
    return watchEntries(slug, (why) => {
      // Back or Forward here: an old "was deleted" would sit beside a list that changed since.
      if (why === 'return') setStatus('');
      load();
    });
  }, []);

  // Print once the page shows only what was asked for, then show everything again.
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  if (!entries) return <p class="mt-4 text-muted">Looking at this device…</p>;

  const current = periodKey(repeats, new Date());
  const recent = new Set(recentPeriods(repeats, current));
  const recentCount = entries.filter((e) => e.period && recent.has(e.period)).length;
  const span = repeats === 'daily' ? 'the last seven days' : 'the last four weeks';
  const together = printing !== null && printing.size > 1;
  // Printed together, the days read in order, oldest first, and a day with
  // no entry says so, rather than leaving a gap the reader may not notice.
  const rows: (KeptEntry | string)[] = together
    ? [...printing].sort(comparePeriods).map((p) => entries.find((e) => e.period === p) ?? p)
    : entries;
  const id = (e: EntryListing) => e.period ?? UNDATED;
  // On screen the newest show and older months fold. Printed together, the
  // entries run in one list; one entry prints from where it is, its month
  // open, so the reader's place (and the focused Print button) stays.
  const { open, months }: { open: (KeptEntry | string)[]; months: EntryMonth<KeptEntry>[] } =
    together ? { open: rows, months: [] } : entriesByMonth(entries);
  const toggled = (key: string, opened: boolean) => {
    if (printing) return;
    setOpenMonths((was) => {
      const now = new Set(was);
      if (opened) now.add(key);
      else now.delete(key);
      return now;
    });
  };

  /** One entry, or on paper a day without one. */
  const item = (entry: KeptEntry | string) => {
    if (typeof entry === 'string')
      return (
        <li key={entry} class="hidden p-2 text-sm print:block" data-entry-missing={entry}>
          {`${worksheet.title}: ${formatPeriod(entry)}. No entry.`}
        </li>
      );
    const hidden = printing !== null && !printing.has(id(entry));
    const lines = entryAnswerLines(worksheet, entry.answers, entry.kept);
    return (
      <li
        key={entry.key}
        class={`break-inside-avoid rounded-sm border border-rule p-4 ${hidden ? 'print:hidden' : ''} ${together ? 'print:break-inside-auto print:p-2 print:text-sm' : ''}`}
        data-entry={id(entry)}
      >
        <h3 class={`break-after-avoid text-xl font-bold ${together ? 'print:text-base' : ''}`}>
          {worksheet.title}: {entry.label}
        </h3>
        <dl class={`mt-3 space-y-2 ${together ? 'print:mt-1 print:space-y-1' : ''}`}>
          {lines.map((line) => (
            <div
              key={line.id}
              class={`break-inside-avoid ${together && !line.text ? 'print:hidden' : ''}`}
            >
              <dt class="font-semibold">{line.label}</dt>
              {line.items && line.items.length > 0 ? (
                <dd>
                  <ol class="list-decimal pl-6">
                    {line.items.map((item) => (
                      <li
                        key={item.place}
                        value={item.place}
                        class="whitespace-pre-wrap"
                        dir="auto"
                      >
                        {item.text}
                      </li>
                    ))}
                  </ol>
                </dd>
              ) : (
                <dd class="whitespace-pre-wrap" dir="auto">
                  {/* A dash is seen; heard, it was silence or "em dash", five times an entry. */}
                  {line.text || (
                    <>
                      <span aria-hidden="true">—</span>
                      <span class="sr-only">Not filled in</span>
                    </>
                  )}
                </dd>
              )}
            </div>
          ))}
        </dl>
        {together && lines.every((line) => !line.text) && (
          <p class="hidden print:block">Nothing was written in this entry.</p>
        )}
        <div class="mt-4 flex flex-wrap gap-3 print:hidden">
          <a
            href={`${sheetHref}?entry=${id(entry)}`}
            class={`${button} inline-flex items-center no-underline`}
          >
            Open<span class="sr-only">{` the ${entry.what}`}</span>
          </a>
          <button type="button" class={button} onClick={() => setPrinting(new Set([id(entry)]))}>
            Print<span class="sr-only">{` the ${entry.what}`}</span>
          </button>
          <ConfirmDelete
            what={`the ${entry.what}`}
            onConfirm={() => remove(entry)}
            buttonClass={button}
          />
        </div>
      </li>
    );
  };

  const remove = (entry: KeptEntry) => {
    const key = worksheetKey(entrySlug(slug, entry.period));
    const since = new Date().toISOString();
    const ok = deleteFieldRecord(browserStorage(), key);
    setStatus(
      ok
        ? `The ${entry.what} was deleted.${isNotedDeleted(browserStorage(), key, since) ? ` ${notedDeletionNotice}` : ''}`
        : 'That entry could not be deleted: this browser is not letting the handbook change what it saved.',
    );
    load();
    heading.current?.focus();
  };

  return (
    <div>
      <p role="status" aria-live="polite" class="mt-4 empty:sr-only print:hidden">
        {status}
      </p>
      {notices.map((notice) => {
        // Where a notice sends the reader to “Your data”, the words lead there.
        const [before, after] = notice.split(yourDataWords);
        return (
          <p
            key={notice}
            class="mt-4 border-l-4 border-avoid pl-3 print:hidden"
            data-entries-notice
          >
            {before}
            {after !== undefined && (
              <>
                <a href={yourDataHref}>Your data</a>
                {after}
              </>
            )}
          </p>
        );
      })}
      <div class="mt-6 flex flex-wrap gap-3 print:hidden">
        <a href={sheetHref} class={`${button} inline-flex items-center no-underline`}>
          {repeats === 'daily' ? 'Open today’s entry' : 'Open this week’s entry'}
        </a>
        {recentCount > 0 && (
          <button
            type="button"
            class={button}
            onClick={() => setPrinting(new Set([...recent].filter(Boolean)))}
            data-print-recent
          >
            {`Print ${span}`}
          </button>
        )}
      </div>
      <h2 ref={heading} tabIndex={-1} class="mt-10 text-2xl font-bold print:hidden">
        Kept entries, newest first
      </h2>
      {together && (
        // On paper, which days a printout of recent entries covers.
        <p class="hidden text-lg font-bold print:block" data-printed-span>
          {`${span[0]?.toUpperCase()}${span.slice(1)}: ${periodRange([...printing])}`}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="mt-3" data-no-entries>
          {notices.length > 0
            ? 'No entry can be shown: see the message above.'
            : 'No entry is kept on this device yet.'}
        </p>
      ) : (
        // Several entries printed together (the last seven days or four
        // weeks) print small and leave out what was not written, so that
        // a week of short entries fits a page or two, not one a page. Two
        // a row, read across in date order (newspaper columns looked like
        // rows too, and read across they went 2, 5, 3, 6 March). An entry
        // may run on to the next page between its answers: kept whole, a
        // long one left the first page with its heading alone (and a row
        // breaks only where both its entries may, so neither is kept whole).
        <ol
          class={`mt-4 space-y-6 ${together ? 'print:grid print:grid-cols-2 print:gap-2 print:space-y-0' : ''}`}
          data-entries
        >
          {open.map(item)}
        </ol>
      )}
      {months.map((month) => (
        <details
          key={month.key}
          class="group mt-6 print:mt-0"
          data-entries-month={month.key}
          open={
            openMonths.has(month.key) || month.entries.some((e) => printing?.has(id(e)) ?? false)
          }
          onToggle={(event) => toggled(month.key, event.currentTarget.open)}
        >
          <summary class="inline-flex min-h-11 cursor-pointer items-center text-lg font-bold print:hidden">
            <span>
              {`${month.label}: ${month.entries.length} ${month.entries.length === 1 ? 'entry' : 'entries'}`}{' '}
              <span aria-hidden="true" class="inline-block group-open:rotate-180">
                ▾
              </span>
            </span>
          </summary>
          <ol class="mt-4 space-y-6">{month.entries.map(item)}</ol>
        </details>
      ))}
    </div>
  );
}
