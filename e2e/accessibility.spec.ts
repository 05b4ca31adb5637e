import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answersFile } from './support/answers-file';
import { hydrateIslands } from './support/exercise';
import { builtPagePaths } from './support/site';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `${label}\n${summary.join('\n')}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of builtPagePaths()) {
      test(`${path} has no WCAG A/AA violations`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expectNoViolations(page, `${path} (${scheme})`);
      });
    }
  });
}

test('every page gives screen readers landmarks they can tell apart, and headings in order', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  // The not-found page too: it has a second search form below the header's.
  for (const path of [...builtPagePaths(), '/404.html']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withRules(['landmark-unique', 'landmark-no-duplicate-main', 'heading-order'])
      .analyze();
    for (const v of results.violations)
      problems.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('the whole-handbook self-check with its result shown has no violations', async ({ page }) => {
  await page.goto('/self-check/', { waitUntil: 'networkidle' });
  const groups = page.locator('main fieldset');
  expect(await groups.count()).toBeGreaterThan(0);
  for (const group of await groups.all()) {
    await group.scrollIntoViewIfNeeded();
    await group.getByRole('radio').nth(1).check();
  }
  await expect(page.locator('[aria-live="polite"]').first()).not.toBeEmpty();
  await expectNoViolations(page, '/self-check/ with a result');
  // Its result's headings go one level down at a time (h2, h3), never skipping one.
  const levels = await page
    .locator('main :is(h1, h2, h3, h4, h5, h6):visible')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels).toContain(3);
  const skips = levels.filter((level, i) => i > 0 && level > (levels[i - 1] ?? 1) + 1);
  expect(skips, `heading levels in order: ${levels.join(' ')}`).toEqual([]);
});

test('a worksheet with answers filled in has no violations', async ({ page }) => {
  await page.goto('/worksheets/', { waitUntil: 'networkidle' });
  const first = page.locator('main a[href*="/worksheets/"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await page.waitForLoadState('networkidle');
  for (const field of await page
    .locator('main :is(input[type="text"], input:not([type]), textarea)')
    .all()) {
    if (await field.isEditable()) await field.fill('I will tell them where I am.');
  }
  for (const box of await page.locator('main input[type="checkbox"]').all()) await box.check();
  await expectNoViolations(page, 'a filled worksheet');
});

test('every live region is on the page, empty, before it speaks', async ({ page }) => {
  // A status shown only once it has words (display: none while empty) is not
  // in the accessibility tree when they arrive, so many screen readers never
  // say them: each is kept on the page, kept out of sight while empty.
  await page.addInitScript(() => {
    localStorage.setItem(
      'rt-recovery:worksheet:no-contact:2026-11-20T09:00:00.000Z',
      JSON.stringify({
        version: 2,
        savedAt: '2026-11-20T08:30:00.000Z',
        fields: { 'draft-message': { value: 'x', changedAt: '2026-11-20T08:30:00.000Z' } },
      }),
    );
  });
  const hidden: string[] = [];
  for (const path of [
    '/chapters/be-patient/',
    '/worksheets/no-contact/',
    '/worksheets/daily-check-in/',
    '/self-check/',
    '/your-data/',
  ]) {
    await page.goto(path);
    await hydrateIslands(page);
    hidden.push(
      ...(await page.locator('main :is([role="status"], [aria-live])').evaluateAll((regions) =>
        regions
          // Only regions whose surroundings are shown: a closed panel's speak once opened.
          .filter((r) => r.parentElement?.checkVisibility())
          .filter((r) => getComputedStyle(r).display === 'none')
          .map((r) => `${location.pathname} ${r.outerHTML.slice(0, 80)}`),
      )),
    );
  }
  expect(hidden).toEqual([]);
});

test('Your data with a recovery copy put back, and a sheet asking before it loads another day’s file, have no violations', async ({
  page,
}) => {
  const at = '2026-03-02T10:00:00.000Z';
  await page.clock.setFixedTime(new Date('2026-03-03T10:00:00Z'));
  await page.addInitScript((t) => {
    localStorage.setItem(
      'rt-recovery:worksheet:no-contact:2026-03-02T11:00:00.000Z',
      JSON.stringify({
        version: 2,
        savedAt: t,
        fields: { 'draft-message': { value: 'x', changedAt: t } },
      }),
    );
  }, at);
  await page.goto('/your-data/');
  await hydrateIslands(page);
  await page.getByRole('button', { name: /^Put these answers back/ }).click();
  await expect(page.locator('[data-put-back-said]')).toContainText('Put back 1 answer');
  await expectNoViolations(page, '/your-data/ with a copy put back');

  await page.goto('/worksheets/daily-check-in/');
  await hydrateIslands(page);
  await page.locator('input[data-answers-file]').setInputFiles(
    answersFile({ when: 'After dinner' }, 'daily-check-in', 'Daily check-in', {
      savedAt: at,
      entry: '2026-03-02',
    }),
  );
  await expect(page.locator('[data-load-question]')).toContainText('This file is your entry for');
  await expectNoViolations(page, 'a dated sheet asking before it loads another day’s file');
});

test('in a Windows contrast theme, filled buttons keep an edge and only the current chapter has its bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ forcedColors: 'active' });
  // A contrast theme drops backgrounds and draws every border in the text
  // colour: a button that was only a filled shape read as plain bold words,
  // and a transparent bar on every chapter drew one down the whole list.
  // An edge the theme draws: a width, in a colour it has not made transparent.
  const edge = (el: Element) => {
    const style = getComputedStyle(el);
    return style.borderTopColor === 'rgba(0, 0, 0, 0)' ? 0 : parseFloat(style.borderTopWidth);
  };
  for (const [path, filled] of [
    ['/chapters/be-there/', 'form:has(#site-search) button[type="submit"]'],
    ['/print/', '[data-print-book]'],
  ] as const) {
    await page.goto(path);
    expect(await page.locator(filled).evaluate(edge), path).toBeGreaterThan(0);
  }
  // The chapters with a bar beside them, in the sidebar and in the phone's menu.
  const barred = (links: Locator) =>
    links.evaluateAll((all) =>
      all
        .filter((a) => parseFloat(getComputedStyle(a).borderLeftWidth) > 0)
        .map((a) => (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
  await page.goto('/chapters/be-there/');
  expect(await barred(page.locator('nav[aria-label="Chapters"] a:visible'))).toEqual([
    '6. Be there',
  ]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator('[data-chapter-menu] summary').click();
  expect(await barred(page.locator('[data-chapter-menu] a'))).toEqual(['6. Be there']);
});
