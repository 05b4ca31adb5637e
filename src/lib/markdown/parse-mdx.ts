/**
 * Parses a handbook MDX file outside the build (readability checks, unit
 * tests) the way the build reads it: remark with MDX and frontmatter, after
 * the same `{#id}` escape the build's Vite plugin applies (heading-ids.ts).
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeHeadingIds } from './heading-ids';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

export function parseMdx(source: string): Root {
  return parser.parse(escapeHeadingIds(source));
}
