#!/usr/bin/env node
// Search relevance benchmark: runs every query in scripts/search-queries.json
// in Chromium against the built site, with the same code the search box uses,
// and prints the share of queries whose chapter is in the top 3 pages and at
// the top, whose section is shown, the queries with no result, and the time
// per search. It also runs stock Pagefind on the raw query, for comparison.
// Never fails on speed; exits 1 only if the site is missing or a run breaks.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, findBrowser } from './browser.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.BENCH_PORT ?? 4341);
const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const queries = JSON.parse(readFileSync(resolve('scripts/search-queries.json'), 'utf8'));

if (!existsSync(resolve(dist, 'pagefind/pagefind.js'))) {
  console.log(`No search index in ${dist}: building the site first.`);
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (built.status !== 0) process.exit(1);
}

// The same engine the search box runs, bundled for the page.
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: false,
    lib: { entry: resolve('src/lib/search/bench-entry.ts'), formats: ['iife'], name: 'bench' },
  },
});
const code = (Array.isArray(bundle) ? bundle[0] : bundle).output[0].code;

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, DIST_DIR: dist, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((done, fail) => {
  server.stdout.once('data', done);
  server.once('exit', () => fail(new Error('The server stopped.')));
});

const executablePath = findBrowser();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: chromiumArgs,
});
try {
  // The bench adds its own script to the page, which the site's policy would block.
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`http://localhost:${port}${basePath}search/`);
  await page.addScriptTag({ content: code });
  const run = (list) =>
    page.evaluate(async ({ list, base }) => window.benchSearch(list, base), {
      list,
      base: basePath,
    });
  // One warm-up, so the first timed search does not pay for loading Pagefind.
  await run([{ q: 'warm up', chapter: '', section: '' }]);
  const report = (name, rows) => {
    const n = rows.length;
    const pct = (k) => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;
    const top3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length;
    const top1 = rows.filter((r) => r.rank === 1).length;
    const sections = rows.filter((r) => r.sectionShown).length;
    const empty = rows.filter((r) => r.results === 0);
    const times = rows.map((r) => r.ms).sort((a, b) => a - b);
    const median = times[Math.floor(n / 2)] ?? 0;
    const p95 = times[Math.min(n - 1, Math.floor(n * 0.95))] ?? 0;
    const stockTop3 = rows.filter((r) => r.stockRank >= 1 && r.stockRank <= 3).length;
    const stockEmpty = rows.filter((r) => r.stockResults === 0).length;
    console.log(`\n${name}: ${n} queries`);
    console.log(`  chapter in top 3 pages   ${pct(top3)}`);
    console.log(`  chapter at top 1         ${pct(top1)}`);
    console.log(`  section shown (top 3)    ${pct(sections)}`);
    console.log(
      `  queries with no result   ${empty.length}${empty.length ? `: ${empty.map((r) => r.q).join(' | ')}` : ''}`,
    );
    console.log(
      `  time per search          median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    );
    console.log(`  stock Pagefind, raw query: top 3 ${pct(stockTop3)}, no result ${stockEmpty}`);
    const misses = rows.filter((r) => !(r.rank >= 1 && r.rank <= 3) || !r.sectionShown);
    for (const r of misses) {
      console.log(
        `  miss: "${r.q}" → want ${r.chapter}#${r.section}, page rank ${r.rank || '-'}, got ${r.top.join(', ') || 'nothing'}`,
      );
    }
    return { top3: top3 / n, empty: empty.length };
  };
  const tuned = report('Tuned queries', await run(queries.tuned));
  const heldOut = report('Held-out queries (never tuned on)', await run(queries.heldOut));
  const aimMet = tuned.top3 >= 0.95 && tuned.empty === 0;
  console.log(
    `\nAim (at least 95% in the top 3, no query without a result): ${aimMet ? 'met' : 'NOT met'} on tuned queries; held out ${(100 * heldOut.top3).toFixed(1)}% top 3, ${heldOut.empty} empty.`,
  );
} finally {
  await browser.close();
  server.kill();
}
