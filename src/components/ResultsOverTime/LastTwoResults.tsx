/**
 * A chapter's self-check: the latest kept result beside the one before it,
 * and every earlier one in a list that opens.
 * Part of the chapter's self-check island (ChapterSelfCheckIsland), not an island of its own.
 */
import { formatDay } from '../../lib/progress/dates';
import { lastTwo, type DatedResult } from '../../lib/progress/results';
import { labelForAverage } from '../../lib/self-check/scale';
import { earlierResultText } from '../../lib/self-check/earlier-result';
import type { BandView, StatementView } from '../../lib/self-check/scoring';
import { useState } from 'preact/hooks';
import { useDeleteResultsView } from './delete-results-view';
import { useKeepResults } from './keep-result';
import { useLaterResultsView } from './later-results-view';
import { useResults } from './use-results';

interface Props {
  check: string;
  statements: StatementView[];
  bands: BandView[];
}

/** A list that opens, as the earlier results and the Delete list are. */
const opensClass = 'inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold';
const OpensArrow = () => (
  <span aria-hidden="true" class="group-open:rotate-180">
    ▾
  </span>
);

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
  // Open while the reader deletes, so the last result going does not take
  // the list (and the word that it went) away with it.
  const [deleting, setDeleting] = useState(false);
  const DeleteResults = useDeleteResultsView(deleting);
  const later = kept && LaterResults && <LaterResults check={check} later={kept.later} />;
  // The later results keep one place whether or not a latest one shows, so
  // the first real result kept does not start them afresh (focus, message).
  return (
    <>
      {last && (
        <div class="mt-6 print:break-inside-avoid" data-last-results>
          <h3 class="text-xl font-bold">Your last results</h3>
          <div class="mt-2 grid gap-3 sm:grid-cols-2">
            <Result title="Latest" result={last} check={check} />
            {previous ? (
              <Result title="The time before" result={previous} check={check} />
            ) : (
              <p class="self-center text-base text-muted print:hidden">
                Answer every statement again on another day to see the two side by side.
              </p>
            )}
          </div>
          {earlier.length > 0 && (
            <details class="group mt-3 print:hidden" data-earlier-results>
              <summary class={opensClass}>
                {`Your earlier results (${earlier.length})`}
                <OpensArrow />
              </summary>
              <ul class="mt-1 space-y-1">
                {earlier.map((r) => (
                  <li key={r.day}>{earlierResultText(r, check)}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {(results.length > 0 || deleting) && (
        <details
          class="group mt-3 print:hidden"
          data-delete-results
          onToggle={(event) => setDeleting(event.currentTarget.open)}
        >
          <summary class={opensClass}>
            Delete a kept result
            <OpensArrow />
          </summary>
          {DeleteResults && (
            <DeleteResults
              check={check}
              results={[...results].reverse()}
              describe={(r) => earlierResultText(r, check)}
            />
          )}
        </details>
      )}
      {unshown}
      {later}
    </>
  );
}
