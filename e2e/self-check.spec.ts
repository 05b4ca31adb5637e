/**
 * Self-checks, used the way a keyboard-only reader would: answer with Tab,
 * Space and the arrow keys, hear the result, follow a link to the section
 * that helps, come back later, and clear the answers.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  catchPrint,
  fillStorageFor,
  fullWhileStored,
  questionKeepsOnDoublePressAndEscape,
  tickEveryStatement,
  timesPrinted,
  turnStorageOff,
} from './support/exercise';
import { holdScript, printedSheets } from './support/site';

/** Saved answer values; which of them a statement offers depends on its kind. */
type Answer = 'not-yet' | 'sometimes' | 'mostly' | 'always' | 'done' | 'yes' | 'does-not-apply';

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The self-check's own island (other islands, such as earlier results, sit beside it). */
function selfCheckIsland(page: Page) {
  return page.locator('[data-self-check] astro-island[component-url*="SelfCheckIsland"]');
}

async function focusedValue(page: Page) {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
}

/** The values the focused radio's group offers, in order. */
async function groupValues(page: Page) {
  return page.evaluate(() =>
    [
      ...(document.activeElement?.closest('fieldset')?.querySelectorAll('input[type="radio"]') ??
        []),
    ].map((r) => (r as HTMLInputElement).value),
  );
}

/**
 * Answers the fieldsets in order, from the keyboard only: Tab into each
 * group (focus lands on "Not yet"), then Space or arrow keys to choose.
 */
