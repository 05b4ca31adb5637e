// The blind held-out query sets in e2e/fixtures/search/, read one way for
// the relevance benchmark (scripts/bench-search.mjs) and the relevance test
// (e2e/search-relevance.spec.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * @typedef {{ q: string; kind?: string; chapter: string; section: string }} Query
 * @returns {{ name: string; queries: Query[] }[]} every blind set, oldest first
 */
export function blindSets(folder = resolve('e2e/fixtures/search')) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /^held-out-blind-.*\.json$/.test(f))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(resolve(folder, name), 'utf8'));
      return { name, queries: Array.isArray(data) ? data : data.queries };
    });
}
