/**
 * A chapter's self-check: the latest kept result beside the one before it,
 * and every earlier one in a list that opens.
 * Part of the chapter's self-check island (ChapterSelfCheckIsland), not an island of its own.
 */
import { formatDay } from '../../lib/progress/dates';
import { lastTwo, type DatedResult } from '../../lib/progress/results';
import { labelForAverage } from '../../lib/self-check/scale';
import type { BandView, StatementView } from '../../lib/self-check/scoring';
import { useKeepResults } from './keep-result';
import { useLaterResultsView } from './later-results';
import { useResults } from './use-results';

interface Props {
  check: string;
  statements: StatementView[];
  bands: BandView[];
}

function Result({ title, result, check }: { title: string; result: DatedResult; check: string }) {
  const score = result.scores[check];
  return (
    <div class="rounded-sm border border-rule bg-page p-3" data-kept-result={result.day}>
      <p class="text-sm font-semibold text-muted">{title}</p>
      <p class="font-semibold">
        <time dateTime={result.day}>{formatDay(result.day)}</time>
      </p>
      {result.band && <p>{result.band}</p>}
      {score !== undefined && (
        <p class="text-base text-muted">{`On average: ${labelForAverage(score)}`}</p>
      )}
    </div>
  );
}

export default function LastTwoResults({ check, statements, bands }: Props) {
  useKeepResults(check, { kind: 'chapter', bands }, statements);
  const kept = useResults(check);
  const results = kept?.results ?? [];
  const { last, previous } = lastTwo(results);
  // Older than the two side by side, newest first: kept, so never out of sight.
  const earlier = results.slice(0, -2).reverse();
  // Results this page cannot show are said, never left to look like none.
  const unshown = kept?.notice && (
    <p class="mt-3 border-l-4 border-avoid pl-3 text-base" data-results-unshown>
      {kept.notice}
    </p>
  );
  const LaterResults = useLaterResultsView(Boolean(kept?.later.length));
  const later = kept && LaterResults && <LaterResults check={check} later={kept.later} />;
  if (!last)
    return (
      <>
        {unshown}
        {later}
      </>
    );
  return (
    <div class="mt-6" data-last-results>
      <h3 class="text-xl font-bold">Your last results</h3>
      <div class="mt-2 grid gap-3 sm:grid-cols-2">
        <Result title="Latest" result={last} check={check} />
        {previous ? (
          <Result title="The time before" result={previous} check={check} />
        ) : (
          <p class="self-center text-base text-muted">
            Answer every statement again on another day to see the two side by side.
          </p>
        )}
      </div>
      {earlier.length > 0 && (
        <details class="mt-3 print:hidden" data-earlier-results>
          <summary class="inline-flex min-h-11 cursor-pointer items-center font-semibold">
            {`Your earlier results (${earlier.length})`}
          </summary>
          <ul class="mt-1 space-y-1">
            {earlier.map((r) => {
              const score = r.scores[check];
              const average = score === undefined ? [] : [`on average: ${labelForAverage(score)}`];
              return (
                <li key={r.day}>
                  <time dateTime={r.day}>{formatDay(r.day)}</time>
                  {`: ${[r.band ?? [], average].flat().join(', ')}`}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {unshown}
      {later}
    </div>
  );
}
