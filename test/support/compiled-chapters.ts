/**
 * The chapters as the build's content pipeline sees them, for unit tests that
 * cannot run a build: each MDX file goes through the same `{#id}` escape and
 * the same remark plugin (remark-section-ids.ts) the build uses, and its
 * frontmatter is handed over the way Astro hands it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from '../../src/lib/markdown/parse-mdx';
import remarkSectionIds, { type CompiledMarkdown } from '../../src/lib/markdown/remark-section-ids';

export function compiledChapters(root = process.cwd()): CompiledMarkdown[] {
  return compiledFolder(join(root, 'content/chapters'));
}

/** The chapters and the pages (help, about), as the build compiles them. */
export function compiledContent(root = process.cwd()): CompiledMarkdown[] {
  return [...compiledChapters(root), ...compiledFolder(join(root, 'content/pages'))];
}

function compiledFolder(folder: string): CompiledMarkdown[] {
  const compiled: CompiledMarkdown[] = [];
  const plugin = unified().use(remarkSectionIds, {
    onCompiled: (file: CompiledMarkdown) => compiled.push(file),
  });
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const path = join(folder, name);
    const tree = parseMdx(readFileSync(path, 'utf8'));
    const yaml = tree.children.find((node) => node.type === 'yaml');
    const file = new VFile({ path });
    file.data = { astro: { frontmatter: yaml ? parseYaml(yaml.value) : {} } };
    plugin.runSync(tree, file);
  }
  return compiled;
}
