/**
 * Loads Pagefind and the handbook's word list at run time, once. They exist
 * only in the built site (under the base path), so they are fetched, never
 * bundled.
 */
import type { PagefindLike } from './engine';
import type { WordList } from './query';
import { wordListFile } from './settings';

export interface LoadedSearch {
  pagefind: PagefindLike;
  words: WordList;
}

let loading: Promise<LoadedSearch> | undefined;

/** `base` is the site's base path, e.g. `/` or `/handbook/`. */
export function loadSearch(base: string): Promise<LoadedSearch> {
  const root = base.endsWith('/') ? base : `${base}/`;
  loading ??= (async () => {
    const url = `${root}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindLike & {
      init?: () => Promise<void>;
    };
    await pagefind.init?.();
    let words: WordList = new Map();
    try {
      const response = await fetch(`${root}pagefind/${wordListFile}`);
      if (response.ok) {
        words = new Map(Object.entries((await response.json()) as Record<string, number>));
      }
    } catch {
      // Without the word list, search still works; it just cannot fix typing slips.
    }
    return { pagefind, words };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
