/**
 * The chapters as the build's content pipeline sees them, for unit tests that
 * cannot run a build: each MDX file goes through the same `{#id}` escape and
 * the same remark plugin (remark-section-ids.ts) the build uses, and its
 * frontmatter is handed over the way Astro hands it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { escapeHeadingIds } from '../../src/lib/markdown/heading-ids';
import remarkSectionIds, { type CompiledMarkdown } from '../../src/lib/markdown/remark-section-ids';

export function compiledChapters(root = process.cwd()): CompiledMarkdown[] {
  const folder = join(root, 'content/chapters');
  const compiled: CompiledMarkdown[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkMdx)
    .use(remarkSectionIds, { onCompiled: (file: CompiledMarkdown) => compiled.push(file) });
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const path = join(folder, name);
    const file = new VFile({ path, value: escapeHeadingIds(readFileSync(path, 'utf8')) });
    const tree = processor.parse(file) as Root;
    const yaml = tree.children.find((node) => node.type === 'yaml');
    file.data = { astro: { frontmatter: yaml ? parseYaml(yaml.value) : {} } };
    processor.runSync(tree, file);
  }
  return compiled;
}
