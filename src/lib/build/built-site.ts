/**
 * Reads the built site from disk, once: every HTML page parsed into a tree
 * (hast, by a spec-following HTML parser) and the site paths of every other
 * file. After-build steps work on the trees; `writeSitePages` writes each page
 * back once at the end.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** A built page as text, for tests that read the output. */
export interface BuiltPage {
  /** Site path of the page without the base, e.g. `/chapters/x/`. */
  path: string;
  html: string;
}

/** A built page as a tree, for the after-build steps. */
export interface SitePage {
  /** Site path of the page without the base, e.g. `/chapters/x/`. */
  path: string;
  /** Where it is on disk. */
  file: string;
  tree: Root;
}

export interface BuiltSite {
  pages: BuiltPage[];
  files: Set<string>;
}

export interface SiteTrees {
  pages: SitePage[];
  /** Every file that is not a page, as a site path: `/favicon.svg`. */
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

export function parsePage(path: string, html: string, file = ''): SitePage {
  return { path, file, tree: fromHtml(html) };
}

export function readSiteTrees(dir: string): SiteTrees {
  const pages: SitePage[] = [];
  const files = new Set<string>();
  for (const file of walk(dir)) {
    const path = sitePathOf(relative(dir, file));
    if (file.endsWith('.html')) pages.push(parsePage(path, readFileSync(file, 'utf8'), file));
    else files.add(path);
  }
  return { pages, files };
}

/**
 * A page's HTML from its tree: script and style text exactly as parsed (so
 * their hashes hold), attribute quotes chosen to need the fewest escapes.
 * The result is a little smaller than what Astro wrote.
 */
export function serializePage(tree: Root): string {
  return toHtml(tree, {
    allowDangerousCharacters: true,
    quoteSmart: true,
    characterReferences: { useShortestReferences: true },
  });
}

export function writeSitePages(pages: readonly SitePage[]): void {
  for (const page of pages) writeFileSync(page.file, serializePage(page.tree));
}
