/**
 * A script a page loads later, when the reader reaches for it, by its own URL.
 * Vite wraps every `import('./x')` in a helper that preloads x's imports: 0.6 KB
 * gzip on every page that could load one (search, reading a backup or answers
 * file, results kept with a clock set ahead). Importing
 * `virtual:lazy-script/./x` instead gives the built file's URL: Rollup emits x
 * as a file of its own, with its exports kept, and the page imports that URL
 * plainly.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const prefix = 'virtual:lazy-script/';
const resolvedPrefix = '\0lazy-script:';

/** The module that names the script's URL, in the browser build or the dev server. */
export function lazyScriptModule(
  file: string,
  place: { mode: 'build'; fileRef: string } | { mode: 'dev'; base: string; root: string },
): string {
  if (place.mode === 'build') return `export default import.meta.ROLLUP_FILE_URL_${place.fileRef};`;
  const path = relative(place.root, file).replaceAll('\\', '/');
  const url = path.startsWith('..') ? `@fs/${file.replaceAll('\\', '/').replace(/^\//, '')}` : path;
  return `export default ${JSON.stringify(`${place.base.replace(/\/?$/, '/')}${url}`)};`;
}

export function lazyScripts(): Plugin {
  let build = false;
  let ssr = false;
  let base = '/';
  let root = process.cwd();
  return {
    name: 'handbook:lazy-scripts',
    config(_config, env) {
      build = env.command === 'build';
      ssr = Boolean(env.isSsrBuild);
    },
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    async resolveId(id, importer) {
      if (!id.startsWith(prefix)) return null;
      const target = await this.resolve(id.slice(prefix.length), importer);
      if (!target) this.error(`${id}: no such script (imported from ${importer ?? 'nowhere'})`);
      return `${resolvedPrefix}${target.id}`;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      const file = id.slice(resolvedPrefix.length);
      // The server build never runs a page's scripts: it needs no file for it.
      if (ssr) return 'export default "";';
      if (!build) return lazyScriptModule(file, { mode: 'dev', base, root });
      const fileRef = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'exports-only' });
      return lazyScriptModule(file, { mode: 'build', fileRef });
    },
  };
}
