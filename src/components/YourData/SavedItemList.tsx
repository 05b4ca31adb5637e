/**
 * What the handbook saved on this device, as "Your data" lists it: each
 * item with when it last changed and a button to delete it, an item no page
 * can open with a way to read it, and the recovery copies kept aside.
 */
import DeleteOne from '../SavedItemDelete/DeleteOne';
import {
  answersInCopy,
  describeTime,
  foldEntries,
  parseRecoveryKey,
  recoveryFileName,
  type ItemTitles,
  type SavedItem,
} from '../../lib/storage/saved-items';
import { downloadText } from '../../lib/browser/download-text';
import { plainButton as button } from '../Button/plain-button';
import { deviceStorage } from '../../lib/storage/storage';
import { loadPutBackTools } from './put-back-tools';
import { useEffect, useRef, useState } from 'preact/hooks';
import { watchPageReturn } from '../../lib/storage/records';
import type { CopyHolds } from '../../lib/storage/put-back';

/** A saved item's text exactly as stored, to read in any text editor. */
function DownloadCopy({ item }: { item: SavedItem }) {
  return (
    <button
      type="button"
      class={button}
      onClick={() => downloadText(recoveryFileName(item.key), item.raw, 'text/plain')}
    >
      Download this copy<span class="sr-only">: {item.label}</span>
    </button>
  );
}

export default function SavedItemList({
  records,
  titles,
  listedWhole,
  copiesBelow,
  onDeleted,
}: {
  records: SavedItem[];
  titles: ItemTitles;
  /** Recovery copies are kept: "nothing is saved" would not be true. */
  copiesBelow: boolean;
  /** False when the browser would not let the list be read whole: then "nothing saved" is never said. */
  listedWhole: boolean;
  /** After one item is deleted, with what to say. */
  onDeleted: (message: string) => void;
}) {
  const savedItem = (item: SavedItem) => (
    <li key={item.key} data-key={item.key}>
      <span class="font-semibold">{item.label}</span>
      {item.kind !== 'theme' && (
        <span class="text-muted"> · last changed {describeTime(item.changedAt)}</span>
      )}
      {item.unopenable && (
        <div
          class="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2 border-l-4 border-avoid pl-3"
          data-unopenable
        >
          {item.unopenable === 'newer' ? (
            'Saved by a newer version of the handbook: reload this page to open it.'
          ) : (
            <>
              Damaged: no page can open it. Download a copy to read it in any text editor.
              <DownloadCopy item={item} />
            </>
          )}
        </div>
      )}
      <DeleteOne
        itemKey={item.key}
        label={item.label}
        onDeleted={onDeleted}
        noted={!item.leavesNoNote}
      />
    </li>
  );
  return (
    <>
      {records.length === 0 ? (
        listedWhole && (
          <p class="mt-3" data-saved-empty>
            {copiesBelow
              ? 'Only recovery copies (below) are saved here.'
              : 'Nothing is saved on this device.'}
          </p>
        )
      ) : (
        <ul class="mt-3 space-y-2" data-saved-items>
          {foldEntries(records, titles).map((row) =>
            'sheet' in row ? (
              <li key={`${row.sheet}…`} data-saved-entries={row.sheet}>
                <details class="group">
                  <summary class="inline-flex min-h-11 cursor-pointer items-center font-semibold">
                    <span>
                      {`${row.sheet}, ${row.items.length} dated entries`}{' '}
                      <span aria-hidden="true" class="inline-block group-open:rotate-180">
                        ▾
                      </span>
                    </span>
                  </summary>
                  <ul class="mt-1 space-y-2 pl-4">{row.items.map(savedItem)}</ul>
                </details>
              </li>
            ) : (
              savedItem(row)
            ),
          )}
        </ul>
      )}
    </>
  );
}

/**
 * One recovery copy: when it holds answers a page can read, "Put these
 * answers back" fills the boxes that are empty in its record now, and says
 * beside the copy what it did (the status at the top may be off screen).
 */
function RecoveryCopy({
  item,
  onDeleted,
  onPutBack,
}: {
  item: SavedItem;
  onDeleted: (message: string) => void;
  onPutBack: () => void;
}) {
  const [said, setSaid] = useState('');
  const busy = useRef(false);
  const label = item.copyOf ?? item.label;
  // Back or Forward to this page: what was done before may no longer be so.
  useEffect(() => watchPageReturn(() => setSaid('')), []);
  const putBack = async (holds: CopyHolds) => {
    // A second press while the first is under way would say "nothing" over what it did.
    if (busy.current) return;
    busy.current = true;
    // Emptied first, so the same words said again are heard again.
    setSaid('');
    await new Promise((drawn) => setTimeout(drawn));
    const tools = await loadPutBackTools();
    setSaid(
      tools
        ? tools.putBackMessage(
            tools.putBackCopy(deviceStorage(), {
              key: item.key,
              recordKey: parseRecoveryKey(item.key).recordKey,
              answersIn: answersInCopy,
            }),
            label,
            holds,
          )
        : 'This page could not fetch what it needs to put the copy back, so nothing was changed. Reload the page and try again.',
    );
    busy.current = false;
    if (tools) onPutBack();
  };
  return (
    <li data-key={item.key}>
      <div class="flex flex-wrap items-center gap-3">
        <span>
          <span class="font-semibold">{item.label}</span>
          <span class="text-muted"> · set aside {describeTime(item.changedAt)}</span>
        </span>
        {item.putBack && (
          <button
            type="button"
            class={button}
            onClick={() => void putBack(item.putBack as CopyHolds)}
            data-put-back
          >
            Put these {item.putBack} back<span class="sr-only">: {label}</span>
          </button>
        )}
        <DownloadCopy item={item} />
        <DeleteOne
          itemKey={item.key}
          label={item.label}
          onDeleted={onDeleted}
          noted={!item.leavesNoNote}
          inRow
        />
      </div>
      <p role="status" class="mt-1 empty:sr-only" data-put-back-said>
        {said}
      </p>
    </li>
  );
}

/**
 * Copies kept aside so that nothing the reader wrote is lost: records that
 * could not be opened whole, and answers set aside before being written over.
 */
export function RecoveryCopies({
  recoveries,
  onDeleted,
  onPutBack,
}: {
  recoveries: SavedItem[];
  onDeleted: (message: string) => void;
  /** Answers were put back: what is saved now has changed. */
  onPutBack: () => void;
}) {
  if (recoveries.length === 0) return null;
  return (
    <section aria-labelledby="recovery-copies" class="mt-8" data-recovery-copies>
      <h3 id="recovery-copies" class="text-xl font-bold">
        Recovery copies
      </h3>
      <p class="mt-2">
        Kept so that nothing you wrote is lost. “Put these answers back” fills only the boxes and
        lines that are empty now, cleared ones too. It never replaces what you wrote since. You can
        also download a copy to read in any text editor.
      </p>
      <ul class="mt-3 space-y-3">
        {recoveries.map((item) => (
          <RecoveryCopy key={item.key} item={item} onDeleted={onDeleted} onPutBack={onPutBack} />
        ))}
      </ul>
    </section>
  );
}
