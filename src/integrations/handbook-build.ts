/**
 * The handbook's build steps around Astro's own:
 * - while MDX compiles, the remark plugin (registered in astro.config.mjs with
 *   `recordCompiled`) hands over each chapter's sections and frontmatter;
 * - after the build, one pipeline reads and parses every page once, runs the
 *   steps below in this order, and writes every page and file once.
 * Kept here so `astro build` alone gives a complete, checked site.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteTrees, writeSitePages } from '../lib/build/built-site';
import {
  linkCheckStep,
  runSteps,
  sitemapStep,
  type AfterBuild,
  type AfterBuildStep,
} from '../lib/build/pipeline';
import { cspStep } from '../lib/csp/csp-step';
import type { CompiledMarkdown } from '../lib/markdown/remark-section-ids';
import { searchIndexStep } from './search-index-step';

/** Every MDX file compiled in this process, by file path (the last compile wins). */
const compiled = new Map<string, CompiledMarkdown>();

/** Pass as the remark plugin's `onCompiled`. */
export function recordCompiled(file: CompiledMarkdown): void {
  compiled.set(file.file, file);
}

export default function handbookBuild(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'handbook-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'http://localhost';
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { pages, files } = readSiteTrees(root);
        const build: AfterBuild = {
          site,
          base,
          pages,
          files,
          outputs: new Map(),
          readFile: (path) => {
            const file = join(root, path);
            return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
          },
        };
        // The order matters: the index reads the pages as built; the link
        // check sees the sitemap; the policy hashes the pages' final scripts.
        const steps: AfterBuildStep[] = [
          searchIndexStep({ root, compiled: () => compiled.values() }),
          sitemapStep,
          linkCheckStep,
          cspStep,
        ];
        await runSteps(build, steps, (line) => logger.info(line));
        for (const [path, text] of build.outputs) writeFileSync(join(root, path), text);
        writeSitePages(pages);
      },
    },
  };
}
