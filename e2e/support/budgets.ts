/**
 * Weight budgets a page must hold, and how the end-to-end tests weigh a page.
 * Bytes are exact, so tests enforce them; timings are not, so they live in
 * the benchmarks instead.
 */
import { gzipSync } from 'node:zlib';

export const budgets = {
  /**
   * A chapter page, empty cache, everything it loads until the network is idle.
   * Held at what the page weighs now (19.4 KB: HTML 10.1, CSS 7.0, offline
   * registration and search opener 2.0) so it cannot grow unseen; issue 16's
   * aim of 15 KB is not reached yet (see the README).
   */
  chapterFirstVisitGzip: 20 * 1024,
  chapterRequests: 7,
  /**
   * JavaScript a page has fetched once settled (scrolled to the end, every
   * island hydrated, the network idle). The aim is 15 KB for each; these are
   * today's weights rounded up, so any growth fails the test.
   */
  settledScriptGzip: {
    chapter: 16 * 1024,
    worksheet: 21 * 1024,
    'self-check': 21 * 1024,
    'your data': 19 * 1024,
    search: 15 * 1024,
  },
  /** The one stylesheet the whole site shares. */
  siteCssGzip: 12 * 1024,
} as const;

export interface LoadedFile {
  url: string;
  type: string;
  bytes: Uint8Array;
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export interface PageWeight {
  requests: number;
  totalGzip: number;
  scriptGzip: number;
  files: { url: string; type: string; gzip: number }[];
}

export function weighPage(files: LoadedFile[]): PageWeight {
  const weighed = files.map((f) => ({ url: f.url, type: f.type, gzip: gzipSize(f.bytes) }));
  return {
    requests: weighed.length,
    totalGzip: weighed.reduce((sum, f) => sum + f.gzip, 0),
    scriptGzip: weighed.filter((f) => f.type === 'script').reduce((sum, f) => sum + f.gzip, 0),
    files: weighed.sort((a, b) => b.gzip - a.gzip),
  };
}

/** A readable list of a page's files, largest first, for a failing budget's message. */
export function describeWeight(page: string, weight: PageWeight): string {
  const rows = weight.files.map(
    (f) => `  ${(f.gzip / 1024).toFixed(1)} KB gzip  ${f.type.padEnd(10)} ${f.url}`,
  );
  return `${page}: ${weight.requests} requests, ${(weight.totalGzip / 1024).toFixed(1)} KB gzip in total, ${(weight.scriptGzip / 1024).toFixed(1)} KB of it script\n${rows.join('\n')}`;
}
