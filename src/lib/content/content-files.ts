/**
 * The file names each content folder takes. A file that matches none (a
 * chapter without its NN- prefix, a sheet saved as .yml, a draft .md) would
 * be left out of the build without a word, or, beside a file of the same
 * name, stand in for it: the build fails instead, naming the file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const contentFiles = {
  chapters: {
    folder: 'content/chapters',
    pattern: '[0-9][0-9]-*.mdx',
    matches: /^\d\d-[^/]+\.mdx$/,
  },
  pages: { folder: 'content/pages', pattern: '*.mdx', matches: /^[^/]+\.mdx$/ },
  worksheets: { folder: 'content/worksheets', pattern: '*.yaml', matches: /^[^/]+\.yaml$/ },
  selfChecks: { folder: 'content/self-checks', pattern: '*.yaml', matches: /^[^/]+\.yaml$/ },
} as const;

/** Each file in `names` (one folder's listing) its folder does not take, with what it should be. */
export function strayFiles(folder: keyof typeof contentFiles, names: readonly string[]): string[] {
  const { folder: path, pattern, matches } = contentFiles[folder];
  return names
    .filter((name) => !name.startsWith('.') && !matches.test(name))
    .map((name) => `${path}/${name}: not read, as files here are named ${pattern}`);
}

/** Throws, naming every stray file, when a content folder holds one. */
export function checkContentFolders(root = '.'): void {
  const problems = (Object.keys(contentFiles) as (keyof typeof contentFiles)[]).flatMap((folder) =>
    strayFiles(folder, readdirSync(join(root, contentFiles[folder].folder))),
  );
  if (problems.length > 0)
    throw new Error(`Content files the build would skip:\n${problems.join('\n')}`);
}
