import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readSiteTrees } from '../src/lib/build/built-site';
import { isOfflineRegistrationScript } from '../src/lib/offline/built-files';
import { budgets, describeWeight, gzipSize, weighPage, type LoadedFile } from './support/budgets';
import { hydrateIslands } from './support/exercise';
import { chapterPaths, distDir } from './support/site';

const site = readSiteTrees(distDir);
/**
 * Every worksheet is weighed: sheets differ in what they load (a dated sheet
 * adds its entry bar and entries code; a sheet that asks before saving, its
 * question), so weighing one would let another grow unseen.
 */
const worksheetPaths = site.pages
  .map((p) => p.path)
  .filter((p) => /^\/worksheets\/[^/]+\/$/.test(p))
  .sort();
/** A sheet kept once a day or week: it has a page listing its entries. */
const isDated = (path: string) => site.pages.some((p) => p.path === `${path}entries/`);
/** The chapter whose page as sent is heaviest: its first visit is the one to hold. */
const heaviestChapter =
  chapterPaths()
    .map((path) => ({ path, gzip: gzipSize(readFileSync(join(distDir, path, 'index.html'))) }))
    .sort((a, b) => b.gzip - a.gzip)[0]?.path ?? '/chapters/';

/**
 * Opens `path` in a fresh browser (empty cache) and records every response.
 * `settle` wakes every island, as a reader who scrolls through the whole
 * page would, then waits until nothing more is fetched.
 */
async function visit(browser: Browser, path: string, settle: boolean): Promise<LoadedFile[]> {
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
  if (settle) {
    // Every island woken (a jump to the end would skip those in the middle),
    // then scrolled to the end until nothing more is fetched.
    await hydrateIslands(page);
    let seen = -1;
    while (seen !== pending.length) {
      seen = pending.length;
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(750);
      await page.waitForLoadState('networkidle');
    }
  }
  await Promise.all(pending);
  await context.close();
  return files;
}

test(`the first visit to a chapter (${heaviestChapter}) stays within ${budgets.chapterFirstVisitGzip / 1024} KB gzip`, async ({
  browser,
}) => {
  const weight = weighPage(await visit(browser, heaviestChapter, false));
  const report = describeWeight(heaviestChapter, weight);
  console.log(report);
  expect(weight.requests, report).toBeLessThanOrEqual(budgets.chapterRequests);
  expect(weight.totalGzip, report).toBeLessThanOrEqual(budgets.chapterFirstVisitGzip);
});

for (const [kind, path] of [
  ['chapter', heaviestChapter],
  ...worksheetPaths.map((p) => [isDated(p) ? 'dated worksheet' : 'worksheet', p] as const),
  ['self-check', '/self-check/'],
  ['your data', '/your-data/'],
  ['search', '/search/'],
] as const) {
  const limit = budgets.settledScriptGzip[kind];
  test(`a ${kind} page (${path}) fetches at most ${limit / 1024} KB gzip of JavaScript once settled`, async ({
    browser,
  }) => {
    const files = await visit(browser, path, true);
    const weight = weighPage(files.filter((f) => f.type === 'script'));
    const report = describeWeight(path, weight);
    console.log(report);
    expect(weight.scriptGzip, report).toBeLessThanOrEqual(limit);
  });
}

const pagesOfKind = {
  chapter: /^\/chapters\/[^/]+\/$/,
  worksheet: /^\/worksheets\/[^/]+\/$/,
  'self-check': /^\/self-check\/$/,
  'your data': /^\/your-data\/$/,
  search: /^\/search\/$/,
  'print edition': /^\/print\/$/,
} as const;

for (const [kind, pattern] of Object.entries(pagesOfKind) as [keyof typeof pagesOfKind, RegExp][]) {
  const limit = budgets.pageHtmlGzip[kind];
  test(`every ${kind} page's HTML stays within ${limit / 1024} KB gzip`, () => {
    const pages = site.pages.filter((p) => pattern.test(p.path));
    expect(pages.length, `built ${kind} pages`).toBeGreaterThan(0);
    const sizes = pages.map((p) => ({ path: p.path, gzip: gzipSize(readFileSync(p.file)) }));
    const report = sizes.map((p) => `${(p.gzip / 1024).toFixed(2)} KB gzip  ${p.path}`).join('\n');
    for (const { path, gzip } of sizes)
      expect(gzip, `${path}\n${report}`).toBeLessThanOrEqual(limit);
  });
}

test('no script the browser can fetch carries zod (validation there is small typed guards)', () => {
  // Every built script, the ones fetched only when a reader acts included:
  // walking imports from the islands missed those loaded by their URL.
  const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(10);
  const withZod = scripts.filter((f) =>
    /"invalid_type"|ZodError/.test(readFileSync(join(distDir, '_astro', f), 'utf8')),
  );
  expect(withZod).toEqual([]);
});

test('the script every page loads carries no preload helper (lazy-script.ts keeps it out)', () => {
  const siteScripts = readdirSync(join(distDir, '_astro')).filter((f) =>
    isOfflineRegistrationScript(`/_astro/${f}`),
  );
  expect(siteScripts).toHaveLength(1);
  for (const file of siteScripts) {
    const code = readFileSync(join(distDir, '_astro', file), 'utf8');
    // Vite's helper for `import('./x')`: 0.5 KB gzip on every page, for nothing.
    expect(code, `_astro/${file}`).not.toContain('modulepreload');
    expect(code, `_astro/${file}`).not.toContain('__vite__mapDeps');
  }
});

