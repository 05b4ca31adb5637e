/**
 * Settings for the service worker and web app manifest, passed to
 * `@vite-pwa/astro` in astro.config.mjs. Workbox does all the caching; this
 * file only says which built files to keep for reading offline.
 */
import type { PwaOptions } from '@vite-pwa/astro';

/** Brand colours, also in public/favicon.svg and the theme-color meta tags. */
export const brandColour = '#0b5d57';
export const pageColour = '#fbfaf7';

/**
 * What the site loads, and nothing else: every page, the stylesheet and
 * island scripts, and the parts of the Pagefind index that search fetches.
 * Pagefind's own UI bundles and its web worker (search runs with
 * `noWorker`, see src/lib/search/load-pagefind.ts) are never loaded, so they
 * are left out.
 */
export const precachePatterns = [
  '**/*.html',
  '_astro/*.{js,css}',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/*.pf_index',
  'pagefind/fragment/*.pf_fragment',
  'pagefind/filter/*.pf_filter',
  'pagefind/handbook-words.json',
  'favicon.svg',
  '*.png',
];

export const precacheIgnores = ['**/node_modules/**', 'sw.js', 'workbox-*.js'];

/** The page the offline copy shows for an address it does not hold (sw.ts). */
export const notFoundFile = '404.html';

/**
 * The address the worker keeps a built file under: a page by its address
 * (`chapters/x/index.html` → `chapters/x/`, `index.html` → the base), any
 * other file by its name. Replaces @vite-pwa/astro's own rule, which lists
 * 404.html as `404/`: an address that does not exist, whose failed download
 * would stop the worker from installing at all.
 */
export function offlineAddress(file: string, base: string): string {
  const path = file.replace(/^\//, '');
  if (path === 'index.html') return base.endsWith('/') ? base : `${base}/`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The precache must stay small enough for a phone on a poor connection.
 * 1.5 MiB until 2026-11-27, when it held 1.49 (160 files) and 344 reader
 * phrasings, with each section's first sentence for search, grew the index
 * by 20 KiB, past it (1.51): 1.6 MiB since.
 */
export const precacheLimitBytes = 1.6 * 1024 * 1024;

/**
 * The app's icons, made from public/favicon.svg by `npm run icons` and kept
 * in public/ (made once, not on every build). Their paths are relative to
 * the manifest, so they follow BASE_PATH.
 */
export const manifestIcons = [
  { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
  { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
  { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

export interface OfflineSettings {
  /** The site's base path, e.g. `/` or `/handbook/`. */
  base: string;
  /** False (OFFLINE=0) for a host that cannot serve a service worker. */
  enabled: boolean;
}

/** True unless the environment turns the offline copy off with OFFLINE=0 (or false/off/no). */
export function offlineEnabled(value: string | undefined): boolean {
  return !/^(0|false|off|no)$/i.test((value ?? '').trim());
}

export function pwaOptions({ base, enabled }: OfflineSettings): PwaOptions {
  return {
    // A worker that removes itself: readers who had the offline copy lose it
    // cleanly, and no page registers a new one.
    selfDestroying: !enabled,
    // Our own small worker (sw.ts) built by Vite: generateSW
    // bundled Workbox with Rollup on every build, about 1.5 s of it.
    strategies: 'injectManifest',
    srcDir: 'src/lib/offline',
    filename: 'sw.ts',
    // The reader decides when to reload, so old pages never meet new files.
    registerType: 'prompt',
    // The layout loads its own small script (src/components/OfflineUpdate/).
    injectRegister: false,
    manifest: {
      name: 'Rebuilding Trust',
      short_name: 'Rebuilding Trust',
      description: "A handbook for earning back your partner's trust after you cheated.",
      lang: 'en-GB',
      start_url: base,
      scope: base,
      id: base,
      display: 'standalone',
      background_color: pageColour,
      theme_color: brandColour,
      icons: manifestIcons,
    },
    injectManifest: {
      manifestTransforms: [
        (entries) => ({
          manifest: entries.map((entry) => ({ ...entry, url: offlineAddress(entry.url, base) })),
          warnings: [],
        }),
      ],
      globPatterns: precachePatterns,
      globIgnores: precacheIgnores,
      maximumFileSizeToCacheInBytes: precacheLimitBytes,
    },
  };
}
