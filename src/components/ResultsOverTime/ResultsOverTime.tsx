/**
 * /self-check/: every complete whole-handbook check, kept by date, as a
 * chart and as a table with the dates written out; each can be deleted.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDay } from '../../lib/progress/dates';
import { resultNotDeleted, type DatedResult } from '../../lib/progress/results';
import { deviceStorage } from '../../lib/storage/storage';
import { labelForAverage } from '../../lib/self-check/scale';
import type { AreaView, StepStatement } from '../../lib/self-check/scoring';
import ConfirmDelete from '../SavedItemDelete/ConfirmDelete';
import ResultsChart from './ResultsChart';
import { deleteKeptResult, useKeepResults } from './keep-result';
import { useLaterResultsView } from './later-results-view';
import { useResults } from './use-results';
import { plainButton as button } from '../Button/plain-button';

/** The on-screen table's title: its caption for screen readers, shown above the box that slides. */
const keptResultsTitle = 'Your kept results, newest first';

/** As many date columns as fit across a printed A4 or Letter page beside the steps. */
const datesPerPrintedTable = 5;

interface TableProps {
  results: DatedResult[];
  areas: AreaView[];
  caption: string;
  captionId?: string;
  /** The one table on screen (the printed ones are split by date). */
  onScreen?: boolean;
}

