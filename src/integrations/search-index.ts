/**
 * After-build step: builds the Pagefind index of the handbook's main content
 * (chapters, worksheets, self-checks, situations), with each situation phrase
 * added to its section, and writes the word list used to fix misspellings.
 * Registered after handbook-build in astro.config.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readBuiltSite } from '../lib/build/built-site';
import { withBase } from '../lib/site/url';
import {
  countWords,
  htmlForIndex,
  phrasesForPage,
  situationPhrases,
} from '../lib/search/index-html';
import { wordListFile } from '../lib/search/settings';

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readBuiltSite(root).pages;
        const situationsPage = pages.find((p) => p.path === '/situations/');
        const phrases = situationsPage ? situationPhrases(situationsPage.html) : new Map();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const words = new Map<string, number>();
        let indexed = 0;
        for (const page of pages) {
          // Situation links carry the base; the index does not, as Pagefind
          // adds its own base URL (set in load-pagefind.ts) to every result.
          const linked = phrasesForPage(phrases, withBase(base, page.path));
          const prepared = htmlForIndex(page.html, page.path, linked);
          if (!prepared) continue;
          const added = await index.addHTMLFile({ url: page.path, content: prepared.html });
          if (added.errors.length > 0) {
            throw new Error(
              `${page.path}: Pagefind could not index it: ${added.errors.join('; ')}`,
            );
          }
          countWords(prepared.html, words);
          indexed++;
        }
        const outputPath = join(root, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(written.errors.join('; '));
        await pagefind.close();
        mkdirSync(outputPath, { recursive: true });
        const list = Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b)));
        writeFileSync(join(outputPath, wordListFile), JSON.stringify(list));
        logger.info(
          `${indexed} pages indexed, ${phrases.size} situation sections, ${words.size} words.`,
        );
      },
    },
  };
}
