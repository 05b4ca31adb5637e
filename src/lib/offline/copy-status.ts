/**
 * Whether the offline copy is complete on this device, said on Your data so
 * that a reader about to lose their connection knows before they count on
 * it. Workbox caches every file while its worker installs, and a worker only
 * becomes active once that has succeeded: an active worker means a complete
 * copy.
 */

export type OfflineCopyState = 'complete' | 'making' | 'none';

/** The parts of `navigator.serviceWorker` this module reads (easy to fake in tests). */
export interface CopyContainerLike {
  /** Settles once a worker is active, which may be never. */
  ready: Promise<unknown>;
  getRegistration(): Promise<
    { active: unknown; installing: unknown; waiting: unknown } | undefined
  >;
}

export const offlineCopyWords: Record<OfflineCopyState, string> = {
  complete: 'The copy on this device is complete: every page opens without a connection.',
  making:
    'The copy is still being made. Stay online a little longer: this line will say when it is complete.',
  // Said too when the connection dropped while the copy was being made: the
  // worker is then dropped, and the next page opened online begins again.
  none: 'This browser is not keeping a copy now, so the handbook needs a connection. If the connection dropped while it was being made, it starts again when you next open a page online; some private windows do not allow one at all.',
};

export interface WatchOptions {
  /** How long to wait before looking again (the copy is made after the page has loaded and the browser is idle). */
  wait?: number;
  schedule?: (look: () => void, ms: number) => void;
}

/**
 * Tells `say` the copy's state, and again each time it changes, until it is
 * complete or plainly not being made. No container (the browser has no
 * service workers, or refuses them here) says "none" at once; a copy not yet
 * begun is "making" for one `wait`, as the page registers it late.
 */
export function watchOfflineCopy(
  container: CopyContainerLike | undefined,
  say: (state: OfflineCopyState) => void,
  { wait = 15_000, schedule = (look, ms) => setTimeout(look, ms) }: WatchOptions = {},
): void {
  if (!container) {
    say('none');
    return;
  }
  let complete = false;
  let said: OfflineCopyState | undefined;
  const tell = (state: OfflineCopyState) => {
    if (state !== said) say(state);
    said = state;
  };
  void container.ready.then(() => {
    complete = true;
    tell('complete');
  });
  const look = (first: boolean) => {
    container.getRegistration().then(
      (registration) => {
        if (complete || registration?.active) return;
        // A worker installing or installed is the copy on its way; none at
        // all after a wait (or one that failed and was dropped) is no copy.
        if (registration?.installing || registration?.waiting || first) {
          tell('making');
          schedule(() => look(false), wait);
        } else tell('none');
      },
      () => tell('none'),
    );
  };
  look(true);
}