async function answerAll(page: Page, answers: readonly Answer[]) {
  await tabTo(page, '[data-self-check] input[type="radio"]');
  // Focus scrolled the island into view; wait until it has hydrated.
  await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
  for (const [i, answer] of answers.entries()) {
    // Tab moves on to the next group (past any chapter link between groups).
    if (i > 0) await tabTo(page, '[data-self-check] input[type="radio"]', 5);
    expect(await focusedValue(page)).toBe('not-yet');
    const steps = (await groupValues(page)).indexOf(answer);
    expect(steps, `statement ${i + 1} offers "${answer}"`).toBeGreaterThanOrEqual(0);
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
    const status = page.locator('[data-self-check-status]');
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
    expect(JSON.parse(saved ?? '{}').fields['no-deadline'].value).toBe('mostly');

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
    const clearButton = page.getByRole('button', { name: 'Clear my answers' });
    await questionKeepsOnDoublePressAndEscape(page, clearButton);
    await expect.poll(() => checkedValues(page)).toEqual(answers);
    await page.keyboard.press('Enter');
    // The question says results kept by date stay, and where they are deleted.
    await expect(page.locator('[role="group"][aria-label="Clear my answers"]')).toContainText(
      'Results kept by date stay',
    );
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await expect(status).toHaveText(
      'Your answers were cleared from this device. Results kept by date stay until you delete them under “Delete a kept result” above, or on “Your data”.',
    );
    await expect(page.locator(':focus')).toHaveText('Clear my answers');
    expect(await checkedValues(page)).toEqual(Array(6).fill(null));
    expect(await page.evaluate(() => localStorage.getItem('rt:self-check:be-patient'))).toBeNull();

    await page.reload();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
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

  test('"Clear my answers" says so when the browser keeps the saved copy', async ({ page }) => {
    await page.goto(path);
    const first = page.locator('[data-self-check] fieldset').first();
    await first.scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    await first.locator('input[type="radio"]').nth(1).check();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('rt:self-check:be-patient')))
      .not.toBeNull();
    // The browser refuses to remove anything (a policy, an extension, a broken profile).
    await page.evaluate(() => {
      Storage.prototype.removeItem = () => {
        throw new DOMException('Refused', 'SecurityError');
      };
    });
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    const status = page.locator('[data-self-check-status]');
    await expect(status).toContainText('did not let the handbook remove the saved copy');
    await expect(status).not.toContainText('cleared from this device');
    // Nothing claimed is untrue: the copy is still there, and comes back on reload.
    await page.reload();
    await first.scrollIntoViewIfNeeded();
    await expect(first.locator('input[type="radio"]').nth(1)).toBeChecked();
  });

  test('a storage problem is shown under the answer just given and said aloud', async ({
    page,
  }) => {
    await fillStorageFor(page, 'rt:self-check:');
    await page.goto(path);
    const fieldsets = page.locator('[data-self-check] fieldset');
    await fieldsets.first().scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    await fieldsets.nth(2).locator('input[type="radio"]').nth(1).check();
    // Beside the statement, where the reader is looking, not only in the result far below.
    await expect(fieldsets.nth(2).locator('[data-statement-notice]')).toContainText(
      'storage for the handbook is full',
    );
    await expect(fieldsets.nth(0).locator('[data-statement-notice]')).toHaveCount(0);
    await expect(page.locator('[data-self-check-status]')).toContainText(
      'storage for the handbook is full',
    );
    await expect(fieldsets.nth(2).locator('input[type="radio"]').nth(1)).toBeChecked();
    // Unsaved answers still give a reading, said after the problem, and the problem once.
    await tickEveryStatement(page);
    await expect(page.locator('[data-self-check-status]')).toContainText('Your reading:');
    await expect(page.locator('[data-self-check-status]')).toContainText(
      'storage for the handbook is full',
    );
    await expect(page.locator('[data-self-check-notice]')).toHaveCount(0);
  });

  test('storage full, then room made in another tab: the answers and today’s result are kept with no answer given again', async ({
    context,
  }) => {
    // Full while another site's big item is there; every write is refused then.
    await fullWhileStored(context, 'big');
    const page = await context.newPage();
    await page.goto('/about/');
    await page.evaluate(() => {
      localStorage.setItem('rt-theme', 'light');
      localStorage.setItem('big', 'x');
    });
    await page.goto(path);
    await page.locator('[data-self-check] fieldset').first().scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    const count = await tickEveryStatement(page);
    const status = page.locator('[data-self-check-status]');
    await expect(status).toContainText('storage for the handbook is full');
    const other = await context.newPage();
    await other.goto('/about/');
    await other.evaluate(() => localStorage.removeItem('big'));
    await expect(status).not.toContainText('storage for the handbook is full');
    await expect(status).toContainText('Your reading:');
    const stored = () =>
      page.evaluate(() => ({
        answers: Object.keys(
          JSON.parse(localStorage.getItem('rt:self-check:be-patient') ?? '{"fields":{}}').fields,
        ).length,
        results: localStorage.getItem('rt:results:be-patient') !== null,
      }));
    await expect.poll(stored).toEqual({ answers: count, results: true });
    // Leaving no longer asks: nothing is on this page only.
    let asked = false;
    page.on('dialog', (dialog) => {
      asked = true;
      void dialog.accept();
    });
    await page.goto('/about/');
    expect(asked).toBe(false);
  });

  test('storage full, then the kept results deleted in another tab: the refused result is not written back', async ({
    context,
  }) => {
    await fullWhileStored(context, 'big');
    const page = await context.newPage();
    await page.goto(path);
    await page.locator('[data-self-check] fieldset').first().scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    await tickEveryStatement(page);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('rt:results:be-patient')))
      .not.toBeNull();
    await page.evaluate(() => localStorage.setItem('big', 'x'));
    await tickEveryStatement(page, 2);
    await expect(page.locator('[data-self-check-status]')).toContainText(
      'storage for the handbook is full',
    );
    // On Your data, the reader deletes the kept results (and room is made).
    const other = await context.newPage();
    await other.goto('/about/');
    await other.evaluate(() => {
      localStorage.removeItem('rt:results:be-patient');
      localStorage.removeItem('big');
    });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => localStorage.getItem('rt:results:be-patient'))).toBeNull();
    // The answers, which were not deleted, are saved once there is room.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('rt:self-check:be-patient') ?? ''))
      .toContain('mostly');
  });

  test('with storage turned off, answering every statement still gives a reading', async ({
    page,
  }) => {
    await turnStorageOff(page);
    await page.goto(path);
    const fieldsets = page.locator('[data-self-check] fieldset');
    await fieldsets.first().scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    await tickEveryStatement(page);
    const status = page.locator('[data-self-check-status]');
    await expect(status).toContainText('Your reading:');
    await expect(status).toContainText('not letting the handbook save');
  });
});

