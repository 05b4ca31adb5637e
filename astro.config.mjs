// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import AstroPWA from '@vite-pwa/astro';
import { defineConfig } from 'astro/config';
import { clientDirectives } from './src/integrations/client-directives.ts';
import handbookBuild, { recordCompiled } from './src/integrations/handbook-build.ts';
import { clientChunks } from './src/lib/build/client-chunks.ts';
import { islandRenderer } from './src/lib/build/island-renderer.ts';
import { lazyScripts } from './src/lib/build/lazy-script.ts';
import { headingIdSyntax } from './src/lib/markdown/heading-id-syntax.ts';
import remarkSectionIds from './src/lib/markdown/remark-section-ids.ts';
import { offlineEnabled, pwaOptions } from './src/lib/offline/pwa-options.ts';

// Deploy settings come from the environment so one build fits any static host:
// SITE_URL is the public address (canonical links, sitemap); BASE_PATH serves
// the handbook under a sub-path such as /handbook/.
const site = process.env.SITE_URL ?? 'https://rebuilding-trust.example.org';
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR lets several builds run side by side (each with its own cache): a
// folder name inside the project, such as dist-b (an absolute path leaves the
// server build's files in it and no offline copy).
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: outDir === 'dist' ? './node_modules/.astro' : `./node_modules/.astro-${outDir}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Prefetching would fetch pages the reader never asked for.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // The handbook has no code to colour: without this, Shiki's highlighter is
    // still loaded for the first page (about 0.12 s a build, measured alone).
    syntaxHighlight: false,
    // Section ids from `{#id}`; each file's sections reach the after-build search index.
    remarkPlugins: [[remarkSectionIds, { base, onCompiled: recordCompiled }]],
  },
  // handbookBuild runs the after-build pipeline (search index, sitemap, link
  // check, Content-Security-Policy), in the order it declares.
  // The offline copy (service worker) comes after everything that writes
  // pages or the search index, so it lists the finished files. OFFLINE=0
  // leaves it out for hosts that cannot serve a worker (see README).
  integrations: [
    mdx(),
    // The Preact plugin compiles JSX with Babel, which costs about 0.7 s of
    // CPU a build and, in a production build, does nothing esbuild does not
    // (measured: every page the same, scripts within a few bytes). So Babel
    // skips every file and esbuild compiles the JSX (`vite.esbuild` below).
    // The cost: in `astro dev`, an edited island reloads the page instead of
    // keeping its state (Prefresh needs Babel).
    preact({ exclude: [/./] }),
    clientDirectives(),
    handbookBuild(),
    AstroPWA(pwaOptions({ base, enabled: offlineEnabled(process.env.OFFLINE) })),
  ],
  vite: {
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [headingIdSyntax(), tailwindcss(), clientChunks(), lazyScripts(), islandRenderer()],
  },
});
