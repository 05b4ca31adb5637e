/**
 * Deleting one of a chapter's kept results (a check answered on a bad day,
 * or by someone else on a shared device), each with its own Delete. Part of
 * a chapter's results, fetched only when the reader opens "Delete a kept
 * result" (delete-results-view.ts), not an island of its own.
 */
import { useRef, useState } from 'preact/hooks';
import { formatDay } from '../../lib/progress/dates';
import { resultNotDeleted } from '../../lib/progress/results';
import { plainButton as button } from '../Button/plain-button';
import ConfirmDelete from '../SavedItemDelete/ConfirmDelete';
import type { DeleteResultsProps } from './delete-results-view';
import { deleteKeptResult } from './keep-result';

export default function DeleteResults({ check, results, describe }: DeleteResultsProps) {
  const [status, setStatus] = useState('');
  const said = useRef<HTMLParagraphElement>(null);
  const remove = (day: string) => {
    setStatus(
      deleteKeptResult(check, day).ok
        ? `The result of ${formatDay(day)} was deleted. It does not come back.`
        : resultNotDeleted,
    );
    // Its Delete has gone (or its question has): focus goes to what happened,
    // each time, even when the same words are said again.
    setTimeout(() => said.current?.focus());
  };
  return (
    <div class="mt-2 text-base" data-delete-results-list>
      <ul class="space-y-2 empty:hidden">
        {results.map((r) => (
          <li key={r.day} class="flex flex-wrap items-center gap-3" data-result-to-delete={r.day}>
            <span>{describe(r)}</span>
            <ConfirmDelete
              what={`the result of ${formatDay(r.day)}`}
              onConfirm={() => remove(r.day)}
              buttonClass={button}
            />
          </li>
        ))}
      </ul>
      <p ref={said} tabIndex={-1} class="mt-2 empty:hidden" data-delete-results-said>
        {status}
      </p>
    </div>
  );
}
