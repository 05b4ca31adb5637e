#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse 12 (mobile, its default) against the
// built site served on localhost. Three runs a page; prints the median of each
// category score and of LCP, TBT and CLS. A benchmark: it never fails on scores.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from './browser.mjs';

const pages = [
  '/',
  '/chapters/tell-the-whole-truth/',
  firstWorksheet(),
  '/self-check/',
  '/search/',
];
const runs = Number(process.env.RUNS ?? 3);
const port = Number(process.env.PORT ?? 4395);
const out = 'bench-results/lighthouse';
const chrome = findBrowser() ?? process.env.CHROME_PATH;

function firstWorksheet() {
  try {
    const html = readFileSync('dist/worksheets/index.html', 'utf8');
    const match = /href="(\/worksheets\/[^"/]+\/)"/.exec(html);
    return match ? match[1] : '/worksheets/';
  } catch {
    return '/worksheets/';
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 600));

const rows = [];
try {
  for (const path of pages) {
    const results = [];
    for (let run = 1; run <= runs; run++) {
      const file = join(out, `${path.replace(/\W+/g, '_')}-${run}.json`);
      const result = spawnSync(
        'npx',
        [
          'lighthouse',
          `http://localhost:${port}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${file}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        {
          env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      if (result.status !== 0) {
        console.error(`Lighthouse failed on ${path}: ${result.stderr.toString().slice(-400)}`);
        continue;
      }
      const report = JSON.parse(readFileSync(file, 'utf8'));
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: report.audits['largest-contentful-paint'].numericValue,
        tbt: report.audits['total-blocking-time'].numericValue,
        cls: report.audits['cumulative-layout-shift'].numericValue,
      });
    }
    if (results.length === 0) continue;
    const pick = (key) => median(results.map((r) => r[key]));
    rows.push({
      page: path,
      perf: pick('performance'),
      a11y: pick('accessibility'),
      'best-pr.': pick('bestPractices'),
      seo: pick('seo'),
      'LCP ms': Math.round(pick('lcp')),
      'TBT ms': Math.round(pick('tbt')),
      CLS: Number(pick('cls').toFixed(3)),
      runs: results.length,
    });
  }
} finally {
  server.kill();
}
console.log(
  `Lighthouse 12, mobile, median of ${runs} runs per page (${new Date().toISOString().slice(0, 10)}):`,
);
console.table(rows);
const perfect = rows.filter(
  (r) => r.perf === 100 && r.a11y === 100 && r['best-pr.'] === 100 && r.seo === 100,
);
console.log(
  `${perfect.length} of ${rows.length} pages score 100 in every category (the aim is all).`,
);
