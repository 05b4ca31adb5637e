/**
 * The offline copy: after one visit a reader can open any chapter, worksheet,
 * self-check, /situations/ and search with no network, and the app can be
 * installed with proper icons.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import {
  fileForEntry,
  isOfflineRegistrationScript,
  readPrecache,
} from '../src/lib/offline/built-files';
import { precacheLimitBytes } from '../src/lib/offline/pwa-options';
import { tickEveryStatement } from './support/exercise';
import { serveRedeployableSite } from './support/redeployable-site';
import { builtPagePaths, distDir, watchPage } from './support/site';

// The one spec that runs with the offline copy (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// BASE_PATH=/handbook/ runs these against a build made for a sub-path.
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const at = (path: string) => `${base}${path.replace(/^\//, '')}`;

/** Waits until the worker has installed (its precache is complete) and is active. */
async function offlineCopyReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

test('after one visit, pages never opened and search work with no network', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto(at('/about/'));
  await offlineCopyReady(page);
  await context.setOffline(true);

  await page.goto(at('/chapters/be-patient/'));
  await expect(page.locator('h1')).toHaveText('Be patient');
  // Typed or bookmarked without its last slash, the page still opens.
  await page.goto(at('/chapters/own-your-choice'));
  await expect(page.locator('h1')).toHaveText('Own your choice');
  // The stylesheet came from the offline copy too.
  expect(await page.evaluate(() => getComputedStyle(document.body).display), 'styled page').toBe(
    'flex',
  );

  await page.goto(at('/worksheets/no-contact/'));
  await expect(page.locator('h1')).toBeVisible();
  const field = page.locator('form textarea').first();
  await field.fill('Written with no network');
  await expect(field).toHaveValue('Written with no network');
  // What reads a file loaded back is fetched only when a file is chosen: here
  // from the offline copy (the message comes from that reader).
  const notAFile = {
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('notes'),
  };
  await page.locator('input[data-answers-file]').setInputFiles(notAFile);
  await expect(page.getByText(/not a worksheet answers file/)).toBeVisible();
  await page.goto(at('/your-data/'));
  await page.getByLabel('Backup file (.json)').setInputFiles(notAFile);
  await expect(page.locator('[data-your-data-problem]')).toContainText(
    'not a backup from this handbook',
  );

  await page.goto(at('/self-check/'));
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(at('/situations/'));
  await expect(page.locator('h1')).toBeVisible();

  // A search page opened with a query, never visited before.
  await page.goto(at('/search/?q=she%20keeps%20asking%20questions'));
  await expect(page.locator('[data-search-status]')).toContainText('found for', {
    timeout: 20_000,
  });
  await expect(page.locator('[data-search-page-results] a').first()).toBeVisible();

  // The header search too.
  await page.goto(at('/chapters/'));
  await page.locator('#site-search').fill('patience');
  await expect(page.locator('#site-search-panel')).toContainText('found for', {
    timeout: 20_000,
  });
  expect(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);

  // An address the handbook does not have: its own page (sent as a 404, as
  // online), not the browser's error, and the chapters open from it.
  const response = await page.goto(at('/chapters/no-such-chapter/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('We can’t find that page');
  await page.getByRole('link', { name: 'Be there', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Be there');
  await context.close();
});

test('offline straight after the first visit, the page first opened still saves answers and searches', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(at('/chapters/be-patient/'));
  await offlineCopyReady(page);
  // The first install takes over the page it was installed from (clientsClaim).
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  // Into a tunnel: the self-check below has not woken yet, so its script is still to fetch.
  await context.setOffline(true);
  const check = page.locator('[data-self-check]');
  await check.scrollIntoViewIfNeeded();
  const count = await tickEveryStatement(page);
  await expect(page.locator('[data-self-check-progress]')).toHaveText(
    `${count} of ${count} answered.`,
  );
  expect(await page.evaluate(() => localStorage.getItem('rt:self-check:be-patient'))).toContain(
    '"sometimes"',
  );
  // Search from the header of the same page, with no network.
  await page.locator('#site-search').fill('patience');
  await expect(page.locator('#site-search-panel')).toContainText('found for', { timeout: 20_000 });
  await context.close();
});

test('Your data says when the offline copy is being made and when it is complete', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const line = page.locator('[data-offline-copy]');
  // Every line said, however briefly: on a fast connection the copy is made in a moment.
  await page.addInitScript(() => {
    const said: string[] = [];
    Object.assign(window, { offlineSaid: said });
    new MutationObserver(() => {
      const text = document.querySelector('[data-offline-copy]')?.textContent;
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(at('/your-data/'));
  await offlineCopyReady(page);
  await expect(line).toHaveText(/complete: every page opens without a connection/);
  // The first visit: the copy is made after the page has loaded, and said so first.
  expect(
    await page.evaluate(() => (window as unknown as { offlineSaid: string[] }).offlineSaid),
  ).toEqual([expect.stringMatching(/still being made/), expect.stringMatching(/complete/)]);
  // Back later, with no network: it says so at once.
  await context.setOffline(true);
  await page.reload();
  await expect(line).toHaveText(/complete/);
  await context.close();
});

test('Your data says there is no offline copy where the browser keeps none', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(at('/your-data/'));
  const line = page.locator('[data-offline-copy]');
  await expect(line).toHaveText(/still being made/);
  // A copy not begun a while after the page loaded is not coming.
  await page.clock.runFor(20_000);
  await expect(line).toHaveText(/not keeping a copy now/);
  await context.close();
});

/** Notes, in the page, the moment the handbook asks the browser to register its worker. */
async function noteRegistration(page: Page) {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as { registeredAt?: number }).registeredAt = performance.now();
      return register.apply(this, args);
    };
  });
}

