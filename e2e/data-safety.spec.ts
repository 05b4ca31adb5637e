/**
 * Nothing a reader types is ever lost, or brought back after they delete it.
 * Each test is one situation a reader can be in; two tabs are two pages in
 * one browser context, sharing storage as real tabs do.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Dialog, type Page } from '@playwright/test';
import { answersFile } from './support/answers-file';
import {
  fillStorageFor,
  fullWhileStored,
  goBack,
  storedItems,
  turnStorageOff,
} from './support/exercise';
import { holdScript } from './support/site';

const sheet = '/worksheets/no-contact/';
const key = 'rt:worksheet:no-contact';
const draft = (page: Page) =>
  page.getByRole('textbox', { name: 'My draft message to the other person' });
const howToSend = (page: Page) =>
  page.getByRole('textbox', { name: 'How I will send it, with my partner there' });
const ifTheyContact = (page: Page) =>
  page.getByRole('textbox', { name: 'If they contact me, this is what I will do' });

/** The island that keeps what the reader types on each kind of page. */
function mainIsland(path: string) {
  if (path.startsWith('/worksheets/')) return 'WorksheetTools';
  if (path.startsWith('/your-data/')) return 'YourDataManager';
  return 'SelfCheckIsland';
}

/** Opens a page and waits until the island that saves has taken over. */
async function open(page: Page, path: string) {
  await page.goto(path);
  const island = page.locator(`astro-island[opts*="${mainIsland(path)}"]`);
  await island.evaluate((el) => el.firstElementChild?.scrollIntoView());
  await expect(island).not.toHaveAttribute('ssr');
}

/** The same page open in two tabs of one browser, each with its island awake. */
async function twoTabs(context: BrowserContext, path: string): Promise<[Page, Page]> {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await open(tabA, path);
  await open(tabB, path);
  return [tabA, tabB];
}

/** The stored worksheet answers, by field id (values only). */
async function storedAnswers(page: Page): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  if (raw === null) return null;
  const fields = (JSON.parse(raw) as { fields: Record<string, { value?: unknown }> }).fields;
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, entry]) => 'value' in entry)
      .map(([id, entry]) => [id, entry.value]),
  );
}

/**
 * Fills this origin's storage until not one more character fits, as a
 * device with no room left would be. Returns how many filler keys it wrote.
 */
async function fillStorageExactly(page: Page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n++;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

async function emptyStorageFiller(page: Page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage))
      if (k.startsWith('filler-')) localStorage.removeItem(k);
  });
}

test.describe('two tabs', () => {
  test('a worksheet typed in two tabs keeps both tabs’ answers, and each tab shows the other’s at once', async ({
    context,
  }) => {
    const [tabA, tabB] = await twoTabs(context, sheet);
    await draft(tabA).fill('Typed in tab A');
    await howToSend(tabB).fill('Typed in tab B');
    // Each open tab follows the other without a reload.
    await expect(howToSend(tabA)).toHaveValue('Typed in tab B');
    await expect(draft(tabB)).toHaveValue('Typed in tab A');
    await tabA.reload();
    await expect(draft(tabA)).toHaveValue('Typed in tab A');
    await expect(howToSend(tabA)).toHaveValue('Typed in tab B');
    expect(await storedAnswers(tabA)).toEqual({
      'draft-message': 'Typed in tab A',
      'how-i-will-send-it': 'Typed in tab B',
    });
  });

  test('a tab that writes before it has seen the other tab’s answer does not wipe it out', async ({
    context,
  }) => {
    const [tabA, tabB] = await twoTabs(context, sheet);
    await draft(tabA).fill('Typed in tab A');
    await expect.poll(() => storedAnswers(tabA)).toEqual({ 'draft-message': 'Typed in tab A' });
    // Tab B writes from a copy read before tab A's save reached it (browsers
    // do not share a tab's write with other tabs at once).
    await tabB.evaluate((k) => {
      const now = new Date().toISOString();
      const fields = { 'how-i-will-send-it': { value: 'Typed in tab B', changedAt: now } };
      localStorage.setItem(k, JSON.stringify({ version: 2, savedAt: now, fields }));
    }, key);
    // Tab A hears of it, puts its answer back beside tab B's, and both tabs show both.
    await expect
      .poll(() => storedAnswers(tabB))
      .toEqual({ 'draft-message': 'Typed in tab A', 'how-i-will-send-it': 'Typed in tab B' });
    await expect(draft(tabA)).toHaveValue('Typed in tab A');
    await expect(howToSend(tabA)).toHaveValue('Typed in tab B');
    await expect(draft(tabB)).toHaveValue('Typed in tab A');
  });

  test('a self-check answered in two tabs keeps both tabs’ answers', async ({ context }) => {
    const [tabA, tabB] = await twoTabs(context, '/chapters/be-patient/');
    const fieldsets = (page: Page) => page.locator('[data-self-check] fieldset');
    await fieldsets(tabA).nth(0).locator('input[type="radio"]').nth(1).check();
    await fieldsets(tabB).nth(1).locator('input[type="radio"]').nth(0).check();
    // The other tab shows it at once.
    await expect(fieldsets(tabA).nth(1).locator('input[type="radio"]').nth(0)).toBeChecked();
    await tabA.reload();
    await open(tabA, '/chapters/be-patient/');
    await expect(fieldsets(tabA).nth(0).locator('input[type="radio"]').nth(1)).toBeChecked();
    await expect(fieldsets(tabA).nth(1).locator('input[type="radio"]').nth(0)).toBeChecked();
  });

  /** A chapter's first statement, answered in tab A and shown in tab B. */
  async function answeredInTwoTabs(context: BrowserContext) {
    const [tabA, tabB] = await twoTabs(context, '/chapters/be-patient/');
    const radio = (page: Page) =>
      page.locator('[data-self-check] fieldset').nth(0).locator('input[type="radio"]').nth(1);
    await radio(tabA).check();
    await expect(radio(tabB)).toBeChecked();
    return { tabA, tabB, radio };
  }

  async function clearSelfCheck(page: Page) {
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
  }

  test('a self-check cleared in one tab says why its answers went in the other', async ({
    context,
  }) => {
    const { tabA, tabB, radio } = await answeredInTwoTabs(context);
    await clearSelfCheck(tabA);
    await expect(radio(tabB)).not.toBeChecked();
    await expect(tabB.locator('[data-self-check-status]')).toHaveText(
      'In another tab: these answers were deleted, so they are gone from this page too.',
    );
    // Where the reader is looking: it was below the statements, off the screen.
    await expect(tabB.locator('[data-self-check-status]')).toBeInViewport();
  });

  test('a reader up the chapter, its self-check out of sight, is not moved when the check is cleared in another tab', async ({
    context,
  }) => {
    const { tabA, tabB, radio } = await answeredInTwoTabs(context);
    // Tab B's reader goes back up to read the chapter.
    await tabB.evaluate(() => window.scrollTo(0, 0));
    await clearSelfCheck(tabA);
    await expect(radio(tabB)).not.toBeChecked();
    await tabB.waitForTimeout(300);
    expect(await tabB.evaluate(() => window.scrollY)).toBe(0);
  });

  test('with the worksheet open in another tab, deleting everything empties it at once, and a keystroke there does not bring deleted answers back', async ({
    context,
  }) => {
    const sheetTab = await context.newPage();
    const dataTab = await context.newPage();
    await open(sheetTab, sheet);
    await draft(sheetTab).fill('Something I want gone');
    await howToSend(sheetTab).fill('Also gone');
    // As at 400 % zoom: the reader's box fills the screen, the sheet's tools above it.
    await sheetTab.setViewportSize({ width: 320, height: 256 });
    await howToSend(sheetTab).scrollIntoViewIfNeeded();
    await open(dataTab, '/your-data/');
    await dataTab.getByRole('button', { name: 'Delete everything…' }).click();
    await dataTab.getByRole('button', { name: 'Yes, delete everything' }).click();
    expect(await storedItems(dataTab)).toEqual({});
    // The open worksheet reflects the delete without a reload, and says why its boxes emptied.
    await expect(draft(sheetTab)).toHaveValue('');
    await expect(howToSend(sheetTab)).toHaveValue('');
    const why = sheetTab.getByRole('status').filter({ hasText: 'In another tab:' });
    await expect(why).toHaveText(
      'In another tab: these answers were deleted, so they are gone from this page too.',
    );
    await expect(why).toBeInViewport();
    await ifTheyContact(sheetTab).fill('New');
    expect(await storedAnswers(sheetTab)).toEqual({ 'if-they-contact-me': 'New' });
  });
});

