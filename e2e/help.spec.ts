import { expect, test } from '@playwright/test';

/** Chapters that describe distress carry a calm note that leads to help. */
const chaptersWithHelp = ['be-patient', 'be-there', 'do-not-add-to-the-hurt'];

for (const slug of chaptersWithHelp) {
  test(`/chapters/${slug}/ offers a way to more help`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/`);
    // Heard once: the note opens with these words and has no name repeating them.
    const note = page.getByRole('note').filter({ hasText: 'If this is more than you can carry' });
    await expect(note).not.toHaveAttribute('aria-label', /./);
    await expect(note).toBeVisible();
    await expect(note).toContainText('emergency services');
    await note.getByRole('link', { name: 'When and where to get help' }).click();
    await expect(page).toHaveURL(/\/help\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting more help');
  });
}

test('the help page says when to get urgent help and gives no phone numbers', async ({ page }) => {
  await page.goto('/help/');
  const main = page.getByRole('main');
  await expect(main.locator('#urgent-help')).toBeVisible();
  await expect(main).toContainText('local emergency services');
  await expect(main.locator('#couples-counsellor')).toBeVisible();
  await expect(main.locator('#your-own-counsellor')).toBeVisible();
  // Numbers differ by country and change; a wrong one in a crisis does harm.
  expect(await main.innerText()).not.toMatch(/\d[\d\s-]{2,}\d/);
});

test('the About page says once that the handbook is not therapy, and the help page leaves it there', async ({
  page,
}) => {
  await page.goto('/about/');
  const text = await page.getByRole('main').innerText();
  expect(text.match(/not therapy/g)).toHaveLength(1);
  await page.goto('/help/');
  expect(await page.getByRole('main').innerText()).not.toContain('not therapy');
});
