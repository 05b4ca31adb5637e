import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  budgets,
  describeWeight,
  gzipSize,
  weighPage,
  type LoadedFile,
} from '../src/lib/budgets/budgets';
import { readBuiltSite } from '../src/lib/build/built-site';
import { isOfflineRegistrationScript } from '../src/lib/offline/built-files';
import { builtPagePaths, chapterPaths, distDir } from './support/site';

for (const path of chapterPaths()) {
  test(`${path} stays within its weight budget on a first visit`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files: LoadedFile[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => {
            files.push({
              url: new URL(response.url()).pathname,
              type: response.request().resourceType(),
              bytes: body,
            });
          })
          .catch(() => undefined),
      );
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await context.close();
    const weight = weighPage(files);
    const report = describeWeight(path, weight);
    expect(weight.requests, report).toBeLessThanOrEqual(budgets.chapterRequests);
    expect(weight.totalGzip, report).toBeLessThanOrEqual(budgets.chapterTotalGzip);
    expect(weight.scriptGzip, report).toBeLessThanOrEqual(budgets.chapterScriptGzip);
  });
}

test('the whole site shares one stylesheet within its budget', () => {
  const cssFiles = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css'));
  expect(cssFiles, `stylesheets built: ${cssFiles.join(', ')}`).toHaveLength(1);
  const css = readFileSync(join(distDir, '_astro', cssFiles[0] ?? ''));
  const size = gzipSize(css);
  expect(size, `_astro/${cssFiles[0]} is ${(size / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(
    budgets.siteCssGzip,
  );
  for (const page of readBuiltSite(distDir).pages) {
    const links = [...page.html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
    expect(links, `${page.path} stylesheets`).toHaveLength(1);
    expect(links[0], page.path).toContain(cssFiles[0]);
    // Astro's one-line rule for island wrappers is the only inline style allowed.
    const ownStyles = page.html.replace(
      '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>',
      '',
    );
    expect(ownStyles, `${page.path} has inline styles`).not.toMatch(/<style[\s>]/);
  }
});

test('a page without islands runs no JavaScript but the theme script', async ({ browser }) => {
  const site = readBuiltSite(distDir);
  const plain = site.pages.filter(
    (p) => !p.html.includes('<astro-island') && p.path !== '/404.html',
  );
  expect(plain.map((p) => p.path)).toContain('/about/');
  for (const { path, html } of plain) {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    // The offline copy's registration (src/components/OfflineUpdate/) is the one allowed file.
    const external = scripts.filter(
      (m) =>
        /\ssrc=/.test(m[1] ?? '') &&
        !isOfflineRegistrationScript(/\ssrc="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? ''),
    );
    expect(
      external.map((m) => m[0]),
      `${path} loads a script file`,
    ).toEqual([]);
    const inline = scripts.filter((m) => !/type="application\/(ld\+)?json"/.test(m[1] ?? ''));
    expect(inline.length, `${path} inline scripts`).toBe(1);
    expect(inline[0]?.[2], path).toContain('rt-theme');
  }
  // And in a real page load no script file is fetched.
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/about/', { waitUntil: 'networkidle' });
  expect(scripts.filter((url) => !isOfflineRegistrationScript(new URL(url).pathname))).toEqual([]);
  await context.close();
});

test('every page loads at most one stylesheet and no web font', () => {
  for (const path of builtPagePaths()) {
    const html = readBuiltSite(distDir).pages.find((p) => p.path === path)?.html ?? '';
    expect(html, path).not.toMatch(/\.(woff2?|ttf|otf)\b/);
  }
});
