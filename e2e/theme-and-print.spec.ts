import { expect, test } from '@playwright/test';
import { hydrateIslands } from './support/exercise';

test('the theme follows the system setting', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('the theme toggle is remembered, with no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The theme must be set before the first paint: check it as the HTML arrives.
  const themes: (string | null)[] = [];
  await page.exposeFunction('recordTheme', (t: string | null) => themes.push(t));
  await page.addInitScript(() => {
    new MutationObserver((_m, observer) => {
      if (document.body) {
        (window as unknown as { recordTheme: (t: string | null) => void }).recordTheme(
          document.documentElement.getAttribute('data-theme'),
        );
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/about/');
  await expect.poll(() => themes.length).toBeGreaterThan(0);
  expect(themes[0]).toBe('dark');
});

test('a printed chapter has no navigation or buttons, and is black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/chapters/tell-the-whole-truth/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const selector of ['body > header', 'body > footer', 'nav', 'button', 'form']) {
    const visible = await page
      .locator(selector)
      .evaluateAll((els) =>
        els.filter(
          (el) =>
            getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null,
        ),
      );
    expect(visible, `${selector} is printed`).toHaveLength(0);
  }
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const p = getComputedStyle(document.querySelector('.prose-handbook p') as Element);
    return { background: body.backgroundColor, text: p.color };
  });
  expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
});

test('with JavaScript off a chapter reads in full and the theme toggle is not offered', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chapters/tell-the-whole-truth/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.prose-handbook h2').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await page.getByRole('link', { name: /Next chapter/ }).click();
  await expect(page).toHaveURL(/\/chapters\/end-it-openly\/$/);
  await context.close();
});

test('words that mean something only on screen are left off paper', async ({ browser, page }) => {
  // A mark that this device holds answers tells whoever finds the paper so.
  await page.goto('/worksheets/my-commitments/');
  await hydrateIslands(page);
  await page.locator('main textarea').first().fill('I will tell you where I am.');
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).join(' ')))
    .toContain('my-commitments');
  await page.goto('/worksheets/');
  const mark = page.locator('[data-saved-mark="my-commitments"]');
  await expect(mark).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(mark).toBeHidden();
  // Without JavaScript a self-check says its result needs it: on paper no result is promised.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/chapters/tell-the-whole-truth/');
  const needsScript = noScript.getByText('Your result needs JavaScript');
  await expect(needsScript).toBeVisible();
  await noScript.emulateMedia({ media: 'print' });
  await expect(needsScript).toBeHidden();
  // "Fill in on screen, or print…" is an instruction for the screen.
  const onScreen = noScript.getByText('Fill in on screen, or print to fill in by hand.');
  await expect(onScreen).toBeHidden();
  await noScript.emulateMedia({ media: 'screen' });
  await expect(onScreen).toBeVisible();
  await context.close();
});

test('with JavaScript off the page follows a device set to dark, and still prints black on white', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/chapters/tell-the-whole-truth/');
  const colours = () =>
    page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.prose-handbook p') as Element).color,
    }));
  expect((await colours()).background).toBe('rgb(20, 23, 27)');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
  await context.close();
});
