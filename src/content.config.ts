import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './lib/content/schemas';
import { selfCheckSchema } from './lib/self-check/schema';
import { worksheetSchema } from './lib/worksheet/schema';

// All writing lives in the top-level content/ folder, outside src/.
const chapters = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

// One printable worksheet per file; the file name is its address: /worksheets/<name>/.
const worksheets = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/worksheets' }),
  schema: worksheetSchema,
});

// One self-check per chapter (file named by chapter slug), plus handbook.yaml for /self-check/.
const selfChecks = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/self-checks' }),
  schema: selfCheckSchema,
});

export const collections = { chapters, pages, worksheets, selfChecks };
