/**
 * Uses whatever a page offers a reader, so tests that walk every page cover
 * features as they land: the theme toggle, search, self-check answers and
 * worksheet fields.
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * Back, as a reader's browser goes back: the page may come from the
 * back/forward cache as it was left, which fires no load event to wait for.
 */
export async function goBack(page: Page) {
  await page.goBack({ waitUntil: 'commit' });
}

/** Brings every island into view and waits until each has hydrated, as a reader scrolling would. */
export async function hydrateIslands(page: Page) {
  // One island at a time: scrolled past too quickly, an island that wakes when
  // seen may miss its moment, so each is held in view until it has woken.
  for (const island of await page.locator('astro-island').all()) {
    if ((await island.getAttribute('ssr')) === null) continue;
    await island.evaluate((el) => el.firstElementChild?.scrollIntoView());
    await expect(island).not.toHaveAttribute('ssr', { timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

export async function exercisePage(page: Page, text = 'I will tell the truth.') {
  if (await page.evaluate(() => document.documentElement.classList.contains('js'))) {
    await hydrateIslands(page);
  }
  const toggle = page.locator('[data-theme-toggle]:visible').first();
  if ((await toggle.count()) > 0) {
    await toggle.click();
    await toggle.click();
  }
  const search = page.locator('main input[type="search"]:visible').first();
  if (page.url().includes('/search/') && (await search.count()) > 0) {
    await search.fill('trust');
    await page.waitForTimeout(800);
  }
  const radios = page.locator('main input[type="radio"]:visible');
  const radioCount = Math.min(await radios.count(), 3);
  for (let i = 0; i < radioCount; i++) await radios.nth(i).check();
  const fields = page.locator('main :is(textarea, input[type="text"]):visible');
  const fieldCount = Math.min(await fields.count(), 2);
  for (let i = 0; i < fieldCount; i++) await fields.nth(i).fill(text);
  const boxes = page.locator('main input[type="checkbox"]:visible');
  if ((await boxes.count()) > 0) await boxes.first().check();
  // Saving is often debounced: give it a moment.
  if (radioCount + fieldCount > 0) await page.waitForTimeout(600);
  return { answered: radioCount + fieldCount };
}

/** Every key the handbook stored, with its value. */
export async function storedItems(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const items: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key && key.startsWith('rt')) items[key] = localStorage.getItem(key) ?? '';
    }
    return items;
  });
}

/**
 * From the next page load, storage refuses every write to a key starting
 * with `prefix` as a full device would (QuotaExceededError); reading, and
 * the handbook's own test write (`rt:probe`), still work.
 */
export async function fillStorageFor(page: Page, prefix: string) {
  await page.addInitScript((refused) => {
    const realSet = Storage.prototype.setItem;
    // A full device holds something (another site's data under this origin,
    // here): a browser that keeps nothing at all is storage turned off.
    if (localStorage.length === 0) realSet.call(localStorage, 'elsewhere', 'x');
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(refused) && key !== 'rt:probe') {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      realSet.call(this, key, value);
    };
  }, prefix);
}

/**
 * From the next page load in every tab of `context`, storage is full while
 * the item `big` is stored: every other write is refused as a full device
 * refuses it. Removing `big`, in any tab, makes room.
 */
export async function fullWhileStored(context: BrowserContext, big: string) {
  await context.addInitScript((big) => {
    const realSet = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key !== big && this.getItem(big) !== null)
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      realSet.call(this, key, value);
    };
  }, big);
}

/**
 * From the next page load, every write to storage fails with `error`:
 * `QuotaExceededError` as a browser that keeps nothing says (a private
 * window with no room), `SecurityError` as one that refuses outright.
 */
export async function refuseEveryWrite(page: Page, error: 'QuotaExceededError' | 'SecurityError') {
  await page.addInitScript((name) => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Refused', name);
    };
  }, error);
}

/**
 * From the next page load, the browser lets the page touch no storage at all,
 * as when cookies and site data are blocked: reading `localStorage` throws.
 */
export async function turnStorageOff(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/**
 * A delete or clear question, opened from `asker` by keyboard, is answered
 * the safe way by Enter pressed twice (a double press, a bouncing key) and by
 * Escape: focus comes back to `asker` each time. Leaves the question closed.
 */
export async function questionKeepsOnDoublePressAndEscape(page: Page, asker: Locator) {
  await asker.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(asker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^No, keep/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(asker).toBeFocused();
  await expect(page.getByRole('button', { name: /^No, keep/ })).toBeHidden();
}

/**
 * Ticks the same choice (by its place: 0 is "Not yet") for every statement
 * of the self-check on the page, by mouse, woken or not; returns how many
 * statements there are.
 */
export async function tickEveryStatement(page: Page, choice = 1): Promise<number> {
  const fieldsets = page.locator('[data-self-check] fieldset');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++)
    await fieldsets.nth(i).locator('input[type="radio"]').nth(choice).check();
  return count;
}

/** window.print() is only counted: the test looks at the page as it would print. */
export async function catchPrint(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

/** How many times the page called window.print() since catchPrint. */
export function timesPrinted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printed: number }).printed);
}
