/**
 * After-build step: builds the Pagefind index from the parsed pages that mark
 * a search kind, with each chapter's situation phrases added to their
 * sections, plus the custom records `searchRecords()` gives (reader phrasings
 * per section); writes the word list used to fix misspellings; then takes
 * the index's own marks off the pages. Pagefind is always closed, even when
 * indexing fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { AfterBuildStep } from '../lib/build/pipeline';
import type { CompiledMarkdown } from '../lib/markdown/remark-section-ids';
import {
  countWords,
  dropIndexMarks,
  htmlForIndex,
  indexedText,
  situationPhrasesByPage,
} from '../lib/search/index-html';
import { searchRecords, type SearchRecord } from '../lib/search/records';
import { wordListFile } from '../lib/search/settings';

export interface SearchIndexOptions {
  /** The output folder on disk. */
  root: string;
  /** Every MDX file the build compiled, as the remark plugin saw it. */
  compiled: () => Iterable<CompiledMarkdown>;
  /** Custom records to add beside the pages (defaults to the reader phrasings, `searchRecords`). */
  records?: () => SearchRecord[];
}

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`);
}

export function searchIndexStep(options: SearchIndexOptions): AfterBuildStep {
  return {
    name: 'search index',
    async run(build) {
      const phrases = situationPhrasesByPage(options.compiled());
      const records = options.records?.() ?? searchRecords(options.compiled());
      const words = new Map<string, number>();
      let indexed = 0;
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      try {
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const page of build.pages) {
          const sectionPhrases = phrases.get(page.path) ?? new Map<string, string[]>();
          const prepared = htmlForIndex(page, sectionPhrases);
          if (!prepared) continue;
          // The index holds paths without the base; load-pagefind.ts adds it.
          const added = await index.addHTMLFile({ url: page.path, content: prepared.html });
          failOn(added.errors, `${page.path}: Pagefind could not index it`);
          countWords(indexedText(page.tree), words);
          for (const list of sectionPhrases.values()) countWords(list.join(' '), words);
          indexed++;
        }
        for (const record of records) {
          const added = await index.addCustomRecord(record);
          failOn(added.errors, `${record.url}: Pagefind could not index the search record`);
          countWords(record.content, words);
        }
        const outputPath = join(options.root, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        failOn(written.errors, 'Pagefind could not write the index');
        mkdirSync(outputPath, { recursive: true });
        const list = Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b)));
        writeFileSync(join(outputPath, wordListFile), JSON.stringify(list));
        // Indexed: the marks only the index reads are no use in a reader's browser.
        for (const page of build.pages) dropIndexMarks(page.tree);
      } finally {
        await pagefind.close();
      }
      const sections = [...phrases.values()].reduce((n, m) => n + m.size, 0);
      return `${indexed} pages and ${records.length} records indexed, ${sections} situation sections, ${words.size} words`;
    },
  };
}
