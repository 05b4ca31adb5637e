import { expect, test } from '@playwright/test';
import { readSiteTrees } from '../src/lib/build/built-site';
import { describeDeadLinks, findDeadLinks, linksIn } from '../src/lib/build/link-check';
import { builtPagePaths, distDir, watchPage } from './support/site';

const pages = builtPagePaths();

test('the site has every page a reader expects', () => {
  for (const path of [
    '/',
    '/about/',
    '/chapters/',
    '/self-check/',
    '/worksheets/',
    '/situations/',
    '/search/',
    '/your-data/',
  ]) {
    expect(pages, `missing ${path}`).toContain(path);
  }
  expect(pages.filter((p) => p.startsWith('/chapters/') && p !== '/chapters/')).toHaveLength(10);
});

for (const path of pages) {
  test(`${path} answers 200, has one main heading, and stays quiet and local`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const problems = watchPage(page, origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page).toHaveTitle(/Rebuilding Trust/);
    expect(problems).toEqual([]);
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([]);
  });
}

test('an unknown address shows the 404 page with search and the chapters', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('can’t find');
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(10);
});

test('every internal link and #fragment in the built site points at something that exists', async ({
  request,
}) => {
  const site = readSiteTrees(distDir);
  const dead = findDeadLinks(site.pages, site.files);
  expect(dead, describeDeadLinks(dead)).toEqual([]);
  // The server really answers every linked page and file, as a host would.
  const targets = new Set<string>();
  for (const page of site.pages) {
    for (const href of linksIn(page.tree)) {
      if (href.startsWith('/')) targets.add(href.replace(/[#?].*$/, ''));
    }
  }
  for (const target of targets) {
    const response = await request.get(target);
    expect(response.status(), target).toBe(200);
  }
});
