/**
 * Coming back over weeks: reading progress, self-check results kept by
 * date, worksheets kept day by day or week by week, and all of it on
 * /your-data/. The clock is set by each test, so dates are known.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  catchPrint,
  fillStorageFor,
  goBack,
  hydrateIslands,
  storedItems,
  questionKeepsOnDoublePressAndEscape,
  timesPrinted,
  turnStorageOff,
} from './support/exercise';
import { formatDay } from '../src/lib/progress/dates';
import { chapterPaths, holdScript, printedSheets } from './support/site';

test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

const [first = '', second = ''] = chapterPaths();

async function setDay(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(iso));
}

/** Scrolls to where a chapter's text ends, as a reader finishing it would. */
async function readToTheEnd(page: Page) {
  const end = page.locator('[data-chapter-progress]');
  await expect(page.locator('[data-chapter-progress] [data-toggle-read]')).toBeVisible();
  await page.locator('[data-chapter-body]').evaluate((el) => el.scrollIntoView());
  await end.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
}

/** Whether some of the chapter's end is on screen. */
function endInView(page: Page): Promise<boolean> {
  return page.locator('[data-chapter-progress]').evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return top < innerHeight && bottom > 0;
  });
}

/** Reads down with the mouse wheel, as a reader does, until the chapter's end is on screen. */
async function wheelToTheEnd(page: Page) {
  for (let i = 0; i < 200 && !(await endInView(page)); i++) await page.mouse.wheel(0, 500);
}

test.describe('reading progress', () => {
  test('a chapter read to its end is marked read, and home continues with the next', async ({
    page,
  }) => {
    await setDay(page, '2026-03-02T10:00:00Z');
    await page.goto(first);
    await expect(page.locator('[data-chapter-progress] [data-toggle-read]')).toBeVisible();
    // Opening the page is not reading it.
    await page.waitForTimeout(300);
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
    await readToTheEnd(page);
    const firstSlug = first.split('/')[2] ?? '';
    // The sidebar says so in words a screen reader hears.
    await expect(
      page.locator(`nav[aria-label="Chapters"] [data-read-mark="${firstSlug}"]`).last(),
    ).toContainText('(read)');

    await page.goto('/');
    const firstCard = page.locator(`[data-read-mark="${firstSlug}"]`);
    await expect(firstCard).toBeVisible();
    await expect(firstCard).toHaveText(/Read/);
    const firstHeading = page.getByRole('heading', { level: 3 }).filter({ has: firstCard });
    // Heard as "… (read)", as in the chapter menu, not "Be there Read".
    await expect(firstHeading).toHaveAccessibleName(/\S \(read\)$/);
    const continueReading = page.locator('[data-continue-reading]');
    await expect(continueReading).toContainText('Continue reading');
    await expect(continueReading.getByRole('link')).toHaveAttribute('href', second);
    await expect(page.locator('[data-start-reading]')).toHaveCount(0);
    // Only one chapter is read.
    await expect(page.locator('main [data-read-mark]:visible')).toHaveCount(1);

    await page.goto('/chapters/');
    await expect(page.locator(`main [data-read-mark="${firstSlug}"]`)).toBeVisible();
    await expect(page.locator('[data-read-count]')).toContainText('read 1 of 10');
  });

  test('a chapter read before it was renamed is not counted as one of today’s chapters', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const at = '2026-11-20T09:00:00.000Z';
      localStorage.setItem(
        'rt:reading',
        JSON.stringify({
          version: 2,
          savedAt: at,
          fields: {
            'be-patient': { value: true, changedAt: at },
            'an-old-chapter-name': { value: true, changedAt: at },
          },
        }),
      );
    });
    await page.goto('/chapters/');
    await expect(page.locator('[data-read-count]')).toContainText('read 1 of 10');
  });

  test('a new reader is offered the beginning; a chapter can be marked unread', async ({
    page,
  }) => {
    await page.goto('/');
    await hydrateIslands(page);
    await expect(page.locator('[data-start-reading]')).toContainText('Start at the beginning');
    await expect(page.locator('[data-continue-reading]')).toHaveCount(0);

    await page.goto(first);
    await readToTheEnd(page);
    await page.locator('[data-toggle-read]').click();
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
    await expect(page.locator('[data-read-state]')).toHaveText(
      'This chapter is not marked as read yet. Your data',
    );
    await expect(page.getByRole('status').filter({ hasText: 'marked as unread' })).toBeVisible();
    await page.goto('/');
    await hydrateIslands(page);
    await expect(page.locator('[data-start-reading]')).toBeVisible();
    await expect(page.locator('main [data-read-mark]:visible')).toHaveCount(0);
  });

  test('a reader who presses End, jumping past the chapter’s end to its self-check, has read to the end', async ({
    page,
  }) => {
    await page.goto(first);
    await page.waitForTimeout(300);
    await page.keyboard.press('End');
    // The end was never in view: the self-check and the links follow it.
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
    await expect
      .poll(() =>
        page.locator('[data-chapter-progress]').evaluate((el) => el.getBoundingClientRect().bottom),
      )
      .toBeLessThan(0);
  });

  test('a chapter the browser puts below its end (no reader moving the page) is not read, even after a tap there', async ({
    page,
  }) => {
    await page.goto(first);
    await page.waitForTimeout(300);
    // As a restored page or a link to words in the self-check would: no key, wheel or touch.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator('astro-island:has([data-toggle-read])')).not.toHaveAttribute('ssr');
    await page.locator('[data-self-check] input[type="radio"]').first().click();
    await page.waitForTimeout(300);
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
  });

  test('a reader who jumps to a chapter’s self-check has not read it; reading it from the top still counts', async ({
    page,
  }) => {
    await page.goto(`${first}#self-check`);
    const end = page.locator('[data-chapter-progress]');
    await expect(end.locator('[data-toggle-read]')).toBeVisible();
    // Scrolling up a little from the check brings the chapter's end into view.
    await end.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
    // Back to the chapter's title, then down through it to its end: read.
    await page.locator('#chapter-start h1').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 100);
    await readToTheEnd(page);
  });

  test('a reader a search sends to a chapter’s last section has not read it', async ({ page }) => {
    // A search result or a situation links to a section; the last is close to the end.
    await page.goto(first);
    const last = await page.locator('[data-chapter-body] h2[id]').last().getAttribute('id');
    await page.goto('/about/');
    await page.goto(`${first}#${last}`);
    const end = page.locator('[data-chapter-progress]');
    await expect(end.locator('[data-toggle-read]')).toBeVisible();
    await page.mouse.wheel(0, 400);
    await end.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
  });

  test('a reader a search sends to a middle section, who goes back to the title and reads on to the end, has read it', async ({
    page,
  }) => {
    await page.goto(first);
    const middle = await page.locator('[data-chapter-body] h2[id]').nth(1).getAttribute('id');
    await page.goto('/about/');
    await page.goto(`${first}#${middle}`);
    // Up to the title before the end's island has woken (it wakes at the end).
    await expect(page.locator('astro-island:has([data-toggle-read])')).toHaveAttribute('ssr');
    await page.locator('#chapter-start h1').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 100);
    await readToTheEnd(page);
  });

  test('"Mark as read" pressed before the chapter’s script has arrived is done once it does', async ({
    page,
  }) => {
    // The island's file is held back, as on a slow phone, until the press is made.
    const arrive = await holdScript(page, '**/_astro/ChapterProgress.*.js');
    await page.goto(first);
    const button = page.locator('[data-toggle-read]');
    await button.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:has([data-toggle-read])')).toHaveAttribute('ssr');
    // The page as sent claims nothing this device may contradict.
    await expect(page.locator('[data-read-state]')).toHaveText(
      'Reaching the end marks this chapter as read. Your data',
    );
    await button.click();
    arrive();
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
    // Once woken, the sentence the page was sent with gives way to what is so.
    await expect(page.locator('[data-read-state]')).toHaveText(
      '✓ Read. This chapter is marked as read on this device. Your data',
    );
    await expect(page.getByRole('status').filter({ hasText: 'is marked as read' })).toBeVisible();
    const slug = first.split('/').filter(Boolean).at(-1) ?? '';
    const reading = await page.evaluate(() => localStorage.getItem('rt:reading'));
    expect(JSON.parse(reading ?? '{}').fields[slug]).toHaveProperty('value', true);
  });

  test('"Mark as read" does not turn into "Mark as unread" while the reader is on it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(first);
    const toggle = page.locator('[data-toggle-read]');
    await expect(toggle).toBeVisible();
    await page.locator('main h1').click();
    // Tab to it, as a keyboard reader does: focusing it scrolls the end into view.
    for (let i = 0; i < 80 && !(await toggle.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.waitForTimeout(1500);
    await expect(toggle).toHaveText('Mark as read');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
    await expect(toggle).toHaveText('Mark as unread');

    // Tabbing past it without pressing: the end counts once focus moves on.
    await page.goto(second);
    await expect(toggle).toBeVisible();
    await page.locator('main h1').click();
    for (let i = 0; i < 80 && !(await toggle.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
    // The line that says so opened above the link now focused: still in view, whole.
    await expect(page.locator('[data-chapter-progress] [role="status"]')).not.toBeEmpty();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.activeElement?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });

  test('a reader who scrolls to the end stays there once it is marked read', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(second);
    await expect(page.locator('[data-toggle-read]')).toBeVisible();
    // A click on the title first: focus is on the page, far above the end.
    await page.locator('main h1').click();
    await wheelToTheEnd(page);
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
    await expect(page.locator('[data-chapter-progress]').getByRole('status')).not.toBeEmpty();
    // Not thrown back up the chapter (the line's focus fix once centred the page).
    await page.waitForTimeout(300);
    expect(await endInView(page)).toBe(true);
  });

  test('a reader who answered the self-check below, then read from the top, stays at the end', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(second);
    const radio = page.locator('[data-self-check] input[type="radio"]').first();
    await radio.scrollIntoViewIfNeeded();
    // The check's island wakes as it comes into view; then the click gives the box focus.
    await expect(
      page.locator('astro-island[component-url*="ChapterSelfCheckIsland"]'),
    ).not.toHaveAttribute('ssr');
    await radio.click();
    await expect(radio).toBeFocused();
    await page.evaluate(() => scrollTo(0, 0));
    await wheelToTheEnd(page);
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
    await page.waitForTimeout(300);
    // Not carried on down to the box answered before.
    expect(await endInView(page)).toBe(true);
  });

  test('with storage blocked, a chapter read to its end does not claim to be kept', async ({
    page,
  }) => {
    await turnStorageOff(page);
    await page.goto(first);
    await readToTheEnd(page);
    const end = page.locator('[data-chapter-progress]');
    await expect(end).toContainText('marked as read on this page only, not kept on this device');
    await expect(end.getByRole('status')).toContainText('did not let the handbook keep the mark');
    await expect(end).not.toContainText('marked as read on this device');
    await page.locator('[data-toggle-read]').click();
    await expect(end.getByRole('status')).toHaveText(/marked as unread on this page only/);
  });

  test('without JavaScript the lists read as before and claim nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByText('Start at the beginning')).toBeVisible();
    await expect(page.locator('[data-read-mark]:visible')).toHaveCount(0);
    await page.goto(first);
    await expect(page.locator('[data-chapter-progress]')).toBeHidden();
    await context.close();
  });
});

