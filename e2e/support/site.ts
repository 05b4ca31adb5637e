/** What the end-to-end tests know about the built site in dist/. */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { readBuiltSite } from '../../src/lib/build/built-site';
import { chapterSlug } from '../../src/lib/chapters/chapters';

export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

/** Every built HTML page as a site path, e.g. `/chapters/be-patient/`. */
export function builtPagePaths(): string[] {
  return readBuiltSite(distDir)
    .pages.map((p) => p.path)
    .filter((p) => p !== '/404.html')
    .sort();
}

/** Chapter pages in reading order, from the NN-slug.mdx file names. */
export function chapterPaths(): string[] {
  return readdirSync(resolve('content/chapters'))
    .filter((f) => /^\d\d-.+\.mdx$/.test(f))
    .sort()
    .map((f) => `/chapters/${chapterSlug(f.replace(/\.mdx$/, ''))}/`);
}

/**
 * Records what a page does that a reader must never see: console errors,
 * uncaught exceptions, and requests to any other origin.
 */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.push(`request left the origin: ${request.url()}`);
  });
  return problems;
}

/**
 * Holds back every script matching `pattern` until the returned function is
 * called: a slow phone, where the reader acts before the page's script wakes.
 */
export async function holdScript(page: Page, pattern: string): Promise<() => void> {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}

/**
 * Prints the page to a PDF at `path` and returns the text of each printed
 * sheet, in order (poppler's pdftotext; it ends every page, the last too,
 * with a form feed).
 */
export async function printedSheets(
  page: Page,
  format: 'A4' | 'Letter',
  path: string,
): Promise<string[]> {
  writeFileSync(path, await page.pdf({ format }));
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}
