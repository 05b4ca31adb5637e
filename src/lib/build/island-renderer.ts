/**
 * In the browser build, islands wake through the handbook's own copy of the
 * Preact client (src/lib/browser/hydrate-island.ts) instead of
 * `@astrojs/preact/client.js`: the same steps without signal props. The
 * server build and `astro dev` keep Astro's own.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const astroPreactClient = '@astrojs/preact/client.js';
export const handbookIslandClient = fileURLToPath(
  new URL('../browser/hydrate-island.ts', import.meta.url),
);

export function islandRenderer(): Plugin {
  let browserBuild = false;
  return {
    name: 'handbook:island-renderer',
    enforce: 'pre',
    config(_config, env) {
      browserBuild = env.command === 'build' && !env.isSsrBuild;
    },
    resolveId(id) {
      return browserBuild && id === astroPreactClient ? handbookIslandClient : null;
    },
  };
}
