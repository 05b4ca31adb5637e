/** Reads the built site from disk as pages and files, for the after-build checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from './link-check';

export interface BuiltSite {
  pages: BuiltPage[];
  files: Set<string>;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** `index.html` → `/`, `about/index.html` → `/about/`, `404.html` → `/404.html`. */
export function sitePathOf(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function readBuiltSite(dir: string): BuiltSite {
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const file of walk(dir)) {
    const path = sitePathOf(relative(dir, file));
    if (file.endsWith('.html')) pages.push({ path, html: readFileSync(file, 'utf8') });
    else files.add(path);
  }
  return { pages, files };
}
