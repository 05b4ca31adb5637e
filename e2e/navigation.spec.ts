import { expect, test } from '@playwright/test';
import { chapterPaths } from './support/site';

const chapters = chapterPaths();
const secondChapter = '/chapters/end-it-openly/';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test("on a chapter the skip link passes the list of chapters too, to the chapter's own text", async ({
  page,
}) => {
  await page.goto(secondChapter);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('article')).toBeFocused();
  // The next stop is in the chapter, not its list of chapters.
  await page.keyboard.press('Tab');
  const next = page.locator(':focus');
  expect(await next.evaluate((el) => el.closest('article') !== null)).toBe(true);
  expect(await next.evaluate((el) => el.closest('nav[aria-label="Chapters"]'))).toBeNull();
});

test('keyboard alone reaches the chapter menu and the previous/next links', async ({ page }) => {
  await page.goto(secondChapter);
  const reached = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el
        ? `${el.getAttribute('rel') ?? ''}|${el.closest('nav')?.getAttribute('aria-label') ?? ''}`
        : '';
    });
    reached.add(info);
  }
  expect([...reached].some((r) => r.endsWith('|Chapters'))).toBe(true);
  expect(reached.has('prev|Previous and next chapter')).toBe(true);
  expect(reached.has('next|Previous and next chapter')).toBe(true);
});

test('the current chapter is marked in the chapter list', async ({ page }) => {
  await page.goto(secondChapter);
  const current = page.locator('nav[aria-label="Chapters"] a[aria-current="page"]:visible');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', secondChapter);
  // Only the chapter is "current page"; the header's Chapters link is the
  // section it is in, and shown so, not a second current page.
  await expect(page.locator('a[aria-current="page"]:visible')).toHaveCount(1);
  const section = page.locator('#site-menu a[aria-current]');
  await expect(section).toHaveText('Chapters');
  await expect(section).toHaveAttribute('aria-current', 'true');
  await expect(section).toHaveCSS('font-weight', '700');
  await page.goto('/chapters/');
  await expect(page.locator('#site-menu a[aria-current="page"]')).toHaveText('Chapters');
});

test('on a wide screen and a phone, a chapter’s first heading is its title', async ({ page }) => {
  for (const width of [375, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(secondChapter);
    const headings = await page
      .locator('h1, h2, h3, h4')
      .evaluateAll((all) => all.filter((h) => h.getClientRects().length > 0).map((h) => h.tagName));
    expect(headings[0], `${width} px`).toBe('H1');
  }
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the chapter menu opens by keyboard and leads to another chapter', async ({ page }) => {
    await page.goto(chapters[0] ?? '/');
    const menu = page.getByRole('navigation', { name: 'Chapters' });
    const summary = menu.locator('summary');
    await expect(summary).toBeVisible();
    await summary.focus();
    await page.keyboard.press('Enter');
    const links = menu.getByRole('link');
    await expect(links.first()).toBeVisible();
    await menu.getByRole('link', { name: /2\./ }).first().click();
    await expect(page).toHaveURL(new RegExp(`${secondChapter}$`));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
});

test('each chapter links to its neighbours in order', async ({ page }) => {
  for (const [index, path] of chapters.entries()) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(index === 0 ? 0 : 1);
    await expect(nav.locator('a[rel="next"]')).toHaveCount(index === chapters.length - 1 ? 0 : 1);
  }
});

test('every section heading in a chapter has a stable id listed in "On this page"', async ({
  page,
}) => {
  for (const path of chapters) {
    await page.goto(path);
    const ids = await page
      .locator('[data-chapter-body] :is(h2, h3)')
      .evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      await expect(
        page.locator(`nav[aria-labelledby="page-contents-title"] a[href="#${id}"]`),
      ).toHaveCount(1);
    }
  }
});