/** Answers every statement of the whole-handbook check, the first `low` of them "Not yet". */
/** Changes one answer, the first that can be Mostly, as a reader revising one statement would. */
async function answerOneMostly(page: Page) {
  await page
    .locator('[data-self-check] fieldset')
    .filter({ has: page.getByLabel('Mostly', { exact: true }) })
    .first()
    .getByLabel('Mostly', { exact: true })
    .check();
}

async function answerHandbookCheck(page: Page, choice: string, low = 0) {
  await page.goto('/self-check/');
  await hydrateIslands(page);
  const fieldsets = page.locator('[data-self-check] fieldset');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const label = i < low ? 'Not yet' : choice;
    const option = fieldset.getByLabel(label, { exact: true });
    // Some statements are answered Done or Yes rather than on the frequency scale.
    if ((await option.count()) > 0) await option.check();
    else await fieldset.locator('input[type="radio"]').nth(1).check();
  }
}

/** Whole-handbook results kept on the device for `days`, each step scored differently. */
async function keepHandbookResults(page: Page, days: string[]) {
  const slugs = chapterPaths().map((p) => p.split('/')[2] ?? '');
  await page.goto('/about/');
  await page.evaluate(
    ({ days, slugs }) => {
      const fields = Object.fromEntries(
        days.map((day, n) => [
          day,
          {
            value: { scores: Object.fromEntries(slugs.map((s, i) => [s, (i + n) % 4])) },
            changedAt: `${day}T10:00:00.000Z`,
          },
        ]),
      );
      localStorage.setItem(
        'rt:results:handbook',
        JSON.stringify({ version: 2, savedAt: `${days.at(-1)}T10:00:00.000Z`, fields }),
      );
    },
    { days, slugs },
  );
}

