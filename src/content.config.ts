import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkContentFolders, contentFiles } from './lib/content/content-files';
import { chapterSchema, pageSchema } from './lib/content/schemas';
import { selfCheckSchema } from './lib/self-check/schema';
import { worksheetSchema } from './lib/worksheet/schema';

// All writing lives in the top-level content/ folder, outside src/. A file
// named so that a folder would skip it fails the build instead.
checkContentFolders();
const chapters = defineCollection({
  loader: glob({ pattern: contentFiles.chapters.pattern, base: contentFiles.chapters.folder }),
  schema: chapterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: contentFiles.pages.pattern, base: contentFiles.pages.folder }),
  schema: pageSchema,
});

// One printable worksheet per file; the file name is its address: /worksheets/<name>/.
const worksheets = defineCollection({
  loader: glob({ pattern: contentFiles.worksheets.pattern, base: contentFiles.worksheets.folder }),
  schema: worksheetSchema,
});

// One self-check per chapter (file named by chapter slug), plus handbook.yaml for /self-check/.
const selfChecks = defineCollection({
  loader: glob({ pattern: contentFiles.selfChecks.pattern, base: contentFiles.selfChecks.folder }),
  schema: selfCheckSchema,
});

export const collections = { chapters, pages, worksheets, selfChecks };
