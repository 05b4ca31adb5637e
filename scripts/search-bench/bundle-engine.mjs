// The search box's own engine, bundled as one script a test page can add:
// the relevance benchmark (scripts/bench-search.mjs) and the relevance test
// (e2e/search-relevance.spec.ts) both run it, so they measure the same code.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = fileURLToPath(new URL('./bench-entry.ts', import.meta.url));

/** @returns {Promise<string>} a script that defines `window.benchSearch`. */
export async function bundleSearchEngine() {
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'bench' } },
  });
  const output = Array.isArray(bundle) ? bundle[0] : bundle;
  const code = output && 'output' in output ? output.output[0]?.code : undefined;
  if (!code) throw new Error('The search engine did not bundle.');
  return code;
}