test.describe('results over time', () => {
  test('in forced colours the chart is drawn in the system’s colours, whatever the site’s theme', async ({
    page,
  }) => {
    await keepHandbookResults(page, ['2026-03-02', '2026-03-16']);
    for (const [system, site, ink] of [
      ['light', 'dark', 'rgb(0, 0, 0)'],
      ['dark', 'light', 'rgb(255, 255, 255)'],
    ] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: system });
      await page.evaluate((theme) => localStorage.setItem('rt-theme', theme), site);
      await page.goto('/self-check/');
      const chart = page.locator('[data-results-chart]');
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      const drawn = await chart.evaluate((svg) => ({
        label: getComputedStyle(svg.querySelector('[data-chart-step] text') as Element).fill,
        point: getComputedStyle(svg.querySelector('[data-chart-point]') as Element).fill,
        page: getComputedStyle(document.body).backgroundColor,
      }));
      expect(drawn.label, `${system} system, ${site} site`).toBe(ink);
      expect(drawn.point).toBe(ink);
      expect(drawn.page).not.toBe(ink);
    }
  });

  test('with large text on a phone, the table’s step names leave room to read each date’s result', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await keepHandbookResults(page, ['2026-03-02', '2026-03-16', '2026-04-01']);
    await page.goto('/self-check/');
    // A low-vision reader's text at twice the browser's usual size.
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const box = page.locator('[data-results-table]').locator('..');
    await box.scrollIntoViewIfNeeded();
    const { boxWidth, stepWidth, newest } = await box.evaluate((el) => {
      const left = el.getBoundingClientRect().left;
      const step = el.querySelector('tbody th') as HTMLElement;
      const date = el.querySelector('thead th:nth-child(2) time') as HTMLElement;
      return {
        boxWidth: el.clientWidth,
        stepWidth: step.getBoundingClientRect().width,
        newest: date.getBoundingClientRect().right - left,
      };
    });
    // The names stay beside the dates, in at most 40% of the screen; before,
    // they took 256 of 338 px and each result showed as a sliver ("Mos").
    expect(stepWidth).toBeLessThanOrEqual(375 * 0.4 + 1);
    // The newest date is read whole beside them without sliding the table (a
    // long result, "Sometimes", may still need a slide at this size).
    expect(newest).toBeLessThanOrEqual(boxWidth + 1);
  });

  test('with a reader’s own text spacing, the chart’s dates do not run together on a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await keepHandbookResults(page, [
      '2026-10-13',
      '2026-10-28',
      '2026-11-06',
      '2026-11-13',
      '2026-11-20',
      '2026-11-27',
    ]);
    await page.goto('/self-check/');
    // WCAG 1.4.12: what a reader's own style sheet may set.
    await page.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    const chart = page.locator('[data-results-chart]');
    await chart.scrollIntoViewIfNeeded();
    const dates = await chart.evaluate((svg) =>
      [...svg.querySelectorAll(':scope > text')].map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent, left: box.left, right: box.right };
      }),
    );
    expect(dates.length).toBeGreaterThan(2);
    for (const [i, date] of dates.entries()) {
      const before = dates[i - 1];
      if (before) expect(date.left, `${before.text} | ${date.text}`).toBeGreaterThan(before.right);
    }
  });

  test('in forced colours the profile’s bars keep their fill', async ({ page }) => {
    await answerHandbookCheck(page, 'Sometimes');
    for (const [system, ink] of [
      ['light', 'rgb(0, 0, 0)'],
      ['dark', 'rgb(255, 255, 255)'],
    ] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: system });
      // A fill is a background, which forced colours would take away,
      // leaving every step looking empty.
      const fills = await page
        .locator('[data-bar] > div')
        .evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).backgroundColor));
      expect(fills.length).toBeGreaterThan(0);
      for (const fill of fills) expect(fill, `${system} system`).toBe(ink);
    }
  });

  test('two complete checks on different dates show in the chart and the table', async ({
    page,
  }) => {
    await setDay(page, '2026-03-02T10:00:00Z');
    await answerHandbookCheck(page, 'Sometimes');
    const table = page.locator('[data-results-table]');
    await expect(table.locator('thead th')).toHaveText(['Step', '2 March 2026']);

    // A later check the same day replaces that day's result.
    await answerOneMostly(page);
    await expect(table.locator('thead th')).toHaveCount(2);

    await setDay(page, '2026-03-16T10:00:00Z');
    await answerHandbookCheck(page, 'Always', 2);
    // The newest first, beside the step names: what a phone shows before any scrolling.
    await expect(table.locator('thead th')).toHaveText(['Step', '16 March 2026', '2 March 2026']);
    const firstRow = table.locator('tbody tr').first();
    await expect(firstRow.locator('th')).toHaveAttribute('scope', 'row');
    await expect(firstRow.locator('td')).toHaveCount(2);
    await expect(firstRow.locator('td').last()).not.toHaveText('Not answered');

    const chart = page.locator('[data-results-chart]');
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart).toHaveAttribute('aria-label', /2 dates/);
    await expect(chart.locator('[data-chart-step]')).toHaveCount(10);
    await expect(chart.locator('[data-chart-point="2026-03-02"]')).toHaveCount(10);
    await expect(chart.locator('[data-chart-point="2026-03-16"]')).toHaveCount(10);

    // Each kept result can be deleted, after a confirmation that a double
    // press or Escape answers "No".
    const deleteFirst = page.getByRole('button', { name: 'Delete the result of 2 March 2026' });
    await questionKeepsOnDoublePressAndEscape(page, deleteFirst);
    await expect(table.locator('thead th')).toHaveText(['Step', '16 March 2026', '2 March 2026']);
    await deleteFirst.click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toBeVisible();
    await expect(table.locator('thead th')).toHaveText(['Step', '16 March 2026']);
    const stored = await storedItems(page);
    expect(Object.keys(JSON.parse(stored['rt:results:handbook'] ?? '{}').fields)).toEqual([
      '2026-03-02',
      '2026-03-16',
    ]);
    expect(JSON.parse(stored['rt:results:handbook'] ?? '{}').fields['2026-03-02']).toHaveProperty(
      'deleted',
      true,
    );
  });

  test('a kept result the page cannot show is named, never taken for no result', async ({
    page,
  }) => {
    await keepHandbookResults(page, ['2026-11-01']);
    // A day whose score is a word: from a hand-edited record, or another version.
    await page.evaluate(() => {
      const record = JSON.parse(localStorage.getItem('rt:results:handbook') ?? '{}');
      record.fields['2026-11-02'] = {
        value: { scores: { 'be-there': 'high' } },
        changedAt: '2026-11-02T10:00:00.000Z',
      };
      localStorage.setItem('rt:results:handbook', JSON.stringify(record));
    });
    await page.goto('/self-check/');
    await expect(page.locator('[data-results-unshown]')).toContainText(
      'One kept result could not be shown here',
    );
    await expect(page.locator('[data-no-results]')).toHaveCount(0);
    // The result it can show still shows.
    await expect(page.locator('[data-results-chart]')).toBeVisible();
  });

  test('answers from an earlier day say when they were given, until the reader answers again', async ({
    page,
  }) => {
    await setDay(page, '2026-03-02T10:00:00Z');
    await answerHandbookCheck(page, 'Sometimes');
    const from = page.locator('[data-answers-from]');
    // The same day, the answers are the reader's own from a moment ago.
    await expect(from).toHaveCount(0);

    await setDay(page, '2026-03-16T10:00:00Z');
    await page.goto('/self-check/');
    await hydrateIslands(page);
    await expect(from).toContainText('These answers were last changed on 2 March 2026.');
    await expect(from).toContainText('a result is kept for today with all the answers');
    // On paper the date stays and the advice about changing answers goes.
    await page.emulateMedia({ media: 'print' });
    await expect(from.getByText('These answers were last changed on 2 March 2026.')).toBeVisible();
    await expect(from.getByText('a result is kept for today', { exact: false })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await answerOneMostly(page);
    await expect(from).toHaveCount(0);
  });

  test('picking again the answer already ticked keeps a result for today, and the earlier day’s note goes', async ({
    page,
  }) => {
    await setDay(page, '2026-03-02T10:00:00Z');
    await answerHandbookCheck(page, 'Sometimes');
    await setDay(page, '2026-03-16T10:00:00Z');
    await page.goto('/self-check/');
    await hydrateIslands(page);
    const from = page.locator('[data-answers-from]');
    await expect(from).toContainText('last changed on 2 March 2026');
    await page.locator('[data-self-check] fieldset').first().locator('input:checked').click();
    await expect(from).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(JSON.parse(localStorage.getItem('rt:results:handbook') ?? '{}').fields ?? {}),
        ),
      )
      .toContain('2026-03-16');
  });

  test('on a phone, the results table keeps the step names in view as its dates scroll', async ({
    page,
  }) => {
    await keepHandbookResults(page, ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/self-check/');
    const table = page.locator('[data-results-table]');
    const region = page.getByRole('region', { name: 'Your kept results, newest first' });
    await region.scrollIntoViewIfNeeded();
    await region.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const box = await region.boundingBox();
    const step = await table.locator('tbody th').first().boundingBox();
    // Scrolled to the oldest date, the first step's name is still at the region's left edge.
    expect(step && box && Math.abs(step.x - box.x)).toBeLessThan(2);
    // The table's title stays whole above it (as its caption, it scrolled away
    // with the dates: "…newest fir"), with a word on where the earlier dates are.
    const title = page.locator('p', { hasText: 'Your kept results, newest first' });
    const titleBox = await title.boundingBox();
    expect(
      titleBox && box && titleBox.x >= box.x && titleBox.x + titleBox.width <= box.x + box.width,
    ).toBe(true);
    await expect(
      page.getByText('Earlier dates are to the right: slide the table sideways.'),
    ).toBeVisible();
  });

  test('on a phone, /self-check/ shows saved answers and their date before any scrolling', async ({
    page,
  }) => {
    await setDay(page, '2026-03-02T10:00:00Z');
    await answerHandbookCheck(page, 'Sometimes');
    await setDay(page, '2026-03-16T10:00:00Z');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/self-check/');
    // No scrolling: the statements are below the fold, and a reader may print from here.
    await expect(page.locator('[data-answers-from]')).toContainText('2 March 2026');
    expect(
      await page.locator('[data-self-check] input[type="radio"]:checked').count(),
    ).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('results a newer version kept ask for a reload, on /self-check/ and on a chapter', async ({
    page,
  }) => {
    // Another tab took an update and kept results in its newer form.
    const newer = JSON.stringify({ version: 99, savedAt: '2026-11-20T09:00:00.000Z', fields: {} });
    await page.goto('/about/');
    await page.evaluate((text) => {
      localStorage.setItem('rt:results:handbook', text);
      localStorage.setItem('rt:results:be-there', text);
    }, newer);
    for (const path of ['/self-check/', '/chapters/be-there/']) {
      await page.goto(path);
      await hydrateIslands(page);
      const notice = page.locator('[data-results-unshown]');
      await expect(notice, path).toContainText('saved by a newer version of the handbook');
      await expect(notice, path).toContainText('Reload this page');
      // Nothing is wrong with the device, so nothing says it is full.
      await expect(notice, path).not.toContainText('no room');
    }
    expect(await page.evaluate(() => localStorage.getItem('rt:results:be-there'))).toBe(newer);
  });

  test('a chapter self-check shows the last and the previous result side by side', async ({
    page,
  }) => {
    const answerAll = async (label: string) => {
      await page.goto(second);
      await hydrateIslands(page);
      for (const fieldset of await page.locator('[data-self-check] fieldset').all()) {
        const option = fieldset.getByLabel(label, { exact: true });
        if ((await option.count()) > 0) await option.check();
        else await fieldset.locator('input[type="radio"]').first().check();
      }
    };
    await setDay(page, '2026-03-02T10:00:00Z');
    await answerAll('Not yet');
    // Kept (a moment after the last answer) before the reader leaves the page.
    await expect(page.locator('[data-last-results] [data-kept-result]')).toHaveCount(1);
    await setDay(page, '2026-03-09T10:00:00Z');
    await answerAll('Always');
    const results = page.locator('[data-last-results]');
    await expect(results.locator('[data-kept-result]')).toHaveCount(2);
    await expect(results.locator('[data-kept-result]').first()).toContainText('9 March 2026');
    await expect(results.locator('[data-kept-result]').last()).toContainText('2 March 2026');
  });

  test('a chart of last year’s results names the year on its dates', async ({ page }) => {
    await setDay(page, '2026-03-11T10:00:00Z');
    await keepHandbookResults(page, ['2025-01-06', '2025-12-22']);
    await page.goto('/self-check/');
    await hydrateIslands(page);
    const figure = page.locator('[data-results-over-time] figure');
    await expect(figure).toContainText('6 Jan 2025');
    await expect(figure).toContainText('22 Dec 2025');
  });

  test('a chapter’s results older than the last two are listed, newest first, never out of sight; one can be deleted alone', async ({
    page,
  }) => {
    await setDay(page, '2026-03-31T10:00:00Z');
    await page.goto('/about/');
    await page.evaluate(() => {
      const day = (average: number, band: string, changedAt: string) => ({
        value: { scores: { 'be-there': average }, band },
        changedAt,
      });
      localStorage.setItem(
        'rt:results:be-there',
        JSON.stringify({
          version: 2,
          savedAt: '2026-03-30T10:00:00.000Z',
          fields: {
            '2026-03-02': day(0, 'Just starting', '2026-03-02T10:00:00.000Z'),
            '2026-03-09': day(1, 'Getting there', '2026-03-09T10:00:00.000Z'),
            '2026-03-16': day(2, 'Well on the way', '2026-03-16T10:00:00.000Z'),
            '2026-03-30': day(3, 'Well on the way', '2026-03-30T10:00:00.000Z'),
          },
        }),
      );
    });
    await page.goto('/chapters/be-there/');
    await hydrateIslands(page);
    const results = page.locator('[data-last-results]');
    await expect(results.locator('[data-kept-result]')).toHaveCount(2);
    const earlier = results.locator('[data-earlier-results]');
    await earlier.getByText('Your earlier results (2)').click();
    await expect(earlier.getByRole('listitem')).toHaveText([
      '9 March 2026: Getting there, on average: Sometimes',
      '2 March 2026: Just starting, on average: Not yet',
    ]);

    // One result answered on a bad day goes, by keyboard, the others stay.
    const deleting = page.locator('[data-delete-results]');
    await deleting.locator('summary').focus();
    await page.keyboard.press('Enter');
    const list = deleting.locator('[data-result-to-delete]');
    await expect(list).toHaveCount(4);
    await expect(list.first()).toContainText('30 March 2026: Well on the way');
    await deleting.getByRole('button', { name: 'Delete the result of 16 March 2026' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, delete it' }).press('Enter');
    const said = deleting.locator('[data-delete-results-said]');
    await expect(said).toHaveText(
      'The result of 16 March 2026 was deleted. It does not come back.',
    );
    await expect(said).toBeFocused();
    await expect(list).toHaveCount(3);
    // "The time before" is now the result before it.
    await expect(results.locator('[data-kept-result]').last()).toContainText('9 March 2026');
    const kept = async () =>
      Object.keys(
        JSON.parse((await page.evaluate(() => localStorage.getItem('rt:results:be-there'))) ?? '{}')
          .fields,
      );
    // Kept as a deletion, so an older copy (another tab, a backup) cannot bring it back.
    const fields = await page.evaluate(
      () => JSON.parse(localStorage.getItem('rt:results:be-there') ?? '{}').fields,
    );
    expect(fields['2026-03-16']).toMatchObject({ deleted: true });
    await page.goto('/about/');
    await goBack(page);
    await hydrateIslands(page);
    await expect(results.locator('[data-kept-result]').last()).toContainText('9 March 2026');
    expect(await kept()).toContain('2026-03-30');
    // Back does not bring it back: still kept as a deletion.
    expect(
      await page.evaluate(
        () => JSON.parse(localStorage.getItem('rt:results:be-there') ?? '{}').fields['2026-03-16'],
      ),
    ).toMatchObject({ deleted: true });
  });

  test('a result kept while the clock was a year ahead is not the latest, and can be deleted where it is named', async ({
    page,
  }) => {
    const answerAll = async () => {
      await page.goto(second);
      await hydrateIslands(page);
      for (const fieldset of await page.locator('[data-self-check] fieldset').all()) {
        // The second time it is already ticked: picked again, it keeps today's result.
        await fieldset.locator('input[type="radio"]').first().click();
      }
      await expect(page.locator('[data-last-results]')).toBeVisible();
      // Left before the clock moves on, so no answer is kept for the next day.
      await page.goto('/about/');
    };
    await setDay(page, '2027-03-02T10:00:00Z');
    await answerAll();
    await setDay(page, '2026-03-10T10:00:00Z');
    await answerAll();
    await setDay(page, '2026-03-11T10:00:00Z');
    await page.goto(second);
    await hydrateIslands(page);
    const latest = page.locator('[data-last-results] [data-kept-result]');
    await expect(latest).toHaveCount(1);
    await expect(latest).toContainText('10 March 2026');
    const later = page.locator('[data-later-results]');
    await expect(later).toContainText('A result is kept for 2 March 2027, a day still to come');
    await later.getByRole('button', { name: 'Delete the result kept for 2 March 2027' }).click();
    await later.getByRole('button', { name: 'Yes, delete it' }).click();
    // Its Delete has gone: focus goes to what happened, said once.
    const said = later.locator('[data-later-said]');
    await expect(said).toHaveText('The result kept for 2 March 2027 was deleted.');
    await expect(said).toBeFocused();
    await expect(latest).toContainText('10 March 2026');
    const slug = second.split('/').filter(Boolean).at(-1) ?? '';
    const fields = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').fields,
      `rt:results:${slug}`,
    );
    expect(fields['2027-03-02']).not.toHaveProperty('value');
    expect(fields['2026-03-10']).toHaveProperty('value');
    await page.reload();
    await hydrateIslands(page);
    await expect(latest).toContainText('10 March 2026');
    await expect(later).toHaveCount(0);
  });

  test('on /self-check/, a result kept for a day still to come stays out of the chart and the table', async ({
    page,
  }) => {
    await setDay(page, '2026-03-11T10:00:00Z');
    await page.goto('/about/');
    await page.evaluate(() => {
      const day = (value: number, changedAt: string) => ({
        value: { scores: { 'be-there': value } },
        changedAt,
      });
      localStorage.setItem(
        'rt:results:handbook',
        JSON.stringify({
          version: 2,
          savedAt: '2026-03-10T10:00:00.000Z',
          fields: {
            '2026-03-02': day(1, '2026-03-02T10:00:00.000Z'),
            '2026-03-10': day(2, '2026-03-10T10:00:00.000Z'),
            '2027-03-02': day(3, '2027-03-02T10:00:00.000Z'),
          },
        }),
      );
    });
    await page.goto('/self-check/');
    await hydrateIslands(page);
    const section = page.locator('[data-results-over-time]');
    await expect(section.locator('[data-later-results]')).toContainText(
      'A result is kept for 2 March 2027, a day still to come',
    );
    await expect(section.locator('figure')).toContainText('2 Mar');
    await expect(section.locator('figure')).not.toContainText('2027');
    await expect(section.locator('[data-results-table] thead th')).toHaveText([
      'Step',
      '10 March 2026',
      '2 March 2026',
    ]);
    await expect(section.locator('[data-no-results]')).toHaveCount(0);

    // Where the view cannot be fetched (a newer version replaced it), the
    // result is still not left out unsaid.
    await page.route('**/_astro/LaterResults.*.js', (route) => route.abort());
    await page.reload();
    await hydrateIslands(page);
    await expect(section.locator('[data-later-results]')).toHaveText(
      'A result kept for a day still to come is left out here. Reload the page to see it.',
    );
  });

  test('the same answers given again on another day keep that day’s result too', async ({
    page,
  }) => {
    const pick = async (again: boolean) => {
      await page.goto(second);
      await hydrateIslands(page);
      for (const fieldset of await page.locator('[data-self-check] fieldset').all()) {
        const option = fieldset.locator('input[type="radio"]').first();
        // Already ticked from last time: the reader clicks it again (no change event).
        if (again) await expect(option).toBeChecked();
        await option.click();
      }
    };
    await setDay(page, '2026-03-02T10:00:00Z');
    await pick(false);
    const results = page.locator('[data-last-results] [data-kept-result]');
    await expect(results).toHaveCount(1);
    await setDay(page, '2026-03-09T10:00:00Z');
    await pick(true);
    await expect(results).toHaveCount(2);
    await expect(results.first()).toContainText('9 March 2026');
  });
  test('on a 320 px phone the chart’s words keep a readable size, and it prints whole', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await keepHandbookResults(page, ['2026-10-01', '2026-10-15', '2026-11-01']);
    await page.goto('/self-check/');
    const chart = page.locator('[data-results-chart]');
    await expect(chart).toBeVisible();
    const sizes = await chart.evaluate((svg) => ({
      step: svg.querySelector('g text')?.getBoundingClientRect().height ?? 0,
      date: svg.querySelector(':scope > text')?.getBoundingClientRect().height ?? 0,
      width: svg.getBoundingClientRect().width,
    }));
    expect(sizes.width).toBeLessThanOrEqual(320);
    // Scaled down from a 640-wide drawing they were about 8 and 6 px.
    expect(sizes.step).toBeGreaterThanOrEqual(14);
    expect(sizes.date).toBeGreaterThanOrEqual(12);

    // Printed from the phone, it is drawn as from a computer: whole on one
    // page (the phone's narrow drawing, scaled up to the page, took two).
    const pages = await printedSheets(page, 'A4', testInfo.outputPath('chart-from-phone.pdf'));
    const pageOf = (words: string) => pages.findIndex((text) => text.includes(words));
    expect(pageOf('1. Tell the whole truth')).toBeGreaterThanOrEqual(0);
    expect(pageOf('10. Begin again')).toBe(pageOf('1. Tell the whole truth'));
    await expect(chart).toHaveAttribute('viewBox', /^0 0 \d+ /);
  });

  test('every kept result prints, the newest too: a year of weekly checks on 11 sheets or fewer', async ({
    page,
  }, testInfo) => {
    // A check every Monday for a year, seen a week after the last.
    const days = Array.from({ length: 52 }, (_, week) =>
      new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10),
    );
    await setDay(page, '2027-01-04T10:00:00Z');
    await keepHandbookResults(page, days);
    await page.goto('/self-check/');
    await expect(page.locator('[data-results-table] thead th')).toHaveCount(days.length + 1);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printedSheets(page, format, testInfo.outputPath(`results-${format}.pdf`));
      expect(pages.length, format).toBeLessThanOrEqual(11);
      // Lines of the layout joined, as a long date may wrap within its column.
      const text = pages.join(' ').replace(/\s+/g, ' ');
      for (const day of days) {
        // As the table writes it: "5 January 2026".
        const written = formatDay(day);
        expect(text, `${written} on ${format}`).toContain(written);
      }
    }
  });
});