test('delete then Back: the worksheet comes back empty and nothing is saved again', async ({
  page,
}) => {
  await open(page, sheet);
  await draft(page).fill('Words I will delete');
  await howToSend(page).fill('More words');
  await open(page, '/your-data/');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  expect(await storedItems(page)).toEqual({});
  await goBack(page);
  await expect(draft(page)).toHaveValue('');
  await expect(howToSend(page)).toHaveValue('');
  // Give any stray save a chance to happen: none may.
  await page.waitForTimeout(500);
  expect(await storedItems(page)).toEqual({});
  await page.reload();
  await expect(draft(page)).toHaveValue('');
});

test('delete then Back: a self-check comes back unanswered and nothing is saved again', async ({
  page,
}) => {
  await open(page, '/chapters/be-patient/');
  const radios = page.locator('[data-self-check] input[type="radio"]');
  await radios.nth(1).check();
  expect(Object.keys(await storedItems(page))).toContain('rt:self-check:be-patient');
  await open(page, '/your-data/');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await goBack(page);
  await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-self-check] input[type="radio"]:checked')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await storedItems(page)).toEqual({});
});

/** The line under a sheet's tools that says whether what is typed is kept. */
const savingLine = (page: Page) =>
  page
    .locator('p')
    .filter({ hasText: /as you type|Not saved on this device just now/ })
    .filter({ has: page.getByRole('link', { name: 'Your data', exact: true }) });

test('answers saved by a newer version (a tab that took an update) stay where they are; this tab says to reload', async ({
  page,
}) => {
  const newer = JSON.stringify({ version: 3, savedAt: '2026-11-26T09:00:00.000Z', fields: {} });
  await page.goto('/about/');
  await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: newer });
  await open(page, sheet);
  await expect(page.getByText(/saved by a newer version of the handbook/).first()).toBeVisible();
  // The line under the sheet's tools never says "saved as you type" beside it, before typing or after.
  await expect(savingLine(page)).toContainText(
    'Not saved on this device just now: see the message above.',
  );
  await draft(page).fill('Typed in the tab that has not reloaded');
  await expect(savingLine(page)).toContainText('Not saved on this device just now');
  await page.waitForTimeout(300);
  expect(await storedItems(page)).toEqual({ [key]: newer });
});

test.describe('leaving a sheet with answers that are not saved', () => {
  const leave = async (page: Page) => {
    const asked: string[] = [];
    const stay = (dialog: Dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    };
    page.on('dialog', stay);
    await page
      .locator('main')
      .getByRole('link', { name: 'Your data', exact: true })
      .first()
      .click();
    await page.waitForTimeout(500);
    page.off('dialog', stay);
    return asked;
  };

  test('storage full: leaving asks first, and staying keeps the text', async ({ page }) => {
    await fillStorageFor(page, 'rt:worksheet:');
    await open(page, sheet);
    await draft(page).fill('Typed when the device was full');
    await expect(page.getByText(/storage for the handbook is full/).first()).toBeVisible();
    expect(await leave(page)).toEqual(['beforeunload']);
    await expect(page).toHaveURL(new RegExp(`${sheet}$`));
    await expect(draft(page)).toHaveValue('Typed when the device was full');
  });

  test('storage off: leaving a self-check with answers asks first, and staying keeps them', async ({
    page,
  }) => {
    await turnStorageOff(page);
    await open(page, '/chapters/be-patient/');
    const radios = page.locator('[data-self-check] input[type="radio"]');
    // Nothing answered yet: leaving does not ask.
    expect(await leave(page)).toEqual([]);
    await open(page, '/chapters/be-patient/');
    await radios.nth(1).check();
    expect(await leave(page)).toEqual(['beforeunload']);
    await expect(page).toHaveURL(/\/chapters\/be-patient\/$/);
    await expect(radios.nth(1)).toBeChecked();
  });

  test('saved as typed: leaving does not ask', async ({ page }) => {
    await open(page, sheet);
    await draft(page).fill('Saved as I type');
    await expect
      .poll(async () => (await storedItems(page))[key] ?? '')
      .toContain('Saved as I type');
    expect(await leave(page)).toEqual([]);
    await expect(page).toHaveURL(/\/your-data\/$/);
  });
});

