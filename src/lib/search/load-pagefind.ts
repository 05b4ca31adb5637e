/**
 * Loads Pagefind and the handbook's word list at run time, once. They exist
 * only in the built site (under the base path), so they are fetched, never
 * bundled.
 */
import type { PagefindLike } from './engine';
import type { WordList } from './query';
import { pagefindExcerptWords, wordListFile } from './settings';

export interface LoadedSearch {
  pagefind: PagefindLike;
  words: WordList;
}

let loading: Promise<LoadedSearch> | undefined;

async function loadWords(url: string): Promise<WordList> {
  try {
    const response = await fetch(url);
    if (response.ok)
      return new Map(Object.entries((await response.json()) as Record<string, number>));
  } catch {
    // Without the word list, search still works; it just cannot fix typing slips.
  }
  return new Map();
}

/** `base` is the site's base path, e.g. `/` or `/handbook/`. */
export function loadSearch(base: string): Promise<LoadedSearch> {
  const root = base.endsWith('/') ? base : `${base}/`;
  loading ??= (async () => {
    // Both start at once: the word list is small, and waiting for one after
    // the other would add a round trip before the first results.
    const words = loadWords(`${root}pagefind/${wordListFile}`);
    // A URL in a variable, not a literal: Vite would wrap a literal in its
    // preload helper, which would then travel on every page (lazy-script.ts).
    const pagefindScript = `${root}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ pagefindScript)) as PagefindLike & {
      init?: () => Promise<void>;
      options?: (options: {
        baseUrl: string;
        noWorker?: boolean;
        excerptLength?: number;
      }) => Promise<void>;
    };
    // The index holds paths without the base; results get it added here.
    // Search runs on the page: for an index this small, Pagefind's web worker
    // would only double the script a reader downloads (12 KB gzip more).
    // Excerpts come long and are cut to length once index-only text is out (rank.ts).
    await pagefind.options?.({
      baseUrl: root,
      noWorker: true,
      excerptLength: pagefindExcerptWords,
    });
    await pagefind.init?.();
    return { pagefind, words: await words };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