test('printed, the results heading goes on the sheet with its chart, not alone at the foot of one', async ({
  page,
}, testInfo) => {
  const saved = JSON.parse(
    readFileSync(new URL('./fixtures/two-handbook-results.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  await page.goto('/self-check/');
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items))
      if (key.startsWith('rt:')) localStorage.setItem(key, value);
  }, saved);
  await page.reload();
  await expect(page.locator('[data-results-table] thead th')).toHaveCount(3);
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await printedSheets(page, format, testInfo.outputPath(`two-${format}.pdf`));
    const sheet = pages.find((text) => text.includes('Your results over time')) ?? '';
    expect(sheet, format).toContain('One band for each step');
  }
});

const weekly = '/worksheets/telling-the-truth-daily/';

/** Types into the sheet's long answer and waits until it is kept on this device. */
async function writeEntry(page: Page, text: string, key: string) {
  await page.goto(weekly);
  await hydrateIslands(page);
  const box = page.getByLabel('The kind of person I want my partner to be able to trust');
  await expect(box).toHaveValue('');
  await box.fill(text);
  await expect.poll(async () => (await storedItems(page))[key] ?? '').toContain(text);
}

/**
 * Keeps a daily check-in entry for 2 March ("After dinner"), then opens the
 * sheet on 3 March. `onFirstDay` looks at the first day's sheet before typing.
 */
