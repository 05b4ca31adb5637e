/**
 * `client:wakeWhenKept`: an island that wakes as soon as the page loads when
 * this device keeps one of its records, and otherwise as `client:visible`
 * does. A chapter's self-check wakes only when scrolled near, so a reader
 * coming back who printed the chapter at once got their answers on paper
 * (print-answers.js) but not their result or their earlier results; a first
 * visit, with nothing kept, still fetches nothing until the check is near.
 */
import type { ClientDirective } from 'astro';
import { keptOnDevice } from './kept-on-device';

export interface WakeWhenKept {
  /** Full storage keys (`rt:…`) of the records the island shows. */
  keys: string[];
  /** As `client:visible`'s: how far ahead of the screen it wakes. */
  rootMargin?: string;
}

const wakeWhenKept: ClientDirective = (load, options, el) => {
  const wake = async () => (await load())();
  const { keys, rootMargin } = options.value as unknown as WakeWhenKept;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage off: as client:visible.
  }
  if (keptOnDevice(storage, keys)) {
    void wake();
    return;
  }
  const watch = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      watch.disconnect();
      void wake();
    },
    rootMargin === undefined ? {} : { rootMargin },
  );
  for (const child of el.children) watch.observe(child);
};

export default wakeWhenKept;
