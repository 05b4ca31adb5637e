/**
 * The reader's "Don't save this sheet on this device" choice, passed to the
 * same sheet open in other tabs, so that a tab left open does not write back
 * what the reader has just removed. Told with a BroadcastChannel, never
 * stored: the choice is about keeping nothing of the sheet on the device.
 */

const channelName = 'rt-saving-choice';

export interface SavingChoice {
  /** The sheet's record key (`worksheet:<slug>`). */
  key: string;
  notSaving: boolean;
}

export function isSavingChoice(data: unknown): data is SavingChoice {
  if (typeof data !== 'object' || data === null) return false;
  const { key, notSaving } = data as Record<string, unknown>;
  return typeof key === 'string' && typeof notSaving === 'boolean';
}

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  } catch {
    return null;
  }
}

/** Tells the sheet's other tabs what the reader chose here. */
export function tellSavingChoice(choice: SavingChoice): void {
  const channel = openChannel();
  channel?.postMessage(choice);
  channel?.close();
}

/** Calls `onChoice` when the reader changes the choice for `key` in another tab. */
export function watchSavingChoice(key: string, onChoice: (notSaving: boolean) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent) => {
    if (isSavingChoice(event.data) && event.data.key === key) onChoice(event.data.notSaving);
  };
  return () => channel.close();
}