async function keepOneDayThenOpenTheNext(page: Page, onFirstDay?: () => Promise<void>) {
  await setDay(page, '2026-03-02T10:00:00Z');
  await page.goto('/worksheets/daily-check-in/');
  await hydrateIslands(page);
  await onFirstDay?.();
  await page.getByLabel('When we will check in each day').fill('After dinner');
  await expect
    .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-03-02'] ?? '')
    .toContain('After dinner');
  await setDay(page, '2026-03-03T10:00:00Z');
  await page.goto('/worksheets/daily-check-in/');
  await hydrateIslands(page);
}

test.describe('a sheet kept week by week', () => {
  test('keeps last week’s entry when this week’s is typed, lists both by date and prints them', async ({
    page,
  }) => {
    await setDay(page, '2026-03-04T10:00:00Z');
    await writeEntry(
      page,
      'Someone who says where they were.',
      'rt:worksheet:telling-the-truth-daily:2026-W10',
    );
    await expect(page.locator('[data-entry-bar]')).toContainText(
      'This week’s entry: Week of 2 March 2026',
    );

    await setDay(page, '2026-03-10T10:00:00Z');
    await writeEntry(
      page,
      'Someone who tells the small things too.',
      'rt:worksheet:telling-the-truth-daily:2026-W11',
    );
    const stored = await storedItems(page);
    expect(stored['rt:worksheet:telling-the-truth-daily:2026-W10']).toContain(
      'says where they were',
    );

    await page.locator('[data-entries-link]').click();
    await expect(page).toHaveURL(/\/worksheets\/telling-the-truth-daily\/entries\/$/);
    const entries = page.locator('[data-entries] > li');
    await expect(entries.locator('h3')).toHaveText([
      'Honest from now on: Week of 9 March 2026',
      'Honest from now on: Week of 2 March 2026',
    ]);
    await expect(entries.first()).toContainText('tells the small things too');
    await expect(entries.last()).toContainText('says where they were');

    // The last four weeks print together on one page.
    await catchPrint(page);
    await page.locator('[data-print-recent]').click();
    await expect.poll(() => timesPrinted(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    // Oldest first, and each of the four weeks is there: a week with no entry says so.
    await expect(entries.filter({ visible: true })).toHaveText([
      /Week of 16 February 2026\. No entry\./,
      /Week of 23 February 2026\. No entry\./,
      /Week of 2 March 2026/,
      /Week of 9 March 2026/,
    ]);
    await expect(page.locator('[data-printed-span]')).toHaveText(
      'The last four weeks: Weeks of 16 February 2026 to 9 March 2026',
    );
    const pdf = await page.pdf({ format: 'A4' });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // One entry prints alone.
    await page.reload();
    await catchPrint(page);
    await page
      .getByRole('button', { name: 'Print the entry for the week of 2 March 2026' })
      .click();
    await page.emulateMedia({ media: 'print' });
    await expect(entries.filter({ visible: true })).toHaveCount(1);
    await expect(entries.filter({ visible: true })).toContainText('says where they were');
    await page.emulateMedia({ media: 'screen' });

    // An earlier entry opens with its answers, and says it is an earlier one.
    await page.reload();
    await page.getByRole('link', { name: 'Open the entry for the week of 2 March 2026' }).click();
    await hydrateIslands(page);
    await expect(page.locator('[data-entry-bar]')).toContainText(
      'An earlier entry: Week of 2 March 2026, saved from before.',
    );
    await expect(
      page.getByLabel('The kind of person I want my partner to be able to trust'),
    ).toHaveValue('Someone who says where they were.');
    // Heard alone, the page's title and the form name the week being edited.
    await expect(page).toHaveTitle('Honest from now on: Week of 2 March 2026 · Rebuilding Trust');
    await expect(
      page.getByRole('form', { name: 'Honest from now on: Week of 2 March 2026' }),
    ).toBeVisible();
    // On paper the sheet says which week it is; on screen that line is the bar's.
    const printedDate = page.locator('[data-entry-printed-date]');
    await expect(printedDate).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(printedDate).toHaveText('Entry: Week of 2 March 2026');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Go to this week’s entry' }).click();
    await expect(page).toHaveTitle('Honest from now on · Rebuilding Trust');
    await expect(page.getByRole('form', { name: 'Honest from now on', exact: true })).toBeVisible();
    // A week with nothing kept does not claim to be saved.
    await page.goto(`${weekly}?entry=2026-W05`);
    await hydrateIslands(page);
    await expect(page.locator('[data-entry-bar]')).toContainText(
      'An earlier entry: Week of 26 January 2026. Nothing is saved for it yet.',
    );
    // A week still to come starts no entry; one kept there (a clock that was
    // wrong) opens, and is not called earlier.
    await page.goto(`${weekly}?entry=2026-W20`);
    await hydrateIslands(page);
    await expect(page.locator('[data-entry-ignored]')).toContainText('that week is still to come');
    await page.evaluate(() =>
      localStorage.setItem(
        'rt:worksheet:telling-the-truth-daily:2026-W20',
        JSON.stringify({
          version: 2,
          savedAt: '2026-03-10T10:00:00.000Z',
          fields: {
            'who-i-want-to-be': {
              value: 'Kept by a wrong clock',
              changedAt: '2026-03-10T10:00:00.000Z',
            },
          },
        }),
      ),
    );
    await page.reload();
    await hydrateIslands(page);
    await expect(page.locator('[data-entry-bar]')).toContainText(
      'An entry for a later date: Week of 11 May 2026, saved from before.',
    );
    await page.evaluate(() =>
      localStorage.removeItem('rt:worksheet:telling-the-truth-daily:2026-W20'),
    );

    // And it can be deleted.
    await page.goto(`${weekly}entries/`);
    await page
      .getByRole('button', { name: 'Delete the entry for the week of 2 March 2026' })
      .click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toBeVisible();
    await expect(entries).toHaveCount(1);
    expect(Object.keys(await storedItems(page))).not.toContain(
      'rt:worksheet:telling-the-truth-daily:2026-W10',
    );
  });

  test('the count of earlier entries follows an entry kept in another tab', async ({ context }) => {
    const here = await context.newPage();
    await here.goto(weekly);
    await hydrateIslands(here);
    const link = here.locator('[data-entries-link]');
    await expect(link).toHaveText('Your entries, by date');
    const other = await context.newPage();
    await other.goto(`${weekly}?entry=2026-W05`);
    await hydrateIslands(other);
    await other
      .getByLabel('The kind of person I want my partner to be able to trust')
      .fill('Kept in the other tab.');
    await expect(link).toHaveText('Your earlier entries (1), by date');
  });

  test('the bar says an earlier entry is kept as soon as this tab keeps it', async ({ page }) => {
    await page.goto(`${weekly}?entry=2026-W05`);
    await hydrateIslands(page);
    const bar = page.locator('[data-entry-bar]');
    await expect(bar).toContainText('Nothing is saved for it yet.');
    await page
      .getByLabel('The kind of person I want my partner to be able to trust')
      .fill('Kept in this tab.');
    // At once, where it waited for the bar's next look, a minute on.
    await expect(bar).toContainText('Week of 26 January 2026, saved from before.', {
      timeout: 3_000,
    });
    await expect(page.locator('[data-entries-link]')).toHaveText(
      'Your earlier entries (1), by date',
      { timeout: 3_000 },
    );
  });
});

test.describe('a sheet kept day by day', () => {
  test('a new day’s entry can start from the last one, which stays as it was', async ({ page }) => {
    const copy = page.locator('[data-copy-last-entry]');
    await keepOneDayThenOpenTheNext(page, async () => {
      // The first entry has nothing to start from.
      await expect(copy).toHaveCount(0);
    });
    const when = page.getByLabel('When we will check in each day');
    await expect(when).toHaveValue('');
    await expect(copy).toHaveText('Start from your entry for 2 March 2026');
    await copy.click();
    await expect(when).toHaveValue('After dinner');
    await expect(when).toBeFocused();
    await expect(copy).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({
        hasText: 'Done: What carries over from your entry for 2 March 2026 is copied here',
      }),
    ).toBeVisible();
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-03-03'] ?? '')
      .toContain('After dinner');
    // Changed today, the entry of 2 March is as it was.
    await when.fill('Before bed');
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-03-03'] ?? '')
      .toContain('Before bed');
    expect((await storedItems(page))['rt:worksheet:daily-check-in:2026-03-02']).toContain(
      'After dinner',
    );
  });

  test('an answers file from another day’s entry says which day before it loads into today’s', async ({
    page,
  }) => {
    await keepOneDayThenOpenTheNext(page);
    // Back on 2 March's sheet, its answers go to a file.
    await setDay(page, '2026-03-02T10:00:00Z');
    await page.goto('/worksheets/daily-check-in/');
    await hydrateIslands(page);
    await expect(page.getByLabel('When we will check in each day')).toHaveValue('After dinner');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download answers' }).click();
    const file = (await (await downloading).path()) ?? '';
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('entry', '2026-03-02');
    // On 3 March, the file is loaded into that day's empty entry: asked first, naming both days.
    await setDay(page, '2026-03-03T10:00:00Z');
    await page.goto('/worksheets/daily-check-in/');
    await hydrateIslands(page);
    await page.locator('input[data-answers-file]').setInputFiles(file);
    await expect(page.getByRole('group', { name: /Load the answers/ })).toContainText(
      'This file is your entry for 2 March 2026; it loads into your entry for 3 March 2026.',
    );
    // Heard with the question, and the first choice offered is to keep what is here.
    await expect(page.getByRole('group', { name: /Load the answers/ })).toHaveAccessibleDescription(
      /This file is your entry for 2 March 2026/,
    );
    await expect(page.getByRole('button', { name: 'No, keep mine' })).toBeFocused();
    expect((await storedItems(page))['rt:worksheet:daily-check-in:2026-03-03']).toBeUndefined();
  });

  test('a box typed in first: the rest of the plan can still come from the last entry, and the typed words stay', async ({
    page,
  }) => {
    await keepOneDayThenOpenTheNext(page, async () => {
      await page.getByLabel('Where, or how if we are apart').fill('On the sofa');
    });
    const copy = page.locator('[data-copy-last-entry]');
    const where = page.getByLabel('Where, or how if we are apart');
    await where.fill('In the kitchen');
    await expect(copy).toHaveText('Fill the empty boxes from your entry for 2 March 2026');
    await copy.click();
    await expect(page.getByLabel('When we will check in each day')).toHaveValue('After dinner');
    await expect(where).toHaveValue('In the kitchen');
    await expect(copy).toHaveCount(0);
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-03-03'] ?? '')
      .toContain('After dinner');
    expect((await storedItems(page))['rt:worksheet:daily-check-in:2026-03-03']).toContain(
      'In the kitchen',
    );
  });

  test('"Clear answers" names the one entry it clears, and the earlier entry stays', async ({
    page,
  }) => {
    await keepOneDayThenOpenTheNext(page, async () => undefined);
    const when = page.getByLabel('When we will check in each day');
    await when.fill('Before bed');
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-03-03'] ?? '')
      .toContain('Before bed');
    await page.getByRole('button', { name: 'Clear answers' }).click();
    await expect(page.getByRole('group', { name: 'Clear answers' })).toContainText(
      'Clear your entry for 3 March 2026? It cannot be brought back unless you have downloaded it. Your other entries stay.',
    );
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect(
      page.getByRole('status').filter({
        // The entry's name is noted (so an older backup leaves it out), and the reader is told.
        hasText:
          'Done: Your entry for 3 March 2026 was cleared. Its words are gone. Only its name and the time are kept, so an older backup loads it again only if you ask (see “Your data”). Your other entries are still here.',
      }),
    ).toBeVisible();
    await expect(when).toHaveValue('');
    const stored = await storedItems(page);
    expect(stored['rt:worksheet:daily-check-in:2026-03-03'] ?? '').not.toContain('Before bed');
    expect(stored['rt:worksheet:daily-check-in:2026-03-02']).toContain('After dinner');
  });

  test('on a weekly log, only what carries over starts the new week; that week’s events do not', async ({
    page,
  }) => {
    await setDay(page, '2026-03-04T10:00:00Z');
    await page.goto(weekly);
    await hydrateIslands(page);
    await page
      .getByRole('textbox', { name: 'Times this week I was tempted to shade the truth, line 1' })
      .fill('Said I was at work when I was at the gym');
    const aim = page.getByLabel('The kind of person I want my partner to be able to trust');
    await aim.fill('Someone who says where they were.');
    await expect
      .poll(
        async () =>
          (await storedItems(page))['rt:worksheet:telling-the-truth-daily:2026-W10'] ?? '',
      )
      .toContain('says where they were');
    await setDay(page, '2026-03-10T10:00:00Z');
    await page.goto(weekly);
    await hydrateIslands(page);
    await page
      .getByRole('button', { name: 'Start from your entry for the week of 2 March 2026' })
      .click();
    await expect(aim).toHaveValue('Someone who says where they were.');
    await expect(aim).toBeFocused();
    await expect(
      page.getByRole('textbox', {
        name: 'Times this week I was tempted to shade the truth, line 1',
      }),
    ).toHaveValue('');
  });

  test('with storage full, a copied entry says it is on the page only', async ({ page }) => {
    await keepOneDayThenOpenTheNext(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.locator('[data-copy-last-entry]').click();
    await expect(page.getByLabel('When we will check in each day')).toHaveValue('After dinner');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Copied, not saved: Your entry for 2 March 2026 is on this page' }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toHaveCount(0);
  });

  test('starting from a last entry deleted meanwhile copies nothing, and says so', async ({
    page,
  }) => {
    await keepOneDayThenOpenTheNext(page);
    // Deleted elsewhere without this page hearing of it (a tab in another window, say).
    await page.evaluate(() => localStorage.removeItem('rt:worksheet:daily-check-in:2026-03-02'));
    await page.locator('[data-copy-last-entry]').click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Your entry for 2 March 2026 has nothing to carry' }),
    ).toBeVisible();
    await expect(page.getByLabel('When we will check in each day')).toHaveValue('');
    await expect(page.locator('[data-copy-last-entry]')).toHaveCount(0);
  });

  test('an address naming a day that does not exist says so, and opens today’s entry', async ({
    page,
  }) => {
    await setDay(page, '2026-03-04T10:00:00Z');
    await page.goto('/worksheets/daily-check-in/?entry=2026-02-30');
    await hydrateIslands(page);
    const bar = page.locator('[data-entry-bar]');
    await expect(bar.locator('[data-entry-ignored]')).toHaveText(
      'There is no entry for “2026-02-30”: that is not a day this sheet keeps. Here is today’s entry.',
    );
    await expect(bar).toContainText('Today’s entry: 4 March 2026');

    // A day still to come, with nothing kept for it, starts no entry there.
    await page.goto('/worksheets/daily-check-in/?entry=2099-01-01');
    await hydrateIslands(page);
    await expect(bar.locator('[data-entry-ignored]')).toHaveText(
      'There is no entry for “2099-01-01”: that day is still to come. Here is today’s entry.',
    );
    await page.getByLabel('When we will check in each day').fill('After dinner');
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-03-04'] ?? '')
      .toContain('After dinner');
    expect((await storedItems(page))['rt:worksheet:daily-check-in:2099-01-01']).toBeUndefined();
  });

  test('left open past midnight, it says which day it still holds and offers today’s', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-26T23:58:00Z') });
    await page.goto('/worksheets/daily-check-in/');
    await hydrateIslands(page);
    const bar = page.locator('[data-entry-bar]');
    await expect(bar).toContainText('Today’s entry: 26 November 2026');
    await page.getByLabel('When we will check in each day').fill('After dinner.');
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-11-26'] ?? '')
      .toContain('After dinner.');

    // The phone sleeps through the night; the same tab is picked up in the morning.
    await page.clock.fastForward('08:00:00');
    await expect(bar.locator('[data-entry-rolled-over]')).toContainText(
      'This page still has the entry for 26 November 2026',
    );
    await page.getByLabel('Where, or how if we are apart').fill('At the kitchen table.');
    const stored = await storedItems(page);
    // What is typed goes where the bar says: the entry on the screen.
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:daily-check-in:2026-11-26'] ?? '')
      .toContain('kitchen table');
    expect(stored['rt:worksheet:daily-check-in:2026-11-27']).toBeUndefined();

    await bar.getByRole('link', { name: 'Go to today’s entry' }).click();
    await hydrateIslands(page);
    await expect(bar).toContainText('Today’s entry: 27 November 2026');
    await expect(page.getByLabel('When we will check in each day')).toHaveValue('');
  });

  test('a week of full entries prints on two pages, two to a row in date order, and empty answers are left off', async ({
    page,
  }, testInfo) => {
    const days = [26, 25, 24, 23, 22, 21, 20].map((d) => `2026-11-${d}`);
    await page.clock.install({ time: new Date('2026-11-26T12:00:00Z') });
    await page.goto('/about/');
    await page.evaluate((days) => {
      days.forEach((day, i) => {
        const at = `${day}T10:00:00.000Z`;
        const field = (value: unknown) => ({ value, changedAt: at });
        // The last day has one answer only: the rest are left off the printout.
        const fields =
          i === days.length - 1
            ? { when: field('Only this one') }
            : {
                when: field('After dinner, around 8pm'),
                where: field('Kitchen table, or a call if I travel'),
                'what-i-will-ask': field([
                  'How are you today, really?',
                  'What would help tonight?',
                ]),
                listening: field(['phone-away', 'no-interrupting', 'no-fixing', 'thank-them']),
                'when-apart': field('My phone stays on. I will text when I arrive and leave.'),
                date: field('2026-11-01'),
              };
        localStorage.setItem(
          `rt:worksheet:daily-check-in:${day}`,
          JSON.stringify({ version: 2, savedAt: at, fields }),
        );
      });
    }, days);
    await page.goto('/worksheets/daily-check-in/entries/');
    await hydrateIslands(page);
    await catchPrint(page);
    await page.getByRole('button', { name: 'Print the last seven days' }).click();
    const last = page.locator('[data-entry="2026-11-20"]');
    // On screen an answer not given is a dash, heard as words.
    expect(
      await last.locator('dd').evaluateAll((dds) => dds.map((dd) => dd.textContent)),
    ).toContain('—Not filled in');
    await expect(last.locator('dd [aria-hidden="true"]').first()).toHaveText('—');
    await page.emulateMedia({ media: 'print' });
    await expect(last.getByText('Where, or how if we are apart')).toBeHidden();
    await expect(last.getByText('Only this one')).toBeVisible();
    // Two to a row, read across in date order: in newspaper columns the boxes
    // looked like rows too, and read across they went 20, 24, 21, 25 November.
    const printed = await page.locator('[data-entries] > li').evaluateAll((items) =>
      items
        .map((li) => ({ li, box: li.getBoundingClientRect() }))
        .filter(({ box }) => box.height > 0)
        .map(({ li, box }) => ({
          day: li.getAttribute('data-entry') ?? li.getAttribute('data-entry-missing'),
          top: Math.round(box.top),
          left: Math.round(box.left),
        })),
    );
    expect(printed.map((p) => p.day)).toEqual([...days].reverse());
    const readAcross = [...printed].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(readAcross.map((p) => p.day)).toEqual(printed.map((p) => p.day));
    expect(printed[1]?.top).toBe(printed[0]?.top);
    // Back to the browser's own media: a PDF is made with the media emulated.
    await page.emulateMedia({ media: null });
    const pages = await printedSheets(page, 'A4', testInfo.outputPath('seven-days.pdf'));
    expect(pages).toHaveLength(2);
    // Loose sheets go back in order: each is named and numbered.
    // Each names its sheet too, so a page that runs on still says what it belongs to.
    expect(pages[0]).toMatch(/Rebuilding Trust · Daily check-in plan\s+Page 1 of 2/);
    expect(pages[1]).toMatch(/Rebuilding Trust · Daily check-in plan\s+Page 2 of 2/);
    const text = pages.join(' ').replace(/\s+/g, ' ');
    // Two columns to a page: a long title wraps, so only the year is looked for.
    expect(text.match(/2026/g)?.length ?? 0).toBeGreaterThanOrEqual(days.length);
    expect(text).toContain('Only this one');
    // The printout says which days it covers.
    expect(pages[0]?.replace(/\s+/g, ' ')).toContain(
      'The last seven days: 20 November 2026 to 26 November 2026',
    );
  });
});