test('storage full: the field just typed in says, beside it, that it is not kept and how to keep it', async ({
  page,
}) => {
  await fillStorageFor(page, 'rt:worksheet:');
  await page.setViewportSize({ width: 360, height: 640 });
  await open(page, sheet);
  await howToSend(page).fill('Typed when the device was full');
  const note = page.locator('[data-field-unsaved]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('Not saved on this device just now');
  await expect(note).toContainText('“Download answers”');
  // Right under the box typed in, not only at the top of the sheet.
  const box = await howToSend(page).boundingBox();
  const said = await note.boundingBox();
  expect(box && said && said.y - (box.y + box.height)).toBeLessThan(16);
  expect(box && said && said.y - (box.y + box.height)).toBeGreaterThanOrEqual(0);
  const field = page.locator('.ws-field').filter({ has: howToSend(page) });
  await expect(field.locator('[data-field-unsaved]')).toHaveCount(1);
  // Typing in another field moves the note there; paper never shows it.
  await draft(page).fill('Another');
  await expect(note).toHaveCount(1);
  await expect(
    page
      .locator('.ws-field')
      .filter({ has: draft(page) })
      .locator('[data-field-unsaved]'),
  ).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeHidden();
});

/**
 * A device full of the handbook's own entries: every write but those is
 * refused while the big one is kept. Returns the sheet tab, its words typed
 * and refused, and a second tab.
 */
async function fullDeviceWithRefusedSheet(context: BrowserContext) {
  const big = 'rt:worksheet:daily-check-in:2026-01-01';
  await fullWhileStored(context, big);
  const sheetTab = await context.newPage();
  await sheetTab.goto('/about/');
  await sheetTab.evaluate(
    ({ big, record }) => {
      localStorage.setItem('rt:worksheet:what-i-value', record);
      localStorage.setItem(big, record);
    },
    {
      big,
      record: JSON.stringify({
        version: 2,
        savedAt: '2026-01-01T10:00:00.000Z',
        fields: { a: { value: 'x'.repeat(500), changedAt: '2026-01-01T10:00:00.000Z' } },
      }),
    },
  );
  await open(sheetTab, sheet);
  await howToSend(sheetTab).fill('Typed when the device was full');
  await expect(sheetTab.locator('[data-field-unsaved]')).toContainText(
    'Not saved on this device just now',
  );
  const otherTab = await context.newPage();
  return { sheetTab, otherTab, big };
}

test('storage full, then room made in another tab: the sheet saves at once and says so, with no key pressed', async ({
  context,
}) => {
  const { sheetTab, otherTab, big } = await fullDeviceWithRefusedSheet(context);
  await otherTab.goto('/about/');
  await otherTab.evaluate((big) => localStorage.removeItem(big), big);
  await expect(sheetTab.locator('[data-field-unsaved]')).toHaveCount(0);
  await expect(sheetTab.getByText('Saved on this device as you type')).toBeVisible();
  await expect
    .poll(() => sheetTab.evaluate(() => localStorage.getItem('rt:worksheet:no-contact') ?? ''))
    .toContain('Typed when the device was full');
});

test('storage full, then "Delete everything" in another tab: the refused sheet writes nothing back', async ({
  context,
}) => {
  const { sheetTab, otherTab } = await fullDeviceWithRefusedSheet(context);
  await open(otherTab, '/your-data/');
  await otherTab.getByRole('button', { name: 'Delete everything…' }).click();
  await otherTab.getByRole('button', { name: 'Yes, delete everything' }).click();
  expect(await storedItems(otherTab)).toEqual({});
  // Past the sheet's wait for the other tab's deletes to be all in.
  await sheetTab.waitForTimeout(1500);
  expect(await storedItems(otherTab)).toEqual({});
});

/**
 * Opens the sheet over a damaged record on a device with no room left for a
 * copy of it, once the page has said so. Returns the damaged record.
 */
async function openOnDamagedRecordWithNoRoom(page: Page): Promise<string> {
  const damaged = '{"version":2,"fields":{"draft-message":<b>half a record';
  // Seeded from a page with no worksheet on it, so no island reads the record early.
  await page.goto('/about/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, damaged] as const);
  await fillStorageExactly(page);
  await open(page, sheet);
  await expect(page.getByText(/no room on this device to keep a copy/).first()).toBeVisible({
    timeout: 15_000,
  });
  return damaged;
}

test.describe('storage exactly full', () => {
  test('saved answers still show, typing says it was not saved, and Your data lists, downloads and deletes', async ({
    page,
  }) => {
    await open(page, sheet);
    await draft(page).fill('Saved before the device filled up');
    await fillStorageExactly(page);
    await open(page, sheet);
    await expect(draft(page)).toHaveValue('Saved before the device filled up');
    await howToSend(page).fill('Typed when full');
    await expect(page.getByText(/storage for the handbook is full/).first()).toBeVisible();
    await expect(howToSend(page)).toHaveValue('Typed when full');

    await open(page, '/your-data/');
    await expect(page.locator('[data-saved-items]')).toContainText(
      'Worksheet: No-contact commitment',
    );
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download everything as one file' }).click();
    const file = readFileSync((await (await downloading).path()) ?? '', 'utf8');
    expect(file).toContain('Saved before the device filled up');
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    expect(Object.keys(await storedItems(page))).toEqual([]);
    await emptyStorageFiller(page);
  });

  test('unreadable record + full storage: the original is left alone, the reader is told, and can download it', async ({
    page,
  }) => {
    const damaged = await openOnDamagedRecordWithNoRoom(page);
    await draft(page).fill('Typed over it?');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(damaged);
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download the answers that could not be opened' })
      .click();
    expect(readFileSync((await (await downloading).path()) ?? '', 'utf8')).toBe(damaged);
    // Clearing the sheet clears the page, not the copy the reader has never seen.
    await page.getByRole('button', { name: 'Clear answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect(
      page.getByText(/were cleared\. An older saved copy that could not be read is still/),
    ).toBeVisible();
    await expect(draft(page)).toHaveValue('');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(damaged);
    await emptyStorageFiller(page);
  });
});

test('unreadable record + full storage, then room made: the next change saves, and the sheet says so', async ({
  page,
}) => {
  await openOnDamagedRecordWithNoRoom(page);
  await draft(page).fill('Typed when full');
  await expect(savingLine(page)).toContainText('Not saved on this device just now');
  // Room made (on Your data, say): the next change sets the damaged record aside and saves.
  await emptyStorageFiller(page);
  await draft(page).fill('Typed when full, and again');
  await expect(savingLine(page)).toContainText('Saved on this device as you type');
  expect(await storedAnswers(page)).toMatchObject({
    'draft-message': 'Typed when full, and again',
  });
});

/** The sheet that starts with "Don't save this sheet on this device" ticked. */
const path = '/worksheets/full-disclosure/';
const sheetKey = 'rt:worksheet:full-disclosure';
const noSave = (page: Page) =>
  page.getByRole('checkbox', { name: "Don't save this sheet on this device" });
const line = (page: Page, n: number) =>
  page.getByLabel(`Things I have not yet told my partner, line ${n}`, { exact: true });
/** The sheet's list of things not yet told, as saved on this device. */
const storedLines = async (page: Page) => {
  const raw = await page.evaluate((k) => localStorage.getItem(k), sheetKey);
  const record = JSON.parse(raw ?? '{}') as { fields?: Record<string, { value: unknown }> };
  return record.fields?.['not-yet-told']?.value;
};

test('delete then Back: the sheet not saved unless asked is not saving again, and typing keeps nothing', async ({
  page,
}) => {
  // The browser put the box back unticked after Back, as the reader had left
  // it, and typing saved the sheet meant for shared devices once more.
  await open(page, path);
  await noSave(page).uncheck();
  await line(page, 1).fill('Secret');
  expect(await storedLines(page)).toContain('Secret');
  await open(page, '/your-data/');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await goBack(page);
  const sheetIsland = page.locator('astro-island[opts*="WorksheetTools"]');
  await expect(sheetIsland).not.toHaveAttribute('ssr');
  await expect(line(page, 1)).toHaveValue('');
  await expect(noSave(page)).toBeChecked();
  await line(page, 1).fill('typed again');
  await page.waitForTimeout(500);
  expect(await storedItems(page)).toEqual({});
  // Where this device still keeps the sheet, Back leaves the reader's choice to save.
  await noSave(page).uncheck();
  await line(page, 1).fill('kept');
  await page.goto('/about/');
  await goBack(page);
  await expect(sheetIsland).not.toHaveAttribute('ssr');
  await expect(line(page, 1)).toHaveValue('kept');
  await expect(noSave(page)).not.toBeChecked();
});

test('Full disclosure alone deleted on Your data, then Back: it is not saving again', async ({
  page,
}) => {
  await open(page, path);
  await noSave(page).uncheck();
  await line(page, 1).fill('Secret');
  await page.evaluate(() => ((window as unknown as { cameBack: boolean }).cameBack = true));
  await open(page, '/your-data/');
  await page.getByRole('button', { name: /^Delete Worksheet: Full disclosure/ }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  expect(await storedItems(page)).toEqual({});
  await goBack(page);
  await expect(page.locator('astro-island[opts*="WorksheetTools"]')).not.toHaveAttribute('ssr');
  // From the browser's cache (the page kept its state) or loaded again: either way.
  const cached = await page.evaluate(() => (window as unknown as { cameBack?: boolean }).cameBack);
  await expect(noSave(page), `from the cache: ${cached}`).toBeChecked();
  await line(page, 1).fill('typed again');
  await page.waitForTimeout(500);
  expect(await storedItems(page)).toEqual({});
});

test('ticking "Don\'t save this sheet" never removes a saved copy the page could not read', async ({
  page,
}) => {
  const damaged = '{"version":2,"fields":{"untold":<b>half a record';
  // Seeded from a page with no worksheet on it, so no island reads the record early.
  await page.goto('/about/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [sheetKey, damaged] as const);
  await fillStorageExactly(page);
  await open(page, path);
  if (await noSave(page).isChecked()) await noSave(page).uncheck();
  await noSave(page).check();
  await expect(page.getByText(/older saved copy that could not be read is still/)).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), sheetKey)).toBe(damaged);
  await emptyStorageFiller(page);
});

test('a tab that was not saving, saving again, keeps the lines another tab saved meanwhile', async ({
  context,
}) => {
  const tabA = await context.newPage();
  await open(tabA, path);
  const tabB = await context.newPage();
  await open(tabB, path);
  await expect(noSave(tabB)).toBeChecked();
  // Tab A saves; tab B, not saving, types a line of its own on the page only.
  await noSave(tabA).uncheck();
  await line(tabA, 1).fill('A line one');
  await expect.poll(() => storedLines(tabA)).toEqual(['A line one', '', '', '', '']);
  await expect(line(tabB, 1)).toHaveValue('A line one');
  await line(tabB, 2).fill('B line two');
  await line(tabA, 3).fill('A line three');
  await expect.poll(() => storedLines(tabA)).toContain('A line three');
  // Tab B shows tab A's new line beside its own, then saves both.
  await expect(line(tabB, 3)).toHaveValue('A line three');
  await expect(line(tabB, 2)).toHaveValue('B line two');
  await noSave(tabB).uncheck();
  await expect
    .poll(() => storedLines(tabB))
    .toEqual(['A line one', 'B line two', 'A line three', '', '']);
  await expect(line(tabA, 2)).toHaveValue('B line two');
  await expect(line(tabA, 3)).toHaveValue('A line three');
});

test('a tab that stopped saving and starts again keeps what the other tab saved meanwhile, even on the same line', async ({
  context,
}) => {
  const tabA = await context.newPage();
  await open(tabA, path);
  await noSave(tabA).uncheck();
  await line(tabA, 1).fill('X1');
  await expect.poll(() => storedLines(tabA)).toEqual(['X1', '', '', '', '']);
  const tabB = await context.newPage();
  await open(tabB, path);
  // A stops saving (B follows), and writes a line on its page only.
  await noSave(tabA).check();
  await expect(noSave(tabB)).toBeChecked();
  await line(tabA, 2).fill('A2 on the page');
  // B saves again and writes its own line 2, and a line 3.
  await noSave(tabB).uncheck();
  await line(tabB, 2).fill('B2');
  await line(tabB, 3).fill('B3');
  await expect.poll(() => storedLines(tabB)).toEqual(['X1', 'B2', 'B3', '', '']);
  // A shows B's lines beside its own, and saving again loses none of them.
  await expect(line(tabA, 3)).toHaveValue('B3');
  await noSave(tabA).uncheck();
  await expect
    .poll(async () => [...((await storedLines(tabA)) as string[])].sort())
    .toEqual(['', 'A2 on the page', 'B2', 'B3', 'X1'].sort());
  await expect(line(tabB, 2)).toHaveValue('A2 on the page');
  await expect(line(tabB, 4)).toHaveValue('B2');
});

test('"Don\'t save this sheet" ticked in one tab is followed by the other tab, which keeps its text on the page only', async ({
  context,
}) => {
  const box = (page: Page, n: number) =>
    page.locator('main :is(textarea, input[type="text"]):visible').nth(n);
  const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), sheetKey);
  const tabA = await context.newPage();
  await open(tabA, path);
  // The reader chooses to save, and types; then opens the sheet in a second tab.
  await noSave(tabA).uncheck();
  await box(tabA, 0).fill('Typed in tab A');
  await expect.poll(() => stored(tabA)).toContain('Typed in tab A');
  const tabB = await context.newPage();
  await open(tabB, path);
  await expect(noSave(tabB)).not.toBeChecked();
  await box(tabB, 1).fill('Typed in tab B');
  await expect.poll(() => stored(tabA)).toContain('Typed in tab B');
  // In tab A the reader changes their mind: nothing of this sheet stays on the device.
  await noSave(tabA).check();
  await expect.poll(() => stored(tabA)).toBeNull();
  // Tab B follows: its box ticks, its text stays on the page, and it writes nothing back.
  await expect(noSave(tabB)).toBeChecked();
  await expect(tabB.getByText('you chose not to save this sheet on this device')).toBeVisible();
  await expect(box(tabB, 0)).toHaveValue('Typed in tab A');
  await expect(box(tabB, 1)).toHaveValue('Typed in tab B');
  await box(tabB, 1).fill('Typed in tab B, not saved');
  await tabB.waitForTimeout(300);
  expect(await stored(tabB)).toBeNull();
  // Saving again in tab A saves tab A's page. Tab B says so but keeps its own
  // choice: its text may differ from tab A's, and saving it would write over tab A's.
  await noSave(tabA).uncheck();
  await expect.poll(() => stored(tabA)).toContain('Typed in tab A');
  await expect(
    tabB.getByText('you chose to save this sheet on this device. What you type in this tab'),
  ).toBeVisible();
  await expect(noSave(tabB)).toBeChecked();
  await expect(box(tabB, 1)).toHaveValue('Typed in tab B, not saved');
  expect(await stored(tabB)).not.toContain('Typed in tab B, not saved');
});

