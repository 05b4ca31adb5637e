/**
 * Results kept for a day still to come (the device's clock was set ahead):
 * said apart from the others, each with its own Delete. Part of the results
 * a chapter or /self-check/ shows, fetched only when there is one
 * (later-results-view.ts), not an island of its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDay } from '../../lib/progress/dates';
import { laterResultsNotice } from '../../lib/progress/later-results';
import { resultNotDeleted } from '../../lib/progress/results';
import { plainButton as button } from '../Button/plain-button';
import ConfirmDelete from '../SavedItemDelete/ConfirmDelete';
import { deleteKeptResult } from './keep-result';
import type { LaterResultsProps } from './later-results-view';

export default function LaterResults({ check, later }: LaterResultsProps) {
  const [status, setStatus] = useState('');
  const said = useRef<HTMLParagraphElement>(null);
  // Its Delete has gone with it: focus goes to what happened, read once.
  useEffect(() => {
    if (status) said.current?.focus();
  }, [status]);
  if (later.length === 0 && !status) return null;
  const remove = (day: string) =>
    setStatus(
      deleteKeptResult(check, day).ok
        ? `The result kept for ${formatDay(day)} was deleted.`
        : resultNotDeleted,
    );
  return (
    <div class="mt-3 border-l-4 border-avoid pl-3 text-base print:hidden" data-later-results>
      {later.length > 0 && <p>{laterResultsNotice(later)}</p>}
      <ul class="mt-2 space-y-2 empty:hidden">
        {later.map((r) => (
          <li key={r.day} class="flex flex-wrap items-center gap-3" data-later-result={r.day}>
            <span>{formatDay(r.day)}</span>
            <ConfirmDelete
              what={`the result kept for ${formatDay(r.day)}`}
              onConfirm={() => remove(r.day)}
              buttonClass={button}
            />
          </li>
        ))}
      </ul>
      <p ref={said} tabIndex={-1} class="empty:hidden" data-later-said>
        {status}
      </p>
    </div>
  );
}