test('printed weeks: a long entry runs on between its answers, and list lines keep their numbers', async ({
  page,
}, testInfo) => {
  await page.clock.install({ time: new Date('2026-11-27T12:00:00Z') });
  await page.goto('/about/');
  await page.evaluate(() => {
    const at = '2026-11-10T10:00:00.000Z';
    const field = (value: unknown) => ({ value, changedAt: at });
    const said = (n: number) =>
      `Answer ${n}: told the truth when asked about the late train, instead of blaming work, ` +
      'and said it plainly, without making it smaller than it was.';
    // Lists written as pairs: the second line of each is left empty.
    const lines = (from: number) => [1, 2, 3, 4, 5].map((n) => (n === 2 ? '' : said(from + n)));
    localStorage.setItem(
      'rt:worksheet:telling-the-truth-daily:2026-W46',
      JSON.stringify({
        version: 2,
        savedAt: at,
        fields: {
          tempted: field(lines(0)),
          'what-i-said': field(lines(10)),
          'who-i-want-to-be': field('Someone who says the plain thing first. '.repeat(20)),
        },
      }),
    );
  });
  await page.goto('/worksheets/telling-the-truth-daily/entries/');
  await hydrateIslands(page);
  // On screen and on paper, a list's lines are numbered by their place on the
  // sheet, so "tempted" and "what I said instead" still pair up.
  const entry = page.locator('[data-entry]').first();
  const numbers = await entry
    .locator('ol li')
    .evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value));
  expect(numbers).toEqual([1, 3, 4, 5, 1, 3, 4, 5]);
  await catchPrint(page);
  await page.getByRole('button', { name: 'Print the last four weeks' }).click();
  const pages = await printedSheets(page, 'A4', testInfo.outputPath('four-weeks.pdf'));
  // Kept whole, the entry left the first sheet with its heading alone.
  expect(pages[0]).toContain('Answer 1: told the truth');
});