test('answers ticked before the self-check wakes are kept, saved and counted as a result', async ({
  page,
}) => {
  // A slow phone: the island's script arrives after the reader has answered.
  const release = await holdScript(page, '**/_astro/ChapterSelfCheckIsland.*.js');
  await page.goto('/chapters/be-there/');
  const fieldsets = page.locator('[data-self-check] fieldset');
  const count = await tickEveryStatement(page);
  const value = await fieldsets.first().locator('input[type="radio"]').nth(1).inputValue();
  release();
  await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
  await expect(page.locator('[data-self-check-progress]')).toHaveText(
    `${count} of ${count} answered.`,
  );
  await expect(fieldsets.first().locator('input[type="radio"]').nth(1)).toBeChecked();
  const saved = await page.evaluate(() => localStorage.getItem('rt:self-check:be-there'));
  expect(saved).toContain(`"${value}"`);
  // A complete check keeps today's result, as if the island had been there all along.
  await expect(page.locator('[data-last-results] [data-kept-result]')).toHaveCount(1);
});

test("on /self-check/, answers ticked before the page wakes keep today's result, whichever island wakes last", async ({
  page,
}) => {
  // The results island's file is larger than the form's: on a slow phone it
  // wakes after the form has handed over the early answers.
  const releaseForm = await holdScript(page, '**/_astro/HandbookSelfCheckIsland.*.js');
  const releaseResults = await holdScript(page, '**/_astro/ResultsOverTime.*.js');
  await page.goto('/self-check/');
  const count = await tickEveryStatement(page);
  releaseForm();
  await expect(page.locator('[data-self-check-progress]')).toHaveText(
    `${count} of ${count} answered.`,
  );
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rt:self-check:handbook')))
    .toContain('"');
  expect(await page.evaluate(() => localStorage.getItem('rt:results:handbook'))).toBeNull();
  releaseResults();
  await expect(page.locator('[data-results-table]')).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem('rt:results:handbook'));
  expect(Object.keys(JSON.parse(kept ?? '{}').fields ?? {}), 'results kept').toHaveLength(1);
});

test('if the self-check\'s script never arrives, its box says saving has not started, not "0 of 6 answered"', async ({
  page,
}) => {
  // A dropped connection: the page arrived, the island's script did not.
  await page.route('**/_astro/ChapterSelfCheckIsland.*.js', (route) => route.abort());
  await page.goto('/chapters/be-there/');
  const fieldsets = page.locator('[data-self-check] fieldset');
  await fieldsets.first().scrollIntoViewIfNeeded();
  await fieldsets.first().locator('input[type="radio"]').nth(1).check();
  const box = page.locator('[data-self-check-result]');
  await expect(box).toBeVisible();
  await expect(page.locator('[data-self-check-progress]')).toHaveText(
    'Your reading shows here, and your answers are saved on this device, once this page has finished loading. If this note stays, reload the page.',
  );
  await expect(box).not.toContainText('answered');
  // Once the script does arrive (another visit), the box counts answers as usual.
  await page.unroute('**/_astro/ChapterSelfCheckIsland.*.js');
  await page.reload();
  await fieldsets.first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-self-check-progress]')).toHaveText(/^0 of \d+ answered\.$/);
});