test('over-long and orphaned answers, and a date in another format, are kept and shown', async ({
  page,
}) => {
  const long = 'A long answer. '.repeat(180); // 2700 characters; the box allows 2000
  const at = '2026-11-20T08:30:00.000Z';
  await page.goto(sheet);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
    key,
    JSON.stringify({
      version: 2,
      savedAt: at,
      fields: {
        'draft-message': { value: long, changedAt: at },
        'a-question-since-removed': { value: 'My answer to an old question', changedAt: at },
        'a-link-since-removed': { value: `https://example.org/${'x'.repeat(160)}`, changedAt: at },
        date: { value: '20/11/2026', changedAt: at },
      },
    }),
  ] as const);
  // On the narrowest phone, so a long web address among them cannot widen the page.
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page, sheet);
  await expect(draft(page)).toHaveValue(long);
  const kept = page.locator('[data-kept-answers]');
  await expect(kept).toContainText('longer than the 2000 characters');
  await expect(kept).toContainText('My answer to an old question');
  await expect(kept).toContainText('20/11/2026');
  await expect(kept).toContainText('https://example.org/xxx');
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
    'sideways scroll in px',
  ).toBe(0);
  await howToSend(page).fill('A new answer');
  expect(await storedAnswers(page)).toEqual({
    'draft-message': long,
    'a-question-since-removed': 'My answer to an old question',
    'a-link-since-removed': `https://example.org/${'x'.repeat(160)}`,
    date: '20/11/2026',
    'how-i-will-send-it': 'A new answer',
  });

  // A new date written over the kept one: the record as it was goes aside first, and the reader is told.
  await page.locator('main input[type="date"]').fill('2026-11-26');
  await expect(page.getByText(/copy of the earlier one is kept on this device/)).toBeVisible();
  await expect(kept).not.toContainText('20/11/2026');
  await expect(kept).toContainText('My answer to an old question');
  const stored = await storedItems(page);
  const copies = Object.entries(stored).filter(([k]) =>
    k.startsWith(`rt-recovery:worksheet:no-contact:`),
  );
  expect(copies).toHaveLength(1);
  const copy = JSON.parse(copies[0]?.[1] ?? '{}') as { fields: Record<string, { value: unknown }> };
  expect(copy.fields['date']?.value).toBe('20/11/2026');
  expect((await storedAnswers(page))?.['date']).toBe('2026-11-26');
});