test('months of daily entries: the newest fortnight shows, older months fold and open', async ({
  page,
}, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-03-31T12:00:00Z'));
  const days = Array.from({ length: 60 }, (_, i) =>
    new Date(Date.UTC(2026, 2, 31 - i)).toISOString().slice(0, 10),
  );
  await page.goto('/about/');
  await page.evaluate((days) => {
    for (const day of days) {
      const at = `${day}T10:00:00.000Z`;
      localStorage.setItem(
        `rt:worksheet:daily-check-in:${day}`,
        JSON.stringify({
          version: 2,
          savedAt: at,
          fields: { when: { value: `After dinner on ${day}`, changedAt: at } },
        }),
      );
    }
  }, days);
  await page.goto('/worksheets/daily-check-in/entries/');
  await hydrateIslands(page);
  await expect(page.locator('[data-entries] > li')).toHaveCount(14);
  const months = page.locator('[data-entries-month]');
  await expect(months.locator('summary')).toHaveText([
    /^Earlier in March 2026: 17 entries/,
    /^February 2026: 28 entries/,
    /^January 2026: 1 entry/,
  ]);
  await expect(page.getByText('After dinner on 2026-02-14')).toBeHidden();
  await months.nth(1).locator('summary').click();
  await expect(page.getByText('After dinner on 2026-02-14')).toBeVisible();
  // One entry printed from an opened month: on paper it stands alone; after,
  // the month is still open and focus is still on its Print button.
  await catchPrint(page);
  const print = page.getByRole('button', { name: 'Print the entry for 13 February 2026' });
  await print.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => timesPrinted(page)).toBe(1);
  const paper = (await printedSheets(page, 'A4', testInfo.outputPath('one-entry.pdf'))).join(' ');
  expect(paper).toContain('After dinner on 2026-02-13');
  expect(paper).not.toContain('After dinner on 2026-02-12');
  expect(paper).not.toContain('February 2026: 28 entries');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.getByText('After dinner on 2026-02-12')).toBeVisible();
  await expect(months.nth(1)).toHaveAttribute('open');
  await expect(months.nth(0)).not.toHaveAttribute('open');
  await expect(print).toBeFocused();
  // An entry in a folded month can be deleted like any other.
  const entry = page.locator('[data-entry="2026-02-14"]');
  await entry.getByRole('button', { name: 'Delete the entry for 14 February 2026' }).click();
  await entry.getByRole('button', { name: 'Yes, delete it' }).click();
  // Its name is noted, not its words, and the reader is told.
  await expect(
    page.getByText(
      'The entry for 14 February 2026 was deleted. Its words are gone. Only its name and the time are kept, so an older backup loads it again only if you ask (see “Your data”).',
      { exact: true },
    ),
  ).toHaveRole('status');
  await expect(page.locator('[data-entry="2026-02-14"]')).toHaveCount(0);
  expect(
    await page.evaluate(() => localStorage.getItem('rt:worksheet:daily-check-in:2026-02-14')),
  ).toBeNull();

  // On Your data they fold under one line, so the backup is not pages away.
  await page.goto('/your-data/');
  await hydrateIslands(page);
  const folded = page.locator('[data-saved-entries]');
  await expect(folded.locator('summary')).toHaveText(
    /^Worksheet: Daily check-in plan, 59 dated entries/,
  );
  await expect(folded.locator('li[data-key]')).toHaveCount(59);
  await expect(folded.locator('li[data-key]').first()).toBeHidden();
  await folded.locator('summary').click();
  await expect(
    folded.locator('li[data-key="rt:worksheet:daily-check-in:2026-03-31"]'),
  ).toBeVisible();
});

test.describe('a damaged dated entry', () => {
  test('is not listed as an empty entry; the notice names its day and a copy is kept', async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem('rt:worksheet:daily-check-in:2026-11-23', '{broken'),
    );
    await page.goto('/worksheets/daily-check-in/entries/');
    await hydrateIslands(page);
    await expect(
      page.getByText(/The entry for 23 November 2026: .*could not be opened/),
    ).toBeVisible();
    await expect(page.locator('main').getByText('23 November 2026', { exact: true })).toHaveCount(
      0,
    );
    const keys = Object.keys(await storedItems(page));
    expect(
      keys.filter((k) => k.startsWith('rt-recovery:worksheet:daily-check-in:2026-11-23')),
    ).toHaveLength(1);
    expect(keys).not.toContain('rt:worksheet:daily-check-in:2026-11-23');
  });
});

