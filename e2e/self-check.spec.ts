/**
 * Self-checks, used the way a keyboard-only reader would: answer with Tab,
 * Space and the arrow keys, hear the result, follow a link to the section
 * that helps, come back later, and clear the answers.
 */
import { expect, test, type Page } from '@playwright/test';

const scale = ['not-yet', 'sometimes', 'mostly', 'always'] as const;
type Answer = (typeof scale)[number];

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function focusedValue(page: Page) {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
}

/**
 * Answers the fieldsets in order, from the keyboard only: Tab into each
 * group (focus lands on "Not yet"), then Space or arrow keys to choose.
 */
async function answerAll(page: Page, answers: readonly Answer[]) {
  await tabTo(page, '[data-self-check] input[type="radio"]');
  // Focus scrolled the island into view; wait until it has hydrated.
  await expect(page.locator('[data-self-check] astro-island')).not.toHaveAttribute('ssr');
  for (const [i, answer] of answers.entries()) {
    // Tab moves on to the next group (past any chapter link between groups).
    if (i > 0) await tabTo(page, '[data-self-check] input[type="radio"]', 5);
    expect(await focusedValue(page)).toBe('not-yet');
    const steps = scale.indexOf(answer);
    if (steps === 0) await page.keyboard.press('Space');
    for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowRight');
    expect(await focusedValue(page)).toBe(answer);
  }
}

async function checkedValues(page: Page) {
  return page
    .locator('[data-self-check] fieldset')
    .evaluateAll((sets) =>
      sets.map((f) => f.querySelector<HTMLInputElement>('input:checked')?.value ?? null),
    );
}

test.describe('a chapter self-check', () => {
  const path = '/chapters/be-patient/';
  const answers: Answer[] = ['not-yet', 'sometimes', 'mostly', 'always', 'mostly', 'always'];

  test('answer by keyboard, hear the reading, keep it on reload, follow a revisit link, clear', async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('[data-self-check] fieldset')).toHaveCount(6);
    await answerAll(page, answers);

    // 0+1+2+3+2+3 = 11 points: the middle band (8 to 13). Focus stays on the last answer.
    const status = page.locator('[data-self-check]').getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toContainText('Your reading: Learning to wait.');
    await expect(status).toContainText('2 statements have a section to revisit');
    expect(await focusedValue(page)).toBe('always');

    // Changing an answer changes the reading.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(status).toContainText('3 statements have a section to revisit');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status).toContainText('2 statements have a section to revisit');

    const saved = await page.evaluate(() => localStorage.getItem('rt:self-check:be-patient'));
    expect(JSON.parse(saved ?? '{}').data.answers['no-deadline']).toBe('mostly');

    await page.reload();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect.poll(() => checkedValues(page)).toEqual(answers);
    await expect(status).toContainText('Your reading: Learning to wait.');

    // The first low answer ("Not yet": distrust is fair) links to its section.
    await page.locator('h1').focus();
    await tabTo(page, 'a[data-revisit]');
    await expect(page.locator(':focus')).toHaveText('Revisit “Their distrust makes sense”');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chapters\/be-patient\/#distrust-makes-sense$/);
    await expect(page.locator('#distrust-makes-sense')).toBeInViewport();

    await tabTo(page, '[data-self-check] button');
    await expect(page.locator(':focus')).toHaveText('Clear my answers');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Your answers were cleared from this device.');
    await expect(page.locator(':focus')).toHaveText('Clear my answers');
    expect(await checkedValues(page)).toEqual(Array(6).fill(null));
    expect(await page.evaluate(() => localStorage.getItem('rt:self-check:be-patient'))).toBeNull();

    await page.reload();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-self-check] astro-island')).not.toHaveAttribute('ssr');
    expect(await checkedValues(page)).toEqual(Array(6).fill(null));
    await expect(status).toContainText('Answer all 6 statements');
  });

  test('a damaged saved record is set aside with a notice, never a crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    await page.evaluate(() => localStorage.setItem('rt:self-check:be-patient', '{"version":1,'));
    await page.reload();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-self-check-notice]')).toContainText('could not be opened');
    expect(await checkedValues(page)).toEqual(Array(6).fill(null));
    expect(errors).toEqual([]);
  });
});

test('the whole-handbook check: profile, start here, revisit, print with answers', async ({
  page,
}) => {
  await page.goto('/self-check/');
  const fieldsets = page.locator('[data-self-check] fieldset');
  await expect(fieldsets).toHaveCount(20);
  const chapters = await fieldsets.evaluateAll((sets) =>
    sets.map((f) => f.closest('div')?.querySelector('h2, h3')?.textContent?.trim() ?? ''),
  );
  // Everything "Always", except Be patient (Not yet) and Live openly (Sometimes).
  const answers = chapters.map((title): Answer =>
    title === 'Be patient' ? 'not-yet' : title === 'Live openly' ? 'sometimes' : 'always',
  );
  await answerAll(page, answers);

  const status = page.locator('[data-self-check]').getByRole('status');
  await expect(status).toHaveText(
    'Your profile is ready. Strongest: Tell the whole truth. Start here: Be patient, Live openly.',
  );
  // Labels and values are text, strongest to weakest.
  const rows = page.locator('[data-profile] li');
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(8)).toContainText('Live openly');
  await expect(rows.nth(8)).toContainText('Sometimes');
  await expect(rows.nth(9)).toContainText('Be patient');
  await expect(rows.nth(9)).toContainText('Not yet');
  await expect(page.locator('a[data-start-here]')).toHaveText(['Be patient', 'Live openly']);

  await page.reload();
  await page.locator('[data-self-check] fieldset').first().scrollIntoViewIfNeeded();
  await expect.poll(() => checkedValues(page)).toEqual(answers);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Clear my answers' })).toBeHidden();
  await expect(page.locator('[data-profile]')).toBeVisible();
  expect(await checkedValues(page)).toEqual(answers);
  await page.emulateMedia({ media: 'screen' });

  await page.locator('h1').focus();
  await tabTo(page, 'a[data-revisit]');
  await expect(page.locator(':focus')).toHaveText("Revisit “Don't set a timeline”");
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/be-patient\/#no-timeline$/);
  await expect(page.locator('#no-timeline')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the statements still read, and the page says the result needs JavaScript', async ({
    page,
  }) => {
    for (const [path, count] of [
      ['/chapters/be-patient/', 6],
      ['/self-check/', 20],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('[data-self-check] fieldset legend')).toHaveCount(count);
      await expect(page.locator('[data-self-check] [data-no-js]')).toContainText(
        'Your result needs JavaScript',
      );
      await expect(page.locator('[data-self-check-result]')).toBeHidden();
      await expect(page.getByRole('radio', { name: 'Sometimes' }).first()).toBeVisible();
    }
  });
});
