import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './lib/content/schemas';

// All writing lives in the top-level content/ folder, outside src/.
const chapters = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { chapters, pages };