test('an entry kept under a date the sheet does not use is mentioned on its entries page, and listed on Your data', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.evaluate(() =>
    localStorage.setItem(
      'rt:worksheet:daily-check-in:2026-W10',
      JSON.stringify({
        version: 2,
        savedAt: '2026-03-02T10:00:00.000Z',
        fields: { when: { value: 'After dinner', changedAt: '2026-03-02T10:00:00.000Z' } },
      }),
    ),
  );
  await page.goto('/worksheets/daily-check-in/entries/');
  await hydrateIslands(page);
  const notice = page.locator('[data-entries-notice]');
  await expect(notice).toContainText('One entry is kept under a date this sheet does not use');
  // Its words lead to where the entry is listed.
  await notice.getByRole('link', { name: 'Your data' }).click();
  await expect(page).toHaveURL(/\/your-data\/$/);
  await hydrateIslands(page);
  await expect(page.locator('main')).toContainText('week of 2 March 2026');
});

test.describe('a dated sheet the browser will not keep', () => {
  test('with storage full, the bar stops saying the entry is kept', async ({ page }) => {
    // The first page load may write; every later write of a sheet fails as "full".
    await fillStorageFor(page, 'rt:worksheet:');
    await setDay(page, '2026-03-04T10:00:00Z');
    await page.goto('/worksheets/daily-check-in/');
    await hydrateIslands(page);
    const bar = page.locator('[data-entry-bar]');
    await expect(bar).toContainText('and this entry is kept');
    await page.getByLabel('When we will check in each day').fill('After dinner.');
    await expect(bar).toContainText('Your latest changes to this entry are not kept just now');
    await expect(bar).not.toContainText('and this entry is kept');
    expect(await storedItems(page)).toEqual({});
  });
});

test.describe('your data', () => {
  test('lists, downloads, loads back and deletes reading progress, results and dated entries', async ({
    page,
  }) => {
    const keys = [
      'rt:reading',
      'rt:results:handbook',
      'rt:worksheet:telling-the-truth-daily:2026-W10',
    ];
    await setDay(page, '2026-03-04T10:00:00Z');
    await page.goto(first);
    await readToTheEnd(page);
    await answerHandbookCheck(page, 'Mostly');
    await expect(page.locator('[data-results-table] thead th')).toHaveCount(2);
    await writeEntry(page, 'Someone who says where they were.', keys[2] ?? '');

    await page.goto('/your-data/');
    await hydrateIslands(page);
    const list = page.locator('[data-saved-items]');
    await expect(list.locator(`[data-key="rt:reading"]`)).toContainText('Reading progress');
    await expect(list.locator(`[data-key="rt:results:handbook"]`)).toContainText(
      'Kept results by date',
    );
    await expect(list.locator(`[data-key="${keys[2]}"]`)).toContainText(
      'Honest from now on, entry for the week of 2 March 2026',
    );

    // Download everything: the file holds all three.
    const downloading = page.waitForEvent('download');
    await page.locator('[data-download-all]').click();
    const file = await (await downloading).path();
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { items: Record<string, string> };
    expect(Object.keys(backup.items)).toEqual(expect.arrayContaining(keys));

    // Delete everything removes them.
    await page.locator('[data-delete-all]').click();
    await page.locator('[data-confirm-delete]').click();
    await expect.poll(async () => Object.keys(await storedItems(page))).toEqual([]);

    // Loading the file brings them back, and the handbook knows the reader again.
    await page.locator('[data-backup-file]').setInputFiles(file);
    await page.locator('[data-load-backup]').click();
    await expect
      .poll(async () => Object.keys(await storedItems(page)).sort())
      .toEqual(expect.arrayContaining(keys));
    await page.goto('/');
    await expect(page.locator('[data-continue-reading] a')).toHaveAttribute('href', second);

    // One item can be deleted on its own; the rest stay.
    await page.goto('/your-data/');
    await hydrateIslands(page);
    await page
      .getByRole('button', { name: /^Delete Worksheet: Honest from now on, entry/ })
      .click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.locator(`[data-saved-items] [data-key="${keys[2]}"]`)).toHaveCount(0);
    // Its button went with it: focus is on the list's heading, not lost to the page.
    await expect(page.getByRole('heading', { name: 'Saved on this device now' })).toBeFocused();
    const left = Object.keys(await storedItems(page));
    expect(left).not.toContain(keys[2]);
    expect(left).toEqual(expect.arrayContaining(['rt:reading', 'rt:results:handbook']));
  });
});

test('a reload that puts the page back at its end does not mark an unread chapter read', async ({
  page,
}) => {
  // No fixed clock: the page needs the browser's navigation timing to know it was reloaded.
  await page.goto(first);
  await readToTheEnd(page);
  await page.locator('[data-toggle-read]').click();
  await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.reload();
  await expect(page.locator('[data-chapter-progress] [data-toggle-read]')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
  const reading = JSON.parse((await storedItems(page))['rt:reading'] ?? '{"fields":{}}') as {
    fields: Record<string, { value?: unknown }>;
  };
  expect(Object.values(reading.fields).filter((f) => f.value === true)).toEqual([]);
  // Moving the page is reading again: then the end counts.
  await page.mouse.wheel(0, -300);
  await page.mouse.wheel(0, 600);
  await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'read');
});

test.describe('Back after "Delete everything"', () => {
  test('a chapter, home and the self-check come back from memory without marks or results', async ({
    page,
  }) => {
    // No fixed clock here: Playwright's stands in for the browser's navigation
    // timing, which tells a page it was opened by Back.
    const firstSlug = first.split('/')[2] ?? '';
    await page.goto(first);
    await readToTheEnd(page);
    await page.goto('/');
    await expect(page.locator('[data-continue-reading]')).toContainText('Continue reading');
    await answerHandbookCheck(page, 'Mostly');
    await expect(page.locator('[data-results-table] thead th')).toHaveCount(2);
    await page.goto('/your-data/');
    await page.locator('[data-delete-all]').click();
    await page.locator('[data-confirm-delete]').click();
    await expect.poll(async () => Object.keys(await storedItems(page))).toEqual([]);

    // Each page the browser kept as it was left must now show nothing kept.
    await goBack(page);
    await expect(page).toHaveURL(/\/self-check\/$/);
    await expect(page.locator('[data-results-table]')).toHaveCount(0);
    await expect(page.locator('[data-self-check] input[type="radio"]:checked')).toHaveCount(0);
    await goBack(page);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText('Continue reading')).toHaveCount(0);
    await expect(page.locator('main [data-read-mark]:visible')).toHaveCount(0);
    await goBack(page);
    await expect(page).toHaveURL(new RegExp(`${first}$`));
    await expect(page.locator('[data-read-state]')).toHaveAttribute('data-read-state', 'unread');
    await expect(
      page.locator(`nav[aria-label="Chapters"] [data-read-mark="${firstSlug}"]:visible`),
    ).toHaveCount(0);
    // Nothing shown again was saved again.
    await page.waitForTimeout(500);
    expect(await storedItems(page)).toEqual({});
  });
});

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`what a returning reader sees has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    // No set clock here: axe needs real time to run. The saved data carries its own dates.
    await page.goto('/about/');
    const at = '2026-03-02T10:00:00.000Z';
    const field = (value: unknown) => ({ value, changedAt: at });
    const slugs = chapterPaths().map((p) => p.split('/')[2] ?? '');
    const scores = (n: number) => Object.fromEntries(slugs.map((s, i) => [s, (i + n) % 4]));
    const record = (fields: Record<string, unknown>) =>
      JSON.stringify({ version: 2, savedAt: at, fields });
    await page.evaluate(
      (items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)),
      {
        'rt:reading': record({ [slugs[0] ?? '']: field(true) }),
        'rt:results:handbook': record({
          '2026-03-02': field({ scores: scores(0) }),
          '2026-03-16': field({ scores: scores(1) }),
        }),
        [`rt:results:${slugs[1]}`]: record({
          '2026-03-02': field({ scores: { [slugs[1] ?? '']: 1 }, band: 'A start' }),
          '2026-03-16': field({ scores: { [slugs[1] ?? '']: 2 }, band: 'On the way' }),
        }),
        'rt:worksheet:telling-the-truth-daily:2026-W10': record({
          'who-i-want-to-be': field('Someone who says where they were.'),
        }),
        'rt:self-check:handbook': record({ 'truth-told-unasked': field('done') }),
      },
    );
    for (const path of [
      '/',
      first,
      second,
      '/self-check/',
      `${weekly}entries/`,
      weekly,
      `${weekly}?entry=2099-W01`,
      '/your-data/',
    ]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      // Each island in turn, brought into view until it is awake (islands here wake on view or idle).
      for (const island of await page.locator('astro-island').all()) {
        await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
        await expect(island).not.toHaveAttribute('ssr', { timeout: 20_000 });
      }
      // The notes a returning reader meets are on the page being checked.
      if (path === '/self-check/') await expect(page.locator('[data-answers-from]')).toBeVisible();
      if (path === weekly) await expect(page.locator('[data-copy-last-entry]')).toBeVisible();
      if (path.includes('?entry='))
        await expect(page.locator('[data-entry-ignored]')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
      );
      expect(summary, `${path} (${scheme})`).toEqual([]);
    }
    // The states looked at are the ones a returning reader sees.
    await page.goto('/self-check/');
    await expect(page.locator('[data-results-table] thead th')).toHaveCount(3);
  });
}