test('the offline copy registers only after the page has loaded, from a script under 2 KB gzip', async ({
  page,
}) => {
  await noteRegistration(page);
  await page.goto(at('/chapters/be-there/'), { waitUntil: 'networkidle' });
  await offlineCopyReady(page);
  const timings = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      loadEnd: navigation?.loadEventEnd ?? 0,
      registeredAt: (window as unknown as { registeredAt?: number }).registeredAt,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => new URL(e.name).pathname),
    };
  });
  // Nothing competes with the first paint: registration waits for load and idle.
  expect(timings.registeredAt).toBeGreaterThan(timings.loadEnd);
  // Its code shares one file with the search opener, the script every page runs.
  const registration = timings.scripts.filter((path) => isOfflineRegistrationScript(path));
  expect(registration).toHaveLength(1);
  const bytes = registration
    .map(
      (path) => gzipSync(readFileSync(join(distDir, path.slice(base.length))), { level: 9 }).length,
    )
    .reduce((a, b) => a + b, 0);
  expect(bytes, `registration script: ${bytes} bytes gzip`).toBeLessThanOrEqual(2048);
});

test('the precache holds every page and what search loads, within 1.6 MiB', () => {
  const entries = readPrecache(distDir);
  const files = entries.map((e) => fileForEntry(e.url, base));
  for (const path of builtPagePaths()) {
    expect(files, `${path} is in the offline copy`).toContain(`${path.slice(1)}index.html`);
  }
  for (const needed of [
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/handbook-words.json',
  ]) {
    expect(files).toContain(needed);
  }
  expect(files.some((f) => f.startsWith('pagefind/index/'))).toBe(true);
  expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  expect(files.filter((f) => /pagefind-(component-|modular-)?ui/.test(f))).toEqual([]);
  // The page for unknown addresses, under its real name: listed as /404/,
  // an address that does not exist, it would stop the install.
  expect(files).toContain('404.html');
  expect(files).not.toContain('404/index.html');
  const bytes = files.reduce((sum, f) => sum + statSync(join(distDir, f)).size, 0);
  console.log(`precache: ${entries.length} files, ${(bytes / 1024).toFixed(1)} KiB`);
  expect(bytes, `precache ${bytes} bytes`).toBeLessThanOrEqual(precacheLimitBytes);
});

/**
 * Opens `path` under the offline copy, once the page's own registration has
 * run, then deploys a newer version and has the browser look for it.
 */
async function deployNewerVersion(
  page: Page,
  site: Awaited<ReturnType<typeof serveRedeployableSite>>,
  path: string,
) {
  await page.goto(at(path));
  await offlineCopyReady(page);
  await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The page's own registration script runs when the page is idle.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { registeredAt?: number }).registeredAt))
    .toBeGreaterThan(0);
  site.redeploy();
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

test('a newer version is offered quietly and taken only when the reader asks', async ({
  browser,
}, testInfo) => {
  test.skip(base !== '/', 'the redeployable copy serves the site at the root');
  test.setTimeout(90_000);
  const site = await serveRedeployableSite(distDir);
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  await noteRegistration(page);
  try {
    await deployNewerVersion(page, site, '/chapters/');
    const notice = page.locator('[data-offline-update-text]');
    await expect(notice).toHaveText('A newer version of this handbook is ready.', {
      timeout: 20_000,
    });
    await expect(notice).toHaveAttribute('role', 'status');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .include('[data-offline-update]')
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('update-notice.png') });
    // Nothing changes until the reader asks: the old version still runs this page.
    expect(
      await page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      ),
    ).toBe(true);
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.locator('h1')).toBeVisible();
    await expect(notice).toHaveText('');
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: Boolean(registration?.waiting),
          controlled: Boolean(navigator.serviceWorker.controller),
        };
      }),
    ).toEqual({ waiting: false, controlled: true });
  } finally {
    await context.close();
    await site.close();
  }
});