test('one damaged answer does not hide the others: they stay, and a copy of it all is kept', async ({
  page,
}) => {
  const at = '2026-11-20T08:30:00.000Z';
  const partly = JSON.stringify({
    version: 2,
    savedAt: at,
    fields: {
      'draft-message': { value: 'My draft, kept', changedAt: at },
      // Only its time cannot be read: the words are the reader's, and shown.
      'if-they-contact-me': { value: 'I will not answer', changedAt: 'last Tuesday' },
      // Nothing left of it to show.
      'how-i-will-send-it': { changedAt: at },
    },
  });
  // Seeded from a page with no worksheet on it, so no island reads the record early.
  await page.goto('/about/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, partly] as const);
  await open(page, sheet);
  await expect(draft(page)).toHaveValue('My draft, kept');
  await expect(ifTheyContact(page)).toHaveValue('I will not answer');
  await expect(page.locator('[data-storage-notice]')).toContainText(
    'Part of what was saved here was damaged. Everything that could be read is here',
  );
  const copies = Object.entries(await storedItems(page)).filter(([k]) =>
    k.startsWith('rt-recovery:worksheet:no-contact:'),
  );
  expect(copies.map(([, v]) => v)).toEqual([partly]);
  // Clearing the sheet on a shared device: the question says the copy stays, and where.
  await page.getByRole('button', { name: 'Clear answers' }).click();
  await expect(page.getByRole('group', { name: 'Clear answers' })).toContainText(
    'A recovery copy of earlier answers on this sheet stays on “Your data” until you delete it there.',
  );
  await page.getByRole('button', { name: 'No, keep them' }).click();
  // Typing goes on saving over the answers that could be read.
  await howToSend(page).fill('In a letter');
  await expect
    .poll(() => storedAnswers(page))
    .toEqual({
      'draft-message': 'My draft, kept',
      'if-they-contact-me': 'I will not answer',
      'how-i-will-send-it': 'In a letter',
    });
  await page.goto('/your-data/');
  await expect(page.locator('[data-recovery-copies]')).toContainText(
    'Recovery copy of Worksheet: No-contact commitment',
  );
});

test('a line kept only in a recovery copy goes back into a blank line of its list', async ({
  page,
}) => {
  // A line added on each of two devices: loading a backup kept one list whole,
  // the other line only in the copy, which putting back refused.
  const field = (lines: string[], at: string) =>
    JSON.stringify({
      version: 2,
      savedAt: at,
      fields: { 'dreaded-questions': { value: lines, changedAt: at } },
    });
  const copyKey = 'rt-recovery:worksheet:answering-questions:2026-11-20T09:05:00.000Z';
  await page.goto('/about/');
  await page.evaluate(
    ([record, copy, key]) => {
      localStorage.setItem('rt:worksheet:answering-questions', record);
      localStorage.setItem(key, copy);
    },
    [
      field(['Why her', 'When did it start', '', ''], '2026-11-20T09:10:00.000Z'),
      field(['Why her', 'Did you love her', '', ''], '2026-11-20T09:00:00.000Z'),
      copyKey,
    ] as const,
  );
  await open(page, '/your-data/');
  const copy = page.locator('[data-recovery-copies] li', { hasText: 'Questions I will answer' });
  await copy.getByRole('button', { name: /^Put these answers back/ }).click();
  await expect(copy.locator('[data-put-back-said]')).toContainText('Put back 1 answer in');
  await open(page, '/worksheets/answering-questions/');
  const line = (n: number) => page.locator(`[name="dreaded-questions.${n}"]`);
  await expect(line(1)).toHaveValue('Why her');
  await expect(line(2)).toHaveValue('When did it start');
  await expect(line(3)).toHaveValue('Did you love her');
  await expect(line(4)).toHaveValue('');
});

test('a recovery copy’s answers go back into the empty boxes only, and an open tab shows them', async ({
  context,
}) => {
  const copied = JSON.stringify({
    version: 2,
    savedAt: '2026-11-20T08:30:00.000Z',
    fields: {
      'draft-message': { value: 'The draft I lost', changedAt: '2026-11-20T08:30:00.000Z' },
      'if-they-contact-me': { value: 'Older words', changedAt: '2026-11-20T08:30:00.000Z' },
      // Damaged in the copy: nothing of it comes back.
      'how-i-will-send-it': { changedAt: '2026-11-20T08:30:00.000Z' },
    },
  });
  const copyKey = `rt-recovery:worksheet:no-contact:2026-11-20T09:00:00.000Z`;
  const [sheetTab, dataTab] = [await context.newPage(), await context.newPage()];
  await sheetTab.goto('/about/');
  await sheetTab.evaluate(([k, v]) => localStorage.setItem(k, v), [copyKey, copied] as const);
  await open(sheetTab, sheet);
  // Typed since the copy was made: these words must stay.
  await ifTheyContact(sheetTab).fill('Newer words');
  await expect.poll(() => storedAnswers(sheetTab)).toEqual({ 'if-they-contact-me': 'Newer words' });

  await open(dataTab, '/your-data/');
  const copy = dataTab.locator('[data-recovery-copies] li', { hasText: 'No-contact commitment' });
  await copy.getByRole('button', { name: /^Put these answers back/ }).click();
  await expect(copy.locator('[data-put-back-said]')).toHaveText(
    'Put back 1 answer in Worksheet: No-contact commitment. One box or line there holds other words now. They were kept, and the copy still has the earlier ones. The copy stays here until you delete it.',
  );
  expect(await storedAnswers(dataTab)).toEqual({
    'if-they-contact-me': 'Newer words',
    'draft-message': 'The draft I lost',
  });
  // The copy stays, and the sheet is now listed as saved.
  expect((await storedItems(dataTab))[copyKey]).toBe(copied);
  await expect(dataTab.locator('[data-saved-items]')).toContainText('No-contact commitment');
  // The sheet open in the other tab shows the answer put back, beside the newer words.
  await expect(draft(sheetTab)).toHaveValue('The draft I lost');
  await expect(ifTheyContact(sheetTab)).toHaveValue('Newer words');
  // Pressed again: nothing changes, and it says so.
  await copy.getByRole('button', { name: /^Put these answers back/ }).click();
  await expect(copy.locator('[data-put-back-said]')).toContainText('Nothing was put back.');
  expect(await storedAnswers(dataTab)).toEqual({
    'if-they-contact-me': 'Newer words',
    'draft-message': 'The draft I lost',
  });
});

/** The reader's own draft typed on the no-contact sheet, then an answers file loaded over it. */
async function loadOverMyDraft(page: Page, answers: Record<string, unknown>) {
  await open(page, sheet);
  await draft(page).fill('Mine, typed here');
  await page.locator('input[data-answers-file]').setInputFiles(answersFile(answers));
}

test('worksheet file load asks first, naming what will change', async ({ page }) => {
  await open(page, sheet);
  await draft(page).fill('Mine, typed here');
  const file = answersFile({ 'draft-message': 'From the file', 'gone-field': 'old' });
  const question = page.locator('[data-load-question]');
  await page.locator('input[data-answers-file]').setInputFiles(file);
  await expect(question).toContainText(
    'Replaces your answer to “My draft message to the other person”',
  );
  await expect(question).toContainText('“gone-field” in the file');
  await expect(question).toContainText('so it was not loaded');
  // It starts on keeping, as "Clear answers" does: a quick Enter keeps the draft.
  await expect(page.getByRole('button', { name: 'No, keep mine' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(draft(page)).toHaveValue('Mine, typed here');
  expect(await storedAnswers(page)).toEqual({ 'draft-message': 'Mine, typed here' });
  // Answered, focus is back where the reader asked, not on the page's top.
  const loadButton = page.getByRole('button', { name: 'Load answers from a file' });
  await expect(loadButton).toBeFocused();
  // Escape keeps too.
  await page.locator('input[data-answers-file]').setInputFiles(file);
  await expect(page.getByRole('button', { name: 'No, keep mine' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(loadButton).toBeFocused();
  await expect(draft(page)).toHaveValue('Mine, typed here');

  await page.locator('input[data-answers-file]').setInputFiles(file);
  await expect(question).toContainText(
    'What is saved here now is kept first as a recovery copy on “Your data”.',
  );
  await page.getByRole('button', { name: 'Yes, load them' }).focus();
  await page.keyboard.press('Enter');
  await expect(draft(page)).toHaveValue('From the file');
  expect(await storedAnswers(page)).toEqual({ 'draft-message': 'From the file' });
  await expect(loadButton).toBeFocused();
  // The words it replaced are kept (loading yesterday's file over today's entry lost them).
  await expect(
    page.getByText('What was saved here before is kept as a recovery copy on “Your data”.'),
  ).toBeVisible();
  const copies = Object.entries(await storedItems(page)).filter(([k]) =>
    k.startsWith('rt-recovery:worksheet:no-contact:'),
  );
  expect(copies).toHaveLength(1);
  expect(copies[0]?.[1]).toContain('Mine, typed here');
});

test('worksheet file load: the file reader is fetched only when a file is chosen; if it cannot be, nothing changes and the sheet says so', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await open(page, sheet);
  await draft(page).fill('Mine, typed here');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.includes('transfer-load'))).toEqual([]);

  await page.route('**/transfer-load.*', (route) => route.abort());
  const file = answersFile({ 'draft-message': 'From the file' });
  await page.locator('input[data-answers-file]').setInputFiles(file);
  await expect(page.getByText('could not fetch what it needs to read the file')).toBeVisible();
  await expect(page.locator('[data-load-question]')).toHaveCount(0);
  await expect(draft(page)).toHaveValue('Mine, typed here');
  expect(await storedAnswers(page)).toEqual({ 'draft-message': 'Mine, typed here' });

  await page.unroute('**/transfer-load.*');
  await page.locator('input[data-answers-file]').setInputFiles(file);
  await expect(page.locator('[data-load-question]')).toContainText('Replaces your answer');
});

test('worksheet file load on a full device says the answers are on the page but not kept', async ({
  page,
}) => {
  await fillStorageFor(page, 'rt:worksheet:');
  await open(page, sheet);
  await page
    .locator('input[data-answers-file]')
    .setInputFiles(answersFile({ 'draft-message': 'From the file' }));
  await expect(draft(page)).toHaveValue('From the file');
  // Not "Done": the device did not take them.
  await expect(page.getByText('Loaded, not saved:')).toBeVisible();
  await expect(
    page.getByText(/are on this page, but this device is not keeping them/),
  ).toBeVisible();
  await expect(page.getByText('Answers loaded from answers.json.')).toHaveCount(0);
  expect(await storedAnswers(page)).toBeNull();
});

test('worksheet file load leaves an answer as it is when the file’s answer to it is unusable', async ({
  page,
}) => {
  await loadOverMyDraft(page, { 'draft-message': 12, 'how-i-will-send-it': 'From the file' });
  // Only an empty field gets an answer, so nothing is asked; the bad one is named.
  const status = page.getByText('Answers loaded from answers.json.');
  await expect(status).toContainText('“My draft message to the other person” in the file');
  await expect(status).toContainText('your answer here is unchanged');
  await expect(draft(page)).toHaveValue('Mine, typed here');
  await expect(howToSend(page)).toHaveValue('From the file');
  expect(await storedAnswers(page)).toEqual({
    'draft-message': 'Mine, typed here',
    'how-i-will-send-it': 'From the file',
  });
});

/** A backup file from "Your data", exported at `at`, holding `items` by storage key. */
function backupFile(items: Record<string, unknown>, at = '2026-11-20T08:30:00.000Z') {
  return {
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'rebuilding-trust-backup', version: 1, exportedAt: at, items }),
    ),
  };
}

test('words written over after a backup come back from it on their sheet, asked first; Your data says where', async ({
  page,
}) => {
  await open(page, sheet);
  await draft(page).fill('The message I meant to keep');
  await open(page, '/your-data/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download everything as one file' }).click(),
  ]);
  const backup = await download.path();
  await open(page, sheet);
  await draft(page).fill('oops');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', key))
    .toContain('oops');
  // Your data merges: the later "oops" stays, and the status says where the older words can come back.
  await open(page, '/your-data/');
  await page.getByLabel('Backup file (.json)').setInputFiles(backup);
  await expect(page.locator('[data-your-data-status]')).toContainText(
    'To have a sheet’s answers back as they were in this file, open that sheet (a dated one on that day’s entry) and choose this file with “Load answers from a file”',
  );
  await open(page, sheet);
  await page.locator('input[data-answers-file]').setInputFiles(backup);
  const question = page.locator('[data-load-question]');
  await expect(question).toContainText(
    'Replaces your answer to “My draft message to the other person”',
  );
  await page.getByRole('button', { name: 'Yes, load them' }).click();
  await expect(draft(page)).toHaveValue('The message I meant to keep');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', key))
    .toContain('The message I meant to keep');
  // What it replaced was typed too: kept as a recovery copy.
  const copies = Object.entries(await storedItems(page)).filter(([k]) =>
    k.startsWith('rt-recovery:worksheet:no-contact:'),
  );
  expect(copies.map(([, v]) => v).join()).toContain('oops');
});