test.describe("a chapter's self-check before it has woken", () => {
  /**
   * Answers every statement of be-there (the second choice) and keeps them, as
   * a past visit would, then comes back. `hold` keeps the check's script back
   * on the way (a slow phone) until the returned function is called.
   */
  async function answerAndComeBack(page: Page, hold = false) {
    await page.goto('/chapters/be-there/');
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    const count = await tickEveryStatement(page);
    await expect(page.locator('[data-self-check-progress]')).toHaveText(
      `${count} of ${count} answered.`,
    );
    const answers = await checkedValues(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const release = hold
      ? await holdScript(page, '**/_astro/ChapterSelfCheckIsland.*.js')
      : () => undefined;
    await page.reload();
    return { answers, release };
  }

  test('coming back, it wakes at once, so a chapter printed straight away carries the result', async ({
    page,
  }, testInfo) => {
    await answerAndComeBack(page);
    // Not scrolled to: a device that keeps its answers wakes it all the same.
    await expect(page.locator('[data-self-check]')).not.toBeInViewport();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    // Awake, it reads its kept results in the frame after it wakes (an effect):
    // a reader's print comes later than that; this test's came in between.
    await expect(page.locator('[data-self-check]')).toContainText('Your last results');
    const paper = (await printedSheets(page, 'A4', testInfo.outputPath('chapter.pdf'))).join(' ');
    expect(paper).toContain('Your last results');
    expect(paper).toContain('Your result');
    expect(paper).toContain('Your answers as they stood on');
  });

  test('printed before its script arrives, it prints the answers saved on this device', async ({
    page,
  }) => {
    const { answers, release } = await answerAndComeBack(page, true);
    await expect(selfCheckIsland(page)).toHaveAttribute('ssr');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await checkedValues(page)).toEqual(answers);
    // The day is on paper, as the awake check prints it.
    await expect(page.locator('[data-self-check] [data-answers-on-paper]')).toHaveText(
      /^Your answers as they stood on \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
    );
    // After printing the page is as it was, and the check, once awake, shows them itself.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(new Set(await checkedValues(page))).toEqual(new Set([null]));
    await expect(page.locator('[data-answers-on-paper]')).toHaveCount(0);
    release();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    await expect.poll(() => checkedValues(page)).toEqual(answers);
  });

  test('scrolled to on a phone, it has woken before the statements come into view, so they do not jump', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await answerAndComeBack(page);
    const first = page.locator('[data-self-check] fieldset').first();
    // Scrolled down bit by bit, as a thumb reading on would (about 1.5 px a
    // millisecond), until the first statement shows.
    let before = Infinity;
    for (let i = 0; i < 300 && before > 700; i++) {
      if (i > 0) await page.waitForTimeout(100);
      before = await first.evaluate(async (el) => {
        window.scrollBy(0, 150);
        await new Promise(requestAnimationFrame);
        return el.getBoundingClientRect().top;
      });
    }
    // The reader reads the statement and goes to answer it.
    await page.waitForTimeout(600);
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    const after = await first.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before), 'the first statement moved on screen').toBeLessThan(5);
  });
});

test('on /self-check/, clearing the answers points to the Delete beside each kept result, on the same page', async ({
  page,
}) => {
  await page.goto('/self-check/');
  await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.getByRole('group', { name: 'Clear my answers' })).toContainText(
    'Results kept by date stay; delete them under “Your results over time” below, or on Your data.',
  );
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.locator('[data-self-check-status]')).toHaveText(
    'Your answers were cleared from this device. Results kept by date stay until you delete them under “Your results over time” below, or on “Your data”.',
  );
});

