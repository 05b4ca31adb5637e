/**
 * What the tests need to know about the offline copy in a built site: which
 * files the worker precaches, and which script files register it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The script file that registers the offline copy once the page is idle (it
 * also carries the search opener: src/lib/build/client-chunks.ts). Budgets
 * that forbid script files on plain pages allow it.
 */
export function isOfflineRegistrationScript(path: string): boolean {
  return /\/_astro\/OfflineRegister\.astro_[\w-]+\.[\w-]+\.js$/.test(path);
}

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * The precache list Workbox injects into sw.js, as JSON
 * (`{"revision":"…","url":"…"}`; a hashed file's revision is null).
 */
export function precacheEntries(swSource: string): PrecacheEntry[] {
  return [...swSource.matchAll(/\{"revision":(?:"([^"]*)"|null),"url":"([^"]+)"\}/g)].map((m) => ({
    url: m[2] ?? '',
    revision: m[1] ?? null,
  }));
}

/** The built file a precache URL stands for (`chapters/x/` → `chapters/x/index.html`). */
export function fileForEntry(url: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = url.startsWith(root) ? url.slice(root.length) : url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export function readPrecache(distDir: string): PrecacheEntry[] {
  return precacheEntries(readFileSync(join(distDir, 'sw.js'), 'utf8'));
}