test('on a phone, the update notice hides no focused control, Reload asks before losing unsaved answers, and Not now puts it away', async ({
  browser,
}) => {
  test.skip(base !== '/', 'the redeployable copy serves the site at the root');
  test.setTimeout(90_000);
  const site = await serveRedeployableSite(distDir);
  const context = await browser.newContext({
    baseURL: site.url,
    viewport: { width: 320, height: 640 },
  });
  const page = await context.newPage();
  await noteRegistration(page);
  try {
    await deployNewerVersion(page, site, '/worksheets/no-contact/');
    const notice = page.locator('[data-offline-update]');
    await expect(notice).toContainText('A newer version of this handbook is ready.', {
      timeout: 20_000,
    });
    const reload = page.getByRole('button', { name: 'Reload' });
    expect((await reload.boundingBox())?.height).toBeGreaterThanOrEqual(44);

    // Text at 200 % (the handbook's 112.5 % doubled): the notice takes at most
    // a third of the screen, and its buttons keep their words whole.
    const zoom = await page.addStyleTag({ content: 'html { font-size: 225% !important; }' });
    const large = await notice.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      buttons: [...el.querySelectorAll('button')].map((b) => {
        const words = document.createRange();
        words.selectNodeContents(b);
        return { lines: words.getClientRects().length, fits: b.scrollWidth <= b.clientWidth + 1 };
      }),
    }));
    expect(large.height).toBeLessThanOrEqual(640 / 3 + 1);
    for (const button of large.buttons) expect(button).toEqual({ lines: 1, fits: true });
    await zoom.evaluate((el) => (el as HTMLStyleElement).remove());

    // Tab through the page, as a keyboard user would: each control that takes
    // focus scrolls clear of the notice.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('main h1').click();
    const cover = await notice.evaluate((el) => el.getBoundingClientRect().top);
    let checked = 0;
    let texts = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.closest('[data-offline-update]')) return null;
        const box = el.getBoundingClientRect();
        return {
          top: box.top,
          bottom: box.bottom,
          height: box.height,
          textBox: el.tagName === 'TEXTAREA',
          what: el.outerHTML.slice(0, 80),
        };
      });
      if (!focused) continue;
      checked++;
      expect(focused.top, `${focused.what} under the notice`).toBeLessThan(cover - 8);
      // A text box that fits above the notice is shown whole, not only its caret's line.
      if (focused.textBox && focused.height < cover - 16) {
        texts++;
        expect(focused.bottom, `${focused.what} partly under the notice`).toBeLessThanOrEqual(
          cover + 1,
        );
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(texts).toBeGreaterThan(1);

    // Storage full, an answer typed: Reload asks first, and staying keeps it.
    // Full holds something (a browser that keeps nothing at all is "off").
    await page.evaluate(() => {
      localStorage.setItem('elsewhere', 'x');
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const field = page.getByLabel('My draft message to the other person');
    await field.fill('Typed before the update, not saved');
    await expect(page.getByText(/storage for the handbook is full/).first()).toBeVisible();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await reload.click();
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await expect(field).toHaveValue('Typed before the update, not saved');

    // "Not now" puts the notice away, without moving the page or losing
    // what was typed, and gives the bottom of the screen back.
    const later = page.getByRole('button', { name: 'Not now' });
    expect((await later.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // By keyboard: a click would first scroll the notice's place in the page into view.
    await later.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-offline-update-text]')).toHaveText('');
    await expect(reload).toBeHidden();
    await expect(later).toBeHidden();
    expect(await notice.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(8);
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(field).toHaveValue('Typed before the update, not saved');
  } finally {
    await context.close();
    await site.close();
  }
});

test('the app can be installed: manifest, icons and theme colours', async ({ page, request }) => {
  await page.goto(at('/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${base}manifest.webmanifest`);
  const manifest = (await (await request.get(href ?? '')).json()) as {
    display: string;
    start_url: string;
    scope: string;
    theme_color: string;
    background_color: string;
    name: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Rebuilding Trust');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe(base);
  expect(manifest.scope).toBe(base);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = new Set<string>();
  for (const icon of manifest.icons) {
    expect(icon.type).toBe('image/png');
    const response = await request.get(new URL(icon.src, new URL(href ?? '', page.url())).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    const png = await response.body();
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    sizes.add(icon.sizes);
  }
  expect([...sizes].sort()).toEqual(['192x192', '512x512']);
  expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
  const themes = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('media')));
  expect(themes.sort()).toEqual(['(prefers-color-scheme: dark)', '(prefers-color-scheme: light)']);
});