test.describe('answers that fit each statement', () => {
  const path = '/chapters/end-it-openly/';

  test('Done / Not yet and "Does not apply to me" by keyboard; what does not apply counts for nothing', async ({
    page,
  }) => {
    await page.goto(path);
    const fieldsets = page.locator('[data-self-check] fieldset');
    await expect(fieldsets).toHaveCount(8);
    // Something done once offers Not yet / Done; a coworker statement adds "Does not apply to me".
    await expect(fieldsets.nth(0).getByRole('radio')).toHaveCount(2);
    await expect(fieldsets.nth(0).getByRole('radio', { name: 'Done' })).toBeVisible();
    await expect(fieldsets.nth(0).getByRole('radio', { name: 'Sometimes' })).toHaveCount(0);
    await expect(
      fieldsets.nth(5).getByRole('radio', { name: 'Does not apply to me' }),
    ).toBeVisible();
    // Each group is a fieldset named by its statement.
    await expect(fieldsets.nth(5).locator('legend')).toContainText('at work');

    const answers: Answer[] = [
      'not-yet',
      'done',
      'mostly',
      'always',
      'done',
      'does-not-apply',
      'mostly',
      'mostly',
    ];
    await answerAll(page, answers);
    // 15 of the 21 points that apply: 17.1 on the 24-point bands, "Closing the door" (10 to 17).
    const status = page.locator('[data-self-check-status]');
    await expect(status).toContainText('Your reading: Closing the door.');
    await expect(status).toContainText('One statement does not apply to you and is left out.');
    await expect(status).toContainText('One statement has a section to revisit');

    // Raise the last answer to Always: 16 of 21 → 18.3, "Closed, and seen to be". Had
    // "Does not apply" counted as Not yet, it would be 16 of 24, still "Closing the door".
    await page.keyboard.press('ArrowRight');
    await expect(status).toContainText('Your reading: Closed, and seen to be.');

    await page.reload();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect.poll(() => checkedValues(page)).toEqual([...answers.slice(0, 7), 'always']);
    await expect(page.locator('a[data-revisit]')).toHaveText([
      'Revisit “Why you have to end it clearly”',
    ]);
  });

  test('an answer saved before a statement was reworded is kept and shown, never dropped', async ({
    page,
  }) => {
    await page.goto(path);
    // Saved when every statement was on the Not yet … Always scale.
    await page.evaluate(() =>
      localStorage.setItem(
        'rt:self-check:end-it-openly',
        JSON.stringify({
          version: 1,
          savedAt: '2026-11-01T10:00:00.000Z',
          data: {
            answers: { 'ended-in-clear-words': 'always', 'faced-the-awkwardness': 'mostly' },
          },
        }),
      ),
    );
    await page.reload();
    await page.locator('[data-self-check]').scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    // "Always" on something now Done / Not yet reads as Done.
    await expect
      .poll(() => checkedValues(page))
      .toEqual(['done', null, null, null, null, null, null, null]);
    // "Mostly" does not fit Done / Not yet: shown beside the statement, with a note.
    const second = page.locator('[data-self-check] fieldset').nth(1);
    await expect(second.locator('[data-earlier-answer]')).toContainText(
      'Your earlier answer: Mostly',
    );
    await expect(page.locator('[data-self-check-earlier]')).toContainText(
      'One statement was reworded',
    );
    const saved = await page.evaluate(() => localStorage.getItem('rt:self-check:end-it-openly'));
    expect(saved).toContain('"faced-the-awkwardness"');
    expect(saved).toContain('mostly');

    // Choosing again replaces it, and the note goes.
    await second.getByRole('radio', { name: 'Done' }).check();
    await expect(second.locator('[data-earlier-answer]')).toHaveCount(0);
    await expect(page.locator('[data-self-check-earlier]')).toHaveCount(0);
  });
});