function ResultsTable({ results, areas, caption, captionId, onScreen }: TableProps) {
  // Printed tables are hidden on screen, so their rows may be tighter than
  // the screen's without a print-only class.
  const rowY = onScreen ? 'py-2' : 'py-1';
  // On screen the newest comes first, beside the step names: on a phone the
  // table scrolls sideways, and the latest result is the one a reader came
  // back for. Paper, which cannot scroll, keeps the order of the dates.
  const dates = onScreen ? [...results].reverse() : results;
  // On screen the step names stay in view while the dates scroll past them,
  // in at most 40% of the screen: with large text they took 256 of 338 px,
  // leaving a sliver of each date ("Mos"). Only there may a long word break
  // (at 225 % text); a date or a result breaks between words, never inside one.
  const stepCell = onScreen ? 'sticky left-0 bg-page max-w-[40vw] hyphens-auto wrap-anywhere' : '';
  return (
    <table
      class="min-w-full border-collapse text-base wrap-normal print:break-inside-avoid print:text-sm"
      data-results-table={onScreen ? '' : undefined}
      data-printed-results={onScreen ? undefined : ''}
    >
      {/* On screen the caption is shown above the box that scrolls sideways,
          where it stays in view; the table keeps it for screen readers. */}
      <caption id={captionId} class={onScreen ? 'sr-only' : 'mb-2 text-left font-bold'}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" class={`border-b border-rule ${rowY} pr-4 text-left ${stepCell}`}>
            Step
          </th>
          {dates.map((r) => (
            <th key={r.day} scope="col" class={`border-b border-rule px-2 ${rowY} text-left`}>
              <time dateTime={r.day}>{formatDay(r.day)}</time>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {areas.map((area) => (
          <tr key={area.chapter}>
            <th
              scope="row"
              class={`min-w-[min(8rem,40vw)] border-b border-rule/50 ${rowY} pr-4 text-left font-normal ${stepCell}`}
            >
              {area.title}
            </th>
            {dates.map((r) => {
              const score = r.scores[area.chapter];
              return (
                <td key={r.day} class={`border-b border-rule/50 px-2 ${rowY}`}>
                  {score === undefined ? 'Not answered' : labelForAverage(score)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  check: string;
  areas: AreaView[];
  /** Each statement's answers and step (its words are in the form above). */
  statements: StepStatement[];
}

export default function ResultsOverTime({ check, areas, statements }: Props) {
  useKeepResults(check, { kind: 'handbook', areas }, statements);
  const kept = useResults(check);
  const results = kept?.results ?? [];
  const LaterResults = useLaterResultsView(Boolean(kept?.later.length));
  const [status, setStatus] = useState('');
  /** The browser lets nothing be stored: no result can be kept, so the page must not say it is. */
  const [storageOff, setStorageOff] = useState(false);
  useEffect(() => setStorageOff(deviceStorage() === null), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const printGroups = Array.from(
    { length: Math.ceil(results.length / datesPerPrintedTable) },
    (_, i) => results.slice(i * datesPerPrintedTable, (i + 1) * datesPerPrintedTable),
  );

  const remove = (day: string) => {
    const ok = deleteKeptResult(check, day).ok;
    setStatus(ok ? `The result of ${formatDay(day)} was deleted.` : resultNotDeleted);
    heading.current?.focus();
  };

  // On paper, a section that says only "No result is kept yet" filled a sheet of its own.
  const nothingToPrint = results.length === 0 && !kept?.later.length && !kept?.notice;
  return (
    <section
      aria-labelledby="results-over-time"
      class={`mt-10 ${nothingToPrint ? 'print:hidden' : ''}`}
      data-results-over-time
    >
      {/* On paper the heading and its words go with the chart (which never
          splits), not alone at the foot of a sheet. */}
      <div class="print:break-inside-avoid">
        <h2 id="results-over-time" ref={heading} tabIndex={-1} class="text-2xl font-bold">
          Your results over time
        </h2>
        <p class="mt-2 text-base">
          {storageOff
            ? 'This browser is not letting the handbook keep anything, so no result can be kept here.'
            : 'Each time you answer every statement, the result is kept on this device with its date, one a day (a later check the same day replaces it). Come back in a week or a month to see what has changed.'}
        </p>
        {/* What was just done is for the screen, not for a printed sheet. */}
        <p role="status" aria-live="polite" class="mt-2 empty:sr-only print:hidden">
          {status}
        </p>
        {kept?.notice && (
          <p class="mt-3 border-l-4 border-avoid pl-3 text-base" data-results-unshown>
            {kept.notice}
          </p>
        )}
        {kept && LaterResults && <LaterResults check={check} later={kept.later} />}
        {kept && !kept.notice && results.length === 0 && kept.later.length === 0 && (
          <p class="mt-3 text-muted" data-no-results>
            No result is kept yet.
          </p>
        )}
        {results.length > 0 && (
          <figure class="mt-4">
            <ResultsChart
              results={results}
              areas={areas.map((a) => ({ chapter: a.chapter, title: a.title }))}
            />
            {/* Read after the chart as its caption; as its description too, it was heard twice. */}
            <figcaption class="mt-2 text-base text-muted">
              One band for each step: a marker low in its band means “Not yet”, high means “Always”.
              The table below has the same results in words.
            </figcaption>
          </figure>
        )}
      </div>
      {results.length > 0 && (
        <>
          <p class="mt-6 font-bold print:hidden" aria-hidden="true">
            {keptResultsTitle}
          </p>
          {results.length > 1 && (
            <p class="text-base text-muted sm:hidden print:hidden" aria-hidden="true">
              Earlier dates are to the right: slide the table sideways.
            </p>
          )}
          <div
            class="mt-2 overflow-x-auto print:hidden"
            role="region"
            aria-labelledby="results-table-caption"
            tabIndex={0}
          >
            <ResultsTable
              results={results}
              areas={areas}
              caption={keptResultsTitle}
              captionId="results-table-caption"
              onScreen
            />
          </div>
          {/* Paper cannot scroll sideways: at most five dates to a table, so
              every result prints, the newest last. */}
          <div class="mt-6 hidden space-y-6 print:block">
            {printGroups.map((group, i) => (
              <ResultsTable
                key={group[0]?.day}
                results={group}
                areas={areas}
                caption={`Your kept results, by date${printGroups.length > 1 ? ` (${i + 1} of ${printGroups.length})` : ''}`}
              />
            ))}
          </div>
          {/* Buttons are no use on paper. */}
          <h3 class="mt-6 text-xl font-bold print:hidden">Delete a kept result</h3>
          <ul class="mt-2 space-y-2 print:hidden" data-kept-results>
            {[...results].reverse().map((r) => (
              <li key={r.day} class="flex flex-wrap items-center gap-3" data-kept-result={r.day}>
                <span>{formatDay(r.day)}</span>
                <ConfirmDelete
                  what={`the result of ${formatDay(r.day)}`}
                  onConfirm={() => remove(r.day)}
                  buttonClass={button}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