test('partial backup: the valid items load and the skipped ones are listed', async ({ page }) => {
  await open(page, '/your-data/');
  const record = JSON.stringify({
    version: 2,
    savedAt: '2026-11-20T08:30:00.000Z',
    fields: {
      'draft-message': { value: 'From the backup', changedAt: '2026-11-20T08:30:00.000Z' },
    },
  });
  await page
    .getByLabel('Backup file (.json)')
    .setInputFiles(
      backupFile({ [key]: record, 'rt-theme': 'Dark', 'not-ours': 'x', 'rt:worksheet:odd': 42 }),
    );
  const skipped = page.locator('[data-import-skipped]');
  await expect(skipped).toContainText('2 items');
  await expect(skipped).toContainText('not-ours');
  // A record the handbook names is listed by its name, with why.
  await expect(skipped).toContainText('Worksheet: Odd is not stored as text');
  await page.getByRole('button', { name: 'Load these items' }).click();
  await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 2 items');
  expect(await storedItems(page)).toEqual({ [key]: record, 'rt-theme': 'dark' });
  // The file's theme shows at once in this tab too.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await open(page, sheet);
  await expect(draft(page)).toHaveValue('From the backup');
});

/** A backup's copy of the no-contact sheet, exported at `at`. */
const at = '2026-11-20T08:30:00.000Z';
const record = JSON.stringify({
  version: 2,
  savedAt: at,
  fields: { 'draft-message': { value: 'From the backup', changedAt: at } },
});

/** The backup's copy of the no-contact sheet with a second answer, both from `at`. */
const recordWithPlan = JSON.stringify({
  version: 2,
  savedAt: at,
  fields: {
    'draft-message': { value: 'From the backup', changedAt: at },
    'if-they-contact-me': { value: 'Tell my partner the same day', changedAt: at },
  },
});