test('islands wake through the handbook’s own Preact client, with no preload helper or signals', () => {
  const files = readdirSync(join(distDir, '_astro'));
  // island-renderer.ts: @astrojs/preact's client less signal props, 0.6 KB gzip
  // less on every page with an island.
  expect(files.filter((f) => /^signals/.test(f))).toEqual([]);
  const islands = files.filter((f) => /^islands\..*\.js$/.test(f));
  expect(islands).toHaveLength(1);
  for (const file of islands) {
    const code = readFileSync(join(distDir, '_astro', file), 'utf8');
    expect(code, `_astro/${file}`).not.toContain('modulepreload');
    expect(code, `_astro/${file}`).not.toContain('__vite__mapDeps');
  }
  const page = readFileSync(join(distDir, 'chapters', 'be-there', 'index.html'), 'utf8');
  expect(page).toMatch(/renderer-url="[^"]*\/_astro\/hydrate-island\.[\w-]+\.js"/);
});

test('every page shares one stylesheet, and only worksheet pages add their own, within budgets', () => {
  const cssFiles = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css'));
  const linked = new Map(
    site.pages.map((page) => [
      page.path,
      selectAll('link[rel~="stylesheet"]', page.tree).map((l) =>
        String(l.properties['href']).split('/').at(-1),
      ),
    ]),
  );
  // The site's stylesheet is the one every page links.
  const shared = cssFiles.filter((f) => [...linked.values()].every((hrefs) => hrefs.includes(f)));
  expect(shared, `stylesheets built: ${cssFiles.join(', ')}`).toHaveLength(1);
  const siteCss = shared[0] ?? '';
  const worksheetCss = cssFiles.filter((f) => f !== siteCss);
  expect(worksheetCss, `stylesheets built: ${cssFiles.join(', ')}`).toHaveLength(1);
  for (const [path, hrefs] of linked) {
    const isSheet = /^\/worksheets\/[^/]+\/$/.test(path);
    expect(hrefs, `${path} stylesheets`).toEqual(isSheet ? [siteCss, worksheetCss[0]] : [siteCss]);
  }
  for (const [file, limit] of [
    [siteCss, budgets.siteCssGzip],
    [worksheetCss[0] ?? '', budgets.worksheetCssGzip],
  ] as const) {
    const size = gzipSize(readFileSync(join(distDir, '_astro', file)));
    expect(size, `_astro/${file} is ${(size / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(
      limit,
    );
  }
  for (const page of site.pages) {
    // Astro's one-line rule for island wrappers is the only inline style allowed,
    // and page rules built from titles: the print edition's running heads, and
    // the foot of a printed worksheet or its entries, naming the sheet.
    const pageRules = (style: { properties: Record<string, unknown> }) =>
      'dataPrintPages' in style.properties &&
      (page.path === '/print/' || page.path.startsWith('/worksheets/'));
    const ownStyles = selectAll('style', page.tree).filter(
      (style) =>
        toString(style) !== 'astro-island,astro-slot,astro-static-slot{display:contents}' &&
        !pageRules(style),
    );
    expect(ownStyles.length, `${page.path} has inline styles`).toBe(0);
  }
});

test('a page without islands runs no JavaScript but the theme and search-opener scripts', async ({
  browser,
}) => {
  const plain = site.pages.filter((p) => !select('astro-island', p.tree) && p.path !== '/404.html');
  expect(plain.map((p) => p.path)).toContain('/about/');
  for (const { path, tree } of plain) {
    const scripts = selectAll('script', tree);
    const files = scripts
      .map((s) => s.properties['src'])
      .filter((src): src is string => typeof src === 'string')
      // The offline copy's registration and the search opener (Search/) are the files allowed.
      .filter((src) => !isOfflineRegistrationScript(src) && !/\/_astro\/SearchForm\./.test(src));
    expect(files, `${path} loads a script file`).toEqual([]);
    const inline = scripts.filter(
      (s) =>
        s.properties['src'] === undefined &&
        !/^application\/(ld\+)?json$/.test(String(s.properties['type'] ?? '')),
    );
    const texts = inline.map((s) => toString(s));
    expect(
      texts.some((t) => t.includes('rt-theme')),
      `${path}: theme script`,
    ).toBe(true);
    // The print edition adds its print button's one line.
    const allowed = (t: string) =>
      t.includes('rt-theme') ||
      (path === '/print/' && t.includes('window.print()')) ||
      // The worksheets list marks sheets with saved answers: a small read-only script.
      (path === '/worksheets/' && t.includes('data-saved-mark'));
    expect(
      texts.filter((t) => !allowed(t)),
      `${path}: other inline scripts`,
    ).toEqual([]);
  }
  // And in a real page load no script file is fetched until the reader reaches for search.
  const files = await visit(browser, '/about/', false);
  const fetched = files
    .filter((f) => f.type === 'script')
    .map((f) => f.url)
    .filter((url) => !isOfflineRegistrationScript(url) && !/\/_astro\/SearchForm\./.test(url));
  expect(fetched).toEqual([]);
});

test('no page loads a web font', () => {
  for (const page of site.pages) {
    const urls = selectAll('link[href], script[src]', page.tree).map((e) =>
      String(e.properties['href'] ?? e.properties['src']),
    );
    expect(
      urls.filter((u) => /\.(woff2?|ttf|otf)$/.test(u)),
      page.path,
    ).toEqual([]);
  }
});
