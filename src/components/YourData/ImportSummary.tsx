/**
 * What a chosen backup file would change, item by item, before anything
 * loads: the reader loads it or cancels. A backup kept over years holds
 * thousands of dated entries, so each list names the first SUMMARY_LINES.
 */
import type { ImportPlan, SkippedItem } from '../../lib/storage/backup-load';
import type { Backup } from '../../lib/storage/file-kinds';
import { describeKey, isSavedByChoice, type ItemTitles } from '../../lib/storage/saved-items';
import { plainButton as button } from '../Button/plain-button';
import type { BackupTools } from './backup-tools';

export interface PendingImport {
  fileName: string;
  backup: Backup;
  plan: ImportPlan;
  skipped: SkippedItem[];
  /** The file's keys, those loading changes first (the summary names the first SUMMARY_LINES). */
  order: string[];
  tools: BackupTools;
  /**
   * New items left out: nothing of such an item is here now, so loading
   * would bring back what was deleted here. Those deleted here after the
   * file was made (the plan's `deletedAfter`) start ticked; the reader
   * ticks any other deleted on purpose (before the note of deletions, or on
   * "Don't save", which leaves no note).
   */
  leftOut: ReadonlySet<string>;
  /**
   * Sheets saved only when the reader chooses (Full disclosure), by record
   * key: their "Don't save" is kept nowhere, so a file must not bring one
   * back, nor merge into one, unasked. Ticked to stay out at first.
   */
  unnoted: readonly string[];
}

/** Whether a key of the chosen file is a sheet saved only by choice (or a copy of one). */
export function byChoiceIn(pending: Pick<PendingImport, 'unnoted'>) {
  return (key: string) => isSavedByChoice(key, pending.unnoted);
}

/** The backup without the items the reader left out. */
export function withoutLeftOut(pending: PendingImport): Backup {
  const items = Object.fromEntries(
    Object.entries(pending.backup.items).filter(([key]) => !pending.leftOut.has(key)),
  );
  return { ...pending.backup, items };
}

const SUMMARY_LINES = 50;

/** "…and 3 more items", when a list was cut at SUMMARY_LINES. */
function MoreItems({ total }: { total: number }) {
  const more = total - SUMMARY_LINES;
  return more > 0 ? (
    <li class="text-muted">
      …and {more} more {more === 1 ? 'item' : 'items'}
    </li>
  ) : null;
}

export default function ImportSummary({
  pending,
  titles,
  onLoad,
  onCancel,
  onLeaveOut,
}: {
  pending: PendingImport;
  titles: ItemTitles;
  onLoad: () => void;
  onCancel: () => void;
  onLeaveOut: (key: string, leaveOut: boolean) => void;
}) {
  const adding = new Set(pending.plan.adding);
  const byChoice = byChoiceIn(pending);
  const tickable = new Set(pending.tools.tickable(pending.plan, byChoice));
  return (
    <div class="mt-4 rounded-sm border border-rule bg-panel p-4" data-import-summary>
      <p class="font-semibold">What “{pending.fileName}” would change</p>
      {adding.size > 0 && (
        <p class="mt-1 text-base">
          Items marked “new” are not saved on this device now. If you deleted one here on purpose,
          tick its “Leave out”.
          {pending.plan.deletedAfter.length > 0 &&
            ' Those you deleted after the file’s copy was saved are ticked already.'}
        </p>
      )}
      <ul class="mt-2 space-y-1">
        {pending.order.slice(0, SUMMARY_LINES).map((key) => {
          const item = describeKey(key, pending.backup.items[key] ?? '', titles);
          return (
            <li key={key}>
              {item.label}{' '}
              <span class="text-muted">
                ({pending.tools.importAction(pending.plan, key)}
                {tickable.has(key) &&
                  byChoice(key) &&
                  '; this sheet is saved only when you choose, so it is left out unless you untick “Leave out”'}
                )
              </span>
              {tickable.has(key) && (
                <label class="flex min-h-11 w-fit cursor-pointer items-center gap-2">
                  <input
                    type="checkbox"
                    class="size-5 shrink-0 accent-accent"
                    checked={pending.leftOut.has(key)}
                    onChange={(event) => onLeaveOut(key, event.currentTarget.checked)}
                    data-leave-out={key}
                  />
                  Leave out<span class="sr-only"> {item.label}</span>
                </label>
              )}
            </li>
          );
        })}
        <MoreItems total={pending.order.length} />
      </ul>
      {pending.skipped.length > 0 && (
        <div class="mt-4" data-import-skipped>
          <p class="font-semibold">
            Skipped: {pending.skipped.length} {pending.skipped.length === 1 ? 'item' : 'items'} in
            the file cannot be loaded
          </p>
          <ul class="mt-2 space-y-1">
            {pending.skipped.slice(0, SUMMARY_LINES).map((item, i) => (
              <li key={`${i}:${item.key}`}>
                {/* A record the handbook names (a damaged sheet, say) by its title. */}
                {item.key.startsWith('rt:') && pending.tools.isHandbookKey(item.key) ? (
                  describeKey(item.key, '', titles).label
                ) : (
                  <span class="font-mono text-base">{item.key}</span>
                )}{' '}
                {item.reason}
              </li>
            ))}
            <MoreItems total={pending.skipped.length} />
          </ul>
        </div>
      )}
      {/* The status at the top of the page says this too, but is far above on a phone. */}
      <p class="mt-4 font-semibold" data-import-count>
        {pending.tools.checkedBackupStatus(
          pending.backup,
          pending.plan,
          pending.skipped.length,
          pending.leftOut,
        )}
      </p>
      <div class="mt-4 flex flex-wrap gap-3">
        {pending.tools.itemsToLoad(pending.plan) > pending.leftOut.size && (
          <button type="button" class={button} onClick={onLoad} data-load-backup>
            Load these items
          </button>
        )}
        <button type="button" class={button} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