test('the whole-handbook check: profile, start here, revisit, print with answers', async ({
  page,
}) => {
  await page.goto('/self-check/');
  const fieldsets = page.locator('[data-self-check] fieldset');
  await expect(fieldsets).toHaveCount(21);
  const statements = await fieldsets.evaluateAll((sets) =>
    sets.map((f) => ({
      chapter: f.closest('div')?.querySelector('h2, h3')?.textContent?.trim() ?? '',
      id: f.getAttribute('data-statement') ?? '',
      kind: f.getAttribute('data-answers') ?? '',
    })),
  );
  // The best answer everywhere (Always, Done or Yes), except: Be patient Not yet; Live openly
  // Not yet (offered access) and Mostly, which averages Sometimes; and the coworker statement,
  // which does not apply and must not pull "End it openly" down.
  const top = (kind: string): Answer =>
    kind === 'done' ? 'done' : kind === 'yes' ? 'yes' : 'always';
  const answers = statements.map(({ chapter, id, kind }): Answer => {
    if (chapter === 'Be patient') return 'not-yet';
    if (chapter === 'Live openly') return kind === 'done' ? 'not-yet' : 'mostly';
    if (id === 'work-contact-shared') return 'does-not-apply';
    return top(kind);
  });
  expect(answers).toContain('done');
  await answerAll(page, answers);

  const status = page.locator('[data-self-check-status]');
  await expect(status).toHaveText(
    'Your profile is ready. 8 steps are equally strongest, first in the list below. Start here: Be patient, Live openly.',
  );
  // Labels and values are text, strongest to weakest.
  const rows = page.locator('[data-profile] li');
  await expect(rows).toHaveCount(10);
  await expect(rows.filter({ hasText: 'End it openly' })).toContainText('Always');
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
  // No button reaches paper, the kept results' Delete buttons included.
  await expect(page.locator('[data-kept-results]')).toBeAttached();
  await expect(page.locator('main button:visible')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Delete a kept result' })).toBeHidden();
  await expect(page.locator('[data-profile]')).toBeVisible();
  expect(await checkedValues(page)).toEqual(answers);
  // Paper kept for weeks, or shown to a counsellor, says the day.
  await expect(page.locator('[data-answers-on-paper]')).toHaveText(
    /^Your answers as they stood on \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
  );
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-answers-on-paper]')).toBeHidden();

  await page.locator('h1').focus();
  await tabTo(page, 'a[data-revisit]');
  await expect(page.locator(':focus')).toHaveText(/^Revisit “Don[’']t set a timeline”$/);
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
      ['/self-check/', 21],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('[data-self-check] fieldset legend')).toHaveCount(count);
      await expect(page.locator('[data-self-check] [data-no-js]')).toContainText(
        'Your result needs JavaScript',
      );
      await expect(page.locator('[data-self-check-result]')).toBeHidden();
      await expect(page.getByRole('radio', { name: 'Sometimes' }).first()).toBeVisible();
    }
    await page.goto('/chapters/end-it-openly/');
    for (const name of ['Done', 'Does not apply to me']) {
      await expect(page.getByRole('radio', { name }).first()).toBeVisible();
    }
  });

  test('how to answer names only the answers each check offers', async ({ page }) => {
    for (const path of ['/self-check/', '/chapters/begin-again/', '/chapters/be-patient/']) {
      await page.goto(path);
      const how = page
        .locator('main p')
        .filter({ hasText: 'There are no right answers to aim for' });
      const told = (await how.textContent()) ?? '';
      for (const [answer, word] of [
        ['yes', 'Yes'],
        ['done', 'Done'],
        ['always', 'Always'],
      ] as const) {
        const offered = await page.locator(`[data-self-check] input[value="${answer}"]`).count();
        expect(told.includes(word), `${path}: ${word} (${offered} offered)`).toBe(offered > 0);
      }
    }
  });
});

test('a check printed blank, to answer with a pen, carries the key to score it by hand', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('/chapters/be-there/');
  await page.locator('[data-self-check] fieldset').first().scrollIntoViewIfNeeded();
  await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
  const blank = (await printedSheets(page, 'A4', testInfo.outputPath('blank.pdf'))).join(' ');
  expect(blank).toContain('Scoring it by hand');
  expect(blank).toContain('Sometimes 1, Mostly 2, Always 3.');
  expect(blank).toMatch(/multiply your total by 8/);
  expect(blank).toMatch(/0 to 9\s+Not there enough yet\./);
  expect(blank).toMatch(/18 to 24\s+There for them\./);
  // Printed with a result, the page has scored it: no key.
  await tickEveryStatement(page, 3);
  await expect(page.locator('[data-self-check-result][data-complete]')).toBeAttached();
  const scored = (await printedSheets(page, 'A4', testInfo.outputPath('scored.pdf'))).join(' ');
  expect(scored).toContain('There for them');
  expect(scored).not.toContain('Scoring it by hand');
  // On screen it is for a reader without JavaScript only, who gets no result worked out.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-paper-key]')).toBeHidden();
  await page.emulateMedia({ media: null });
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('/chapters/be-there/');
  await expect(plain.locator('[data-paper-key]')).toBeVisible();
  await noScript.close();

  // The whole handbook's check: where to start, and no sheet for results not yet kept.
  await page.goto('/self-check/');
  await page.locator('[data-results-over-time]').waitFor();
  const handbook = (await printedSheets(page, 'A4', testInfo.outputPath('handbook.pdf'))).join(' ');
  expect(handbook).toMatch(/For each step, add up its points/);
  expect(handbook).not.toContain('Your results over time');
});

