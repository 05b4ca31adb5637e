/**
 * The benchmark's entry in the browser (bundled by bundle-engine.mjs for
 * `npm run bench:search` and e2e/search-relevance.spec.ts):
 * runs each query through the search box's own engine and reports where the
 * expected chapter and section came, next to stock Pagefind on the raw query.
 */
import { searchHandbook, useRanking } from '../../src/lib/search/engine';
import { loadSearch } from '../../src/lib/search/load-pagefind';

export interface BenchQuery {
  q: string;
  chapter: string;
  section: string;
}

export interface BenchRow extends BenchQuery {
  rank: number;
  sectionShown: boolean;
  results: number;
  /** The engine said nothing matched well (the UI then offers the situations list). */
  weak: boolean;
  top: string[];
  ms: number;
  stockRank: number;
  stockResults: number;
}

async function benchSearch(
  queries: BenchQuery[],
  base: string,
  options: { ranking?: Record<string, unknown> } = {},
): Promise<BenchRow[]> {
  const { pagefind, words } = await loadSearch(base);
  if (options.ranking) await useRanking(pagefind, options.ranking);
  const rows: BenchRow[] = [];
  const chapterUrl = (slug: string) => `${base}chapters/${slug}/`;
  for (const query of queries) {
    const started = performance.now();
    const outcome = await searchHandbook(pagefind, query.q, { words });
    const ms = performance.now() - started;
    const index = outcome.pages.findIndex((p) => p.url === chapterUrl(query.chapter));
    const hit = outcome.pages[index];
    const inTop3 = index >= 0 && index < 3;
    const stock = await pagefind.search(query.q);
    const stockPages = await Promise.all((stock?.results ?? []).slice(0, 3).map((r) => r.data()));
    // A phrasing record (`/chapters/x/#id`) counts for its chapter.
    const stockIndex = stockPages.findIndex(
      (p) => p.url.split('#')[0] === chapterUrl(query.chapter),
    );
    rows.push({
      ...query,
      rank: index + 1,
      sectionShown: inTop3 && !!hit?.sections.some((s) => s.url.endsWith(`#${query.section}`)),
      results: outcome.pages.length,
      weak: outcome.weak,
      top: outcome.pages
        .slice(0, 3)
        .map(
          (p) =>
            `${p.url.replace(`${base}chapters/`, '').replace(/\/$/, '')}#${p.sections[0]?.url.split('#')[1] ?? ''}`,
        ),
      ms,
      stockRank: stockIndex + 1,
      stockResults: stock?.results.length ?? 0,
    });
  }
  return rows;
}

(window as unknown as { benchSearch: typeof benchSearch }).benchSearch = benchSearch;
