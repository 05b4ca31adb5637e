/**
 * How the browser's JavaScript is split into files. Left to itself, Rollup
 * makes one file for every set of islands that shares code: seventeen small
 * files on a worksheet page, and each small file compresses badly on its own.
 * Grouping what always travels together gives a page a few larger files and
 * fewer bytes once gzipped (figures in the README's budget table).
 */
import type { Plugin } from 'vite';

/**
 * The file a module belongs to, or undefined to let Rollup decide (each
 * island's own code stays in the island's file).
 * - `site`: the two scripts every page runs (the search opener and the
 *   offline copy's registration).
 * - `islands`: what every island needs: Preact, Astro's hydration of it, the
 *   saved-record model, how a version 1 record upgrades, and the names of its
 *   two file kinds (left to Rollup, they joined the worksheet or self-check
 *   file and brought it onto /your-data/ and every worksheet), the
 *   dates every saved thing carries, asking before leaving unsaved answers,
 *   bringing a notice on screen (and its hook), the plain button's look and
 *   the safe choice of a delete question.
 * - `self-check`: the form both self-checks share, scoring and saved results
 *   (the self-checks and results over time, and how results kept for a day
 *   still to come are fetched: apart, a file of 0.2 KB; the same for a
 *   chapter's list to delete one result, whose own hook stays with chapters).
 * - `worksheet`: answers, rows and saving (a sheet and its dated entries),
 *   how a sheet tells its entry bar whether it is saving, and which entry
 *   the address opens.
 * - `entries`: the dated entries of a sheet, also named on "Your data".
 */
export function clientChunkFor(id: string): string | undefined {
  const path = id.replaceAll('\\', '/');
  if (/\/src\/components\/(Search\/search-opener|OfflineUpdate\/offline-register)\.ts$/.test(path))
    return 'site';
  if (/\/src\/components\/(Search\/SearchForm|OfflineUpdate\/OfflineRegister)\.astro\?/.test(path))
    return 'site';
  if (/\/src\/lib\/offline\/register\.ts$/.test(path)) return 'site';
  // Signals load only when a prop is a signal, which none is: they stay apart.
  if (/\/node_modules\/(preact|@astrojs\/preact)\//.test(path) && !/signals/.test(path))
    return 'islands';
  if (
    /\/src\/lib\/storage\/(records|live-record|field-record|storage|file-kinds|version-1)\.ts$/.test(
      path,
    )
  )
    return 'islands';
  if (
    /\/src\/lib\/(browser\/(download-text|restored-by-browser|hydrate-island|leave-guard|load-on-demand|bring-into-view)|progress\/dates)\.ts$/.test(
      path,
    )
  )
    return 'islands';
  // Shared by islands of every kind; left to Rollup it would join the first
  // group that imports it (self-check) and drag that group onto other pages.
  if (
    /\/src\/components\/(Button\/plain-button|AskFirst\/safe-choice|ReasonInView\/reason-in-view)\.ts$/.test(
      path,
    )
  )
    return 'islands';
  // A chapter's list of earlier results: only chapters show it.
  if (/\/src\/lib\/self-check\/earlier-result\.ts$/.test(path)) return undefined;
  if (/\/src\/lib\/self-check\//.test(path)) return 'self-check';
  if (/\/src\/lib\/progress\/results\.ts$/.test(path)) return 'self-check';
  if (
    /\/src\/components\/ResultsOverTime\/(use-results|keep-result|later-results-view|view-on-demand)\.ts$/.test(
      path,
    )
  )
    return 'self-check';
  if (/\/src\/components\/SelfCheck\/SelfCheckForm\.tsx$/.test(path)) return 'self-check';
  // Loading a file back is fetched on its own, when the reader chooses one.
  if (/\/src\/lib\/worksheet\/transfer-load\.ts$/.test(path)) return undefined;
  // What the entries page lists stays with that page, off every worksheet.
  if (/\/src\/lib\/worksheet\/kept-entries\.ts$/.test(path)) return undefined;
  if (/\/src\/lib\/worksheet\//.test(path)) return 'worksheet';
  // The sheet telling its entry bar how it saves, and which entry both work
  // on: only on worksheet pages, where apart they were a file of 0.2 KB.
  if (/\/src\/components\/SheetEntries\/(sheet-saving|entry-slug)\.ts$/.test(path))
    return 'worksheet';
  // Dated entries: named apart, or Rollup puts them in the worksheet file and
  // "Your data", which names entries, fetches the whole of it.
  if (/\/src\/lib\/progress\/entries\.ts$/.test(path)) return 'entries';
  return undefined;
}

/** Applies `clientChunkFor` to the browser build only; the server build keeps Astro's own chunks. */
export function clientChunks(): Plugin {
  return {
    name: 'handbook:client-chunks',
    config(_config, env) {
      if (env.isSsrBuild) return undefined;
      return { build: { rollupOptions: { output: { manualChunks: clientChunkFor } } } };
    },
  };
}