test('printed with answers, a link to revisit and the day the answers are from stay with what follows them', async ({
  page,
}, testInfo) => {
  // Once, a "Revisit …" link ended a Letter page with its statements on the
  // next, and "Your answers as they stood on …" ended an A4 page above them.
  for (const [path, format] of [
    ['/self-check/', 'Letter'],
    ['/chapters/tell-the-whole-truth/', 'A4'],
  ] as const) {
    await page.goto(path);
    const fieldsets = page.locator('[data-self-check] fieldset');
    await fieldsets.first().scrollIntoViewIfNeeded();
    await expect(selfCheckIsland(page)).not.toHaveAttribute('ssr');
    // "Not yet" for every third statement, the best answer for the rest: a few sections to revisit.
    for (let i = 0; i < (await fieldsets.count()); i++) {
      const choices = fieldsets.nth(i).locator('input[type="radio"]');
      await choices.nth(i % 3 === 0 ? 0 : (await choices.count()) - 1).check();
    }
    await expect(page.locator('a[data-revisit]').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const sheets = await printedSheets(page, format, testInfo.outputPath(`${format}.pdf`));
    await page.emulateMedia({ media: 'screen' });
    for (const [n, sheet] of sheets.entries()) {
      const lines = sheet
        .split('\n')
        .map((line) => line.trim())
        .filter(
          (line) => line !== '' && !/^Rebuilding Trust( · .*)?$|^Page \d+ of \d+$/.test(line),
        );
      const where = `${path} on ${format}, foot of page ${n + 1}`;
      const text = lines.join(' ');
      // What follows the page's last link to revisit, its title wrapped or not: a statement.
      const afterLink = text.includes('Revisit “')
        ? text.slice(text.lastIndexOf('Revisit “')).replace(/^Revisit “[^”]*”/, '')
        : 'none';
      expect(afterLink.trim(), where).not.toBe('');
      expect(lines.at(-1), where).not.toMatch(/^Your answers as they stood|^Sections to revisit$/);
    }
  }
});

test('a blank copy of the answered check prints no ticks and no result, and the answers stay', async ({
  page,
}) => {
  await page.goto('/self-check/');
  const check = page.locator('[data-self-check]');
  await expect(check.locator('astro-island[ssr]')).toHaveCount(0);
  const count = await tickEveryStatement(page);
  const saved = () => page.evaluate(() => localStorage.getItem('rt:self-check:handbook'));
  await expect.poll(saved).not.toBeNull();
  const before = await saved();
  await catchPrint(page);
  await page.getByRole('button', { name: 'Print a blank copy' }).click();
  expect(await timesPrinted(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // To hand to someone, or answer again with a pen: nothing of this reader's answers.
  await expect(check.locator('input[type="radio"]:checked')).toHaveCount(0);
  await expect(page.locator('[data-self-check-result]')).toBeHidden();
  await expect(page.locator('[data-results-over-time]')).toBeHidden();
  await expect(check.locator('[data-paper-key]')).toBeVisible();
  // After printing, the page and the device are as they were.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(check.locator('input[type="radio"]:checked')).toHaveCount(count);
  await expect(page.locator('[data-self-check-result]')).toBeVisible();
  expect(await saved()).toBe(before);
});