test('an old backup loaded over newer answers keeps them, adds what the file has, and keeps the theme set here', async ({
  context,
}) => {
  const yourData = await context.newPage();
  await yourData.goto('/about/');
  await yourData.evaluate(() => localStorage.setItem('rt-theme', 'light'));
  await open(yourData, '/your-data/');
  await yourData
    .getByLabel('Backup file (.json)')
    .setInputFiles(backupFile({ [key]: recordWithPlan, 'rt-theme': 'dark' }, at));
  const summary = yourData.locator('[data-import-summary]');
  await expect(summary).toContainText('Worksheet: No-contact commitment (new)');
  await expect(summary).toContainText('(what is set here stays)');
  // Meanwhile the reader types on the sheet in another tab: newer than the file's answer.
  const sheetTab = await context.newPage();
  await open(sheetTab, sheet);
  await draft(sheetTab).fill('Typed after the file was chosen');
  await expect
    .poll(() => storedAnswers(yourData))
    .toMatchObject({ 'draft-message': 'Typed after the file was chosen' });
  await yourData.getByRole('button', { name: 'Load these items' }).click();
  await expect(yourData.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
  // Planned again as it loaded: the newer typing stays, the file adds its other answer.
  expect(await storedAnswers(yourData)).toEqual({
    'draft-message': 'Typed after the file was chosen',
    'if-they-contact-me': 'Tell my partner the same day',
  });
  await expect(ifTheyContact(sheetTab)).toHaveValue('Tell my partner the same day');
  await expect(draft(sheetTab)).toHaveValue('Typed after the file was chosen');
  expect(await yourData.evaluate(() => localStorage.getItem('rt-theme'))).toBe('light');
});

test('a backup loaded while a sheet is open in another tab: the tab shows what it adds and keeps its own typing', async ({
  context,
}) => {
  const sheetTab = await context.newPage();
  await open(sheetTab, sheet);
  const yourData = await context.newPage();
  await open(yourData, '/your-data/');
  // Typed in the sheet's tab, and loaded from the file within the next seconds.
  await draft(sheetTab).fill('Typed a moment ago');
  await howToSend(sheetTab).fill('Also a moment ago');
  await expect
    .poll(() => storedAnswers(yourData))
    .toMatchObject({
      'draft-message': 'Typed a moment ago',
      'how-i-will-send-it': 'Also a moment ago',
    });
  await yourData
    .getByLabel('Backup file (.json)')
    .setInputFiles(backupFile({ [key]: recordWithPlan }, at));
  await expect(yourData.locator('[data-import-summary]')).toContainText(
    'the newer of each answer is kept',
  );
  await yourData.getByRole('button', { name: 'Load these items' }).click();
  await expect(yourData.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
  await expect(ifTheyContact(sheetTab)).toHaveValue('Tell my partner the same day');
  await expect(draft(sheetTab)).toHaveValue('Typed a moment ago');
  await expect(howToSend(sheetTab)).toHaveValue('Also a moment ago');
  await sheetTab.waitForTimeout(500);
  expect(await storedAnswers(yourData)).toEqual({
    'draft-message': 'Typed a moment ago',
    'how-i-will-send-it': 'Also a moment ago',
    'if-they-contact-me': 'Tell my partner the same day',
  });
});

test('leaving a box without typing keeps the time it was typed, so an answer typed later elsewhere still wins', async ({
  page,
}) => {
  await open(page, sheet);
  await draft(page).click();
  await page.keyboard.type('Typed here first');
  await expect
    .poll(() => storedAnswers(page))
    .toMatchObject({ 'draft-message': 'Typed here first' });
  const changedAt = () =>
    page.evaluate(
      (k) =>
        (
          JSON.parse(localStorage.getItem(k) ?? '{}') as {
            fields?: Record<string, { changedAt?: string }>;
          }
        ).fields?.['draft-message']?.changedAt,
      key,
    );
  const typedAt = (await changedAt()) ?? '';
  // A while later the box loses focus (its change event), with no new typing.
  await page.waitForTimeout(1500);
  await howToSend(page).click();
  await page.waitForTimeout(300);
  expect(await changedAt()).toBe(typedAt);
  // Meanwhile the reader typed on another device, after this box, and made a backup there.
  const later = new Date(Date.parse(typedAt) + 500).toISOString();
  const fromOtherDevice = JSON.stringify({
    version: 2,
    savedAt: later,
    fields: { 'draft-message': { value: 'Typed later on the phone', changedAt: later } },
  });
  await open(page, '/your-data/');
  await page
    .getByLabel('Backup file (.json)')
    .setInputFiles(backupFile({ [key]: fromOtherDevice }, later));
  await page.getByRole('button', { name: 'Load these items' }).click();
  await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
  expect(await storedAnswers(page)).toEqual({ 'draft-message': 'Typed later on the phone' });
});

test('a backup with nothing newer than what is saved offers nothing to load', async ({ page }) => {
  await open(page, sheet);
  await draft(page).fill('Newer than the file');
  await expect
    .poll(() => storedAnswers(page))
    .toMatchObject({ 'draft-message': 'Newer than the file' });
  const before = await storedItems(page);
  await open(page, '/your-data/');
  await page.getByLabel('Backup file (.json)').setInputFiles(backupFile({ [key]: record }, at));
  await expect(page.locator('[data-your-data-status]')).toContainText(
    'Everything in this file is already saved on this device',
  );
  await expect(page.locator('[data-import-summary]')).toContainText(
    'nothing newer than what is saved here',
  );
  await expect(page.locator('[data-load-backup]')).toHaveCount(0);
  expect(await storedItems(page)).toEqual(before);
});

test('a result deleted after the backup was made stays deleted, and the summary says so', async ({
  page,
}) => {
  await open(page, '/self-check/');
  const result = (day: string) => ({
    value: { scores: { 'be-there': 2 } },
    changedAt: `${day}T10:00:00.000Z`,
  });
  const fromFile = JSON.stringify({
    version: 2,
    savedAt: at,
    fields: { '2026-11-02': result('2026-11-02') },
  });
  // Deleted here with "Yes, delete it" after the backup was made.
  const here = JSON.stringify({
    version: 2,
    savedAt: '2026-11-21T10:00:00.000Z',
    fields: {
      '2026-11-02': { deleted: true, changedAt: '2026-11-21T10:00:00.000Z' },
      '2026-11-16': result('2026-11-16'),
    },
  });
  await page.evaluate((text) => localStorage.setItem('rt:results:handbook', text), here);
  await open(page, '/your-data/');
  await page
    .getByLabel('Backup file (.json)')
    .setInputFiles(backupFile({ 'rt:results:handbook': fromFile }, at));
  await expect(page.locator('[data-your-data-status]')).toContainText(
    'Everything in this file is already saved on this device, as it is or newer, or was deleted here since.',
  );
  await expect(page.locator('[data-import-summary]')).toContainText(
    '1 result in it was deleted here since, and stays deleted',
  );
  await expect(page.locator('[data-load-backup]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('rt:results:handbook'))).toBe(here);
});

test('a chosen backup’s summary follows “Delete everything”: what was already saved is now new, and can load', async ({
  page,
}) => {
  await open(page, sheet);
  await draft(page).fill('Newer than the file');
  await expect
    .poll(() => storedAnswers(page))
    .toMatchObject({ 'draft-message': 'Newer than the file' });
  await open(page, '/your-data/');
  await page.getByLabel('Backup file (.json)').setInputFiles(backupFile({ [key]: record }, at));
  await expect(page.locator('[data-import-summary]')).toContainText('nothing newer');
  await expect(page.locator('[data-load-backup]')).toHaveCount(0);
  await page.locator('[data-delete-all]').click();
  await page.locator('[data-confirm-delete]').click();
  await expect(page.locator('[data-delete-result]')).toBeVisible();
  // The summary no longer says the file's item is already here: it is not.
  await expect(page.locator('[data-import-summary]')).toContainText('(new)');
  await page.getByRole('button', { name: 'Load these items' }).click();
  await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
  // "Everything … has been deleted" is no longer true, so it is no longer said.
  await expect(page.locator('[data-delete-result]')).toHaveCount(0);
});

test('with nothing saved, Your data makes no empty file and says so', async ({ page }) => {
  await open(page, '/your-data/');
  await expect(page.locator('[data-saved-empty]')).toBeVisible();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.locator('[data-download-all]').click();
  await expect(page.locator('[data-your-data-status]')).toHaveText(
    'Nothing is saved on this device, so no file was made.',
  );
  await page.locator('[data-delete-all]').click();
  await expect(
    page.getByText('Nothing is saved on this device now. Delete everything anyway?'),
  ).toBeVisible();
  expect(downloads).toBe(0);
});

test('answers loaded from a file in a tab that is not saving merge with lines another tab saves later', async ({
  context,
}) => {
  const tabA = await context.newPage();
  await open(tabA, path);
  await noSave(tabA).uncheck();
  const tabB = await context.newPage();
  await open(tabB, path);
  await expect(noSave(tabB)).toBeChecked();
  // B, keeping the sheet on its page only, loads its answers from a file.
  await tabB
    .locator('input[data-answers-file]')
    .setInputFiles(
      answersFile(
        { 'not-yet-told': ['F1', 'F2'] },
        'full-disclosure',
        'Full disclosure commitment',
      ),
    );
  const yes = tabB.getByRole('button', { name: 'Yes, load them' });
  if (await yes.isVisible()) await yes.click();
  await expect(line(tabB, 2)).toHaveValue('F2');
  // A saves a third line; then B saves again. Neither side's lines are lost.
  await line(tabA, 3).fill('A3');
  await expect(line(tabB, 3)).toHaveValue('A3');
  await noSave(tabB).uncheck();
  await expect.poll(() => storedLines(tabA)).toEqual(['F1', 'F2', 'A3', '', '']);
});

test('saving a sheet again on a full device says it could not be saved, not that it is', async ({
  page,
}) => {
  await fillStorageFor(page, 'rt:worksheet:');
  await open(page, path);
  await page.getByLabel('Things I have not yet told my partner, line 1', { exact: true }).fill('x');
  await noSave(page).uncheck();
  await expect(page.getByText('This sheet could not be saved just now')).toBeVisible();
  await expect(page.getByText('This sheet is saved on this device now')).toHaveCount(0);
});

test('a file whose answers this sheet cannot use says nothing was loaded, not "the same answers"', async ({
  page,
}) => {
  await loadOverMyDraft(page, {
    'draft-message': ['a list', 'where text belongs'],
    'not-a-field': 'x',
  });
  const said = page.getByText(
    /Nothing in answers\.json could be loaded; this sheet is unchanged\./,
  );
  await expect(said).toBeVisible();
  await expect(page.getByText(/holds the same answers/)).toHaveCount(0);
  await expect(draft(page)).toHaveValue('Mine, typed here');
});

test.describe('typed before the sheet wakes (a slow phone)', () => {
  const sheetScript = '**/_astro/WorksheetTools.*.js';

  test('typing over saved words that were not shown yet keeps them as a recovery copy, and says so', async ({
    page,
  }) => {
    await open(page, sheet);
    await draft(page).fill('My long careful draft. Every word matters.');
    await howToSend(page).fill('Saved too');
    const release = await holdScript(page, sheetScript);
    await page.goto('/about/');
    await page.goto(sheet);
    // The boxes show nothing saved until the sheet wakes: the reader types.
    await expect(draft(page)).toHaveValue('');
    await draft(page).fill('Hi');
    release();
    await expect(page.locator('astro-island[opts*="WorksheetTools"]')).not.toHaveAttribute('ssr');
    await expect(draft(page)).toHaveValue('Hi');
    await expect(howToSend(page)).toHaveValue('Saved too');
    await expect(
      page.getByRole('status').filter({ hasText: 'before your saved answers opened' }),
    ).toContainText('The saved words it replaced are in a recovery copy');
    const items = await storedItems(page);
    expect(JSON.parse(items[key] ?? '{}').fields['draft-message'].value).toBe('Hi');
    const copies = Object.entries(items).filter(([k]) => k.startsWith('rt-recovery:'));
    expect(copies).toHaveLength(1);
    expect(copies[0]?.[1]).toContain('My long careful draft. Every word matters.');
  });

  test('a line and a tick given early join the saved ones, and are saved with no other key', async ({
    page,
  }) => {
    await open(page, path);
    await noSave(page).uncheck();
    await line(page, 1).fill('The hotel in March');
    await line(page, 2).fill('The second phone');
    await page.getByRole('checkbox', { name: /^Answer every question straight/ }).check();
    const release = await holdScript(page, sheetScript);
    await page.goto('/about/');
    await page.goto(path);
    await line(page, 3).fill('The money');
    await page.getByRole('checkbox', { name: /^Not tell small lies/ }).check();
    release();
    await expect(page.locator('astro-island[opts*="WorksheetTools"]')).not.toHaveAttribute('ssr');
    await expect(line(page, 1)).toHaveValue('The hotel in March');
    await expect(line(page, 2)).toHaveValue('The second phone');
    await expect(line(page, 3)).toHaveValue('The money');
    await expect(
      page.getByRole('checkbox', { name: /^Answer every question straight/ }),
    ).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Not tell small lies/ })).toBeChecked();
    await expect(page.getByText('Not saved on this device just now')).toHaveCount(0);
    await expect
      .poll(() => storedLines(page))
      .toEqual(['The hotel in March', 'The second phone', 'The money', '', '']);
    // "Don't save" showed ticked as they typed: they are told it was saved, and how not to.
    await expect(
      page.getByRole('status').filter({ hasText: 'This device keeps this sheet' }),
    ).toContainText("tick “Don't save this sheet on this device”");
  });

  test('on a full device, typing over saved words before the sheet woke waits on the page, then is saved with their copy', async ({
    context,
  }) => {
    await fullWhileStored(context, 'big');
    const page = await context.newPage();
    await open(page, sheet);
    await draft(page).fill('My long careful draft.');
    await page.evaluate(() => localStorage.setItem('big', 'x'));
    const release = await holdScript(page, sheetScript);
    await page.goto('/about/');
    await page.goto(sheet);
    await draft(page).fill('Typed early on a full device');
    release();
    await expect(page.locator('astro-island[opts*="WorksheetTools"]')).not.toHaveAttribute('ssr');
    await expect(draft(page)).toHaveValue('Typed early on a full device');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved yet:' })).toContainText(
      'the saved words stay on the device',
    );
    expect(JSON.parse((await storedItems(page))[key] ?? '{}').fields['draft-message'].value).toBe(
      'My long careful draft.',
    );
    const other = await context.newPage();
    await other.goto('/about/');
    await other.evaluate(() => localStorage.removeItem('big'));
    await expect
      .poll(
        async () =>
          JSON.parse((await storedItems(page))[key] ?? '{}').fields['draft-message'].value,
      )
      .toBe('Typed early on a full device');
    const copies = Object.entries(await storedItems(page)).filter(([k]) =>
      k.startsWith('rt-recovery:'),
    );
    expect(copies.map(([, v]) => v).join()).toContain('My long careful draft.');
  });

  test('after a reload, what the reader types before the sheet wakes is kept', async ({ page }) => {
    // The sheet had thrown away whatever its boxes held after a reload, taking
    // it for what the browser put back; with autocomplete off, it was the reader's.
    await open(page, sheet);
    const release = await holdScript(page, sheetScript);
    await page.reload();
    await ifTheyContact(page).fill('Tell my partner the same day');
    release();
    await expect(page.locator('astro-island[opts*="WorksheetTools"]')).not.toHaveAttribute('ssr');
    await expect(ifTheyContact(page)).toHaveValue('Tell my partner the same day');
    await expect
      .poll(async () => (await storedItems(page))[key] ?? '')
      .toContain('Tell my partner the same day');
  });
});
