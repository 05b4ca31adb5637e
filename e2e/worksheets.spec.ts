import { execFileSync } from 'node:child_process';
import {
  catchPrint,
  questionKeepsOnDoublePressAndEscape,
  timesPrinted,
  turnStorageOff,
  refuseEveryWrite,
} from './support/exercise';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chapterPaths, holdScript, printedSheets, watchPage } from './support/site';
import { answersFile } from './support/answers-file';

/** Every worksheet, from the content files (the file name is its address). */
const slugs = readdirSync(resolve('content/worksheets'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const longAnswer =
  'I will tell you the whole story tonight, start to finish, and then answer every question ' +
  'you have for as long as you need. I will not hide the small things, or the dates, or the ' +
  'places. If I remember something later, I will come and tell you the same day, even if it ' +
  'is hard to say, because you deserve to hear it from me first. Nothing is cut off here.';

/** The worksheet's tools island (a sheet kept day by day has others beside it). */
const toolsIsland = 'astro-island[component-url*="WorksheetTools"]:not([ssr])';

/** Waits until the island has taken over the server-rendered form. */
async function open(page: Page, slug: string) {
  await page.goto(`/worksheets/${slug}/`);
  await page.locator(toolsIsland).waitFor({ state: 'attached' });
}

interface Filled {
  texts: string[];
  checked: string[];
}

/** Types an answer into every field: distinct text, a date, the first box of each checklist. */
async function fillEverything(page: Page, slug: string): Promise<Filled> {
  // A sheet that asks before saving starts with "Don't save" ticked: this reader chooses to save.
  const noSave = page.locator('[data-worksheet-no-save]');
  if (await noSave.count()) await noSave.uncheck();
  const form = page.locator('form[data-worksheet-form]');
  const texts: string[] = [];
  const checked: string[] = [];
  const textareas = form.locator('textarea');
  for (let i = 0; i < (await textareas.count()); i++) {
    const text = i === 0 ? longAnswer : `Long answer ${i} for ${slug}`;
    await textareas.nth(i).fill(text);
    texts.push(text);
  }
  const inputs = form.locator('input[type="text"]');
  for (let i = 0; i < (await inputs.count()); i++) {
    const text = `Line ${i} for ${slug}`;
    await inputs.nth(i).fill(text);
    texts.push(text);
  }
  const dates = form.locator('input[type="date"]');
  for (let i = 0; i < (await dates.count()); i++) await dates.nth(i).fill('2026-12-01');
  for (const fieldset of await form.locator('fieldset:has(input[type="checkbox"])').all()) {
    const box = fieldset.locator('input[type="checkbox"]').first();
    await box.check();
    checked.push((await box.getAttribute('id')) ?? '');
  }
  return { texts, checked };
}

async function printToPdf(page: Page, format: 'A4' | 'Letter', path: string) {
  writeFileSync(path, await page.pdf({ format }));
  const pdf = readFileSync(path, 'latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, text, flat: text.replace(/\s+/g, ' ') };
}

for (const slug of slugs) {
  test(`worksheet ${slug}: answers are kept, and print on at most two pages in A4 and Letter`, async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    await open(page, slug);
    const filled = await fillEverything(page, slug);
    await page.reload();
    await page.locator(toolsIsland).waitFor({ state: 'attached' });
    const form = page.locator('form[data-worksheet-form]');
    // The island puts the saved answers back just after it wakes.
    const values = () =>
      form
        .locator('input[type="text"], textarea')
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await expect
      .poll(values, { message: 'answers are back after a reload' })
      .toEqual(expect.arrayContaining(filled.texts));
    expect((await values()).filter((v) => v !== '')).toHaveLength(filled.texts.length);
    for (const id of filled.checked) await expect(page.locator(`#${id}`)).toBeChecked();
    for (const input of await form.locator('input[type="date"]').all()) {
      await expect(input).toHaveValue('2026-12-01');
    }

    for (const format of ['A4', 'Letter'] as const) {
      const { pages, flat } = await printToPdf(page, format, testInfo.outputPath(`${format}.pdf`));
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      for (const text of filled.texts) expect(flat, `${format} has the typed text`).toContain(text);
      if (await form.locator('input[type="date"]').count())
        expect(flat).toContain('1 December 2026');
      // The address only when SITE_URL names the real site, never the build's placeholder.
      if (process.env['SITE_URL']) expect(flat).toContain(`/worksheets/${slug}/`);
      else expect(flat).not.toContain('example.org');
      expect(flat).toContain('Rebuilding Trust');
      // The signatures name what they sign, once: they print together, and a
      // caption under each read like text meant for a screen reader.
      if (await form.locator('[data-field-kind="signature"]').count())
        expect(flat.match(/Signature for “[^”]+”/g) ?? []).toHaveLength(1);
      for (const chrome of ['Print a blank copy', 'Your situation', 'About this handbook']) {
        expect(flat, `${format} has no "${chrome}"`).not.toContain(chrome);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('a blank copy prints ruled lines and empty boxes, not the saved answers', async ({
  page,
}, testInfo) => {
  await open(page, 'no-contact');
  const filled = await fillEverything(page, 'no-contact');
  // Stand in for the print dialog so the sheet stays in its "blank copy" state for page.pdf().
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print a blank copy' }).click();
  const sheet = page.locator('article.worksheet');
  await expect(sheet).toHaveAttribute('data-print-blank', '');
  await page.emulateMedia({ media: 'print' });
  const tickedBox = page.locator(`#${filled.checked[0]} + .ws-box`);
  const tick = () => tickedBox.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await tick(), 'a blank copy has empty boxes').toBe('none');
  const { pages, flat } = await printToPdf(page, 'A4', testInfo.outputPath('blank.pdf'));
  expect(pages).toBeLessThanOrEqual(2);
  expect(flat).toContain('No-contact commitment');
  expect(flat).toContain('My draft message to the other person');
  for (const text of filled.texts) expect(flat).not.toContain(text);
  // Printing ends with "afterprint": the next print has the answers and ticks again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(sheet).not.toHaveAttribute('data-print-blank');
  expect(await tick()).toBe('"✓"');
  // The answers on screen are untouched.
  await expect(page.locator('form textarea').first()).toHaveValue(filled.texts[0]!);
});

test('a box that is full, or a paste cut to fit, says so beside the box', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'daily-check-in');
  const box = page.getByLabel('When we are apart, how my partner can reach me');
  const note = page.locator('[name="when-apart"] ~ [data-limit-note]');
  const letter = 'I promise to answer when you call. '.repeat(90); // 3,150 characters
  await page.evaluate((text) => navigator.clipboard.writeText(text), letter);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(letter.slice(0, 2000));
  await expect(note).toHaveText(
    /^Only the first 2,000 characters of what you pasted fit in this box\. The rest was not kept here/,
  );
  await expect(note).toHaveAttribute('role', 'status');
  await page.keyboard.press('Backspace');
  await expect(note).toHaveText('');
  await page.keyboard.type('!');
  await expect(note).toHaveText('This box is full: it holds up to 2,000 characters.');
  // A short box too.
  const where = page.getByLabel('Where, or how if we are apart');
  await where.focus();
  await page.keyboard.insertText('x'.repeat(300));
  await expect(where).toHaveValue('x'.repeat(200));
  await expect(page.locator('[name="where"] ~ [data-limit-note]')).toHaveText(
    'This box is full: it holds up to 200 characters.',
  );
});

test('an answer to a question a sheet no longer asks is kept, shown apart and named by that question', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-26T12:00:00Z') });
  await page.goto('/about/');
  const key = 'rt:worksheet:telling-the-truth-daily:2026-W48';
  await page.evaluate((key) => {
    const at = '2026-11-24T10:00:00.000Z';
    const fields = {
      tempted: { value: ['Said I was fine'], changedAt: at },
      date: { value: '2026-11-23', changedAt: at },
    };
    localStorage.setItem(key, JSON.stringify({ version: 2, savedAt: at, fields }));
  }, key);
  await open(page, 'telling-the-truth-daily');
  await expect(page.locator('[data-kept-field="date"]')).toContainText(
    '“Week starting” is for a question that is no longer on this sheet',
  );
  await page.getByLabel('Times this week I was tempted to shade the truth, line 2').fill('More');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', key))
    .toContain('"More"');
  expect(await page.evaluate((key) => localStorage.getItem(key), key)).toContain('"2026-11-23"');
  // Shown with its day written out, on the sheet and on the entries page.
  await expect(page.locator('[data-kept-field="date"]')).toContainText('23 November 2026');
  await page.goto('/worksheets/telling-the-truth-daily/entries/');
  const entry = page.locator('[data-entry="2026-W48"]');
  await expect(entry.locator('dt', { hasText: 'Week starting' })).toBeVisible();
  await expect(entry).toContainText('23 November 2026');
});

test('a blank or empty dated sheet leaves the date to be written, with or without JavaScript', async ({
  page,
  browser,
}, testInfo) => {
  await open(page, 'daily-check-in');
  await expect(page.locator('[data-entry-bar]')).toBeVisible();
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  // Printed empty, as a reader does to fill in copies by hand on later
  // days, the sheet leaves its date to be written, not today's.
  const empty = await printToPdf(page, 'A4', testInfo.outputPath('empty.pdf'));
  expect(empty.flat).toContain('Date:');
  expect(empty.flat).not.toContain('Entry:');
  // With an answer in it, the sheet is headed by its entry's day.
  await page.locator('form textarea').first().fill('We talked after dinner.');
  const dated = await printToPdf(page, 'A4', testInfo.outputPath('dated.pdf'));
  expect(dated.flat).toMatch(/Entry: \d{1,2} \w+ \d{4}/);
  expect(dated.flat).not.toContain('Date:');
  await page.getByRole('button', { name: 'Print a blank copy' }).click();
  const blank = await printToPdf(page, 'A4', testInfo.outputPath('blank-dated.pdf'));
  expect(blank.flat).toContain('Date:');
  expect(blank.flat).not.toContain('Entry:');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/worksheets/daily-check-in/');
  const paper = await printToPdf(noScript, 'A4', testInfo.outputPath('no-js-dated.pdf'));
  expect(paper.flat).toContain('Date:');
  await context.close();

  // A weekly sheet asks for its week once, at the top: its entry knows the
  // week on screen, so it has no box of its own for it.
  await open(page, 'telling-the-truth-daily');
  await expect(page.locator('[data-entry-bar]')).toBeVisible();
  await expect(page.locator('form input[type="date"]')).toHaveCount(0);
  const weekly = await printToPdf(page, 'A4', testInfo.outputPath('empty-weekly.pdf'));
  expect(weekly.flat.match(/Week starting/g)).toEqual(['Week starting']);
  expect(weekly.flat).toContain('Week starting:');
  expect(weekly.flat).not.toContain('Date:');
});

test('without JavaScript a worksheet is a complete blank form that prints', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/worksheets/my-commitments/');
  await expect(page.getByRole('heading', { level: 1, name: 'My commitments' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'I commit to, line 1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print a blank copy' })).toBeHidden();
  await expect(page.getByText('Print this page to get a blank sheet')).toBeVisible();
  // The boxes take typing, which no script prints or keeps: the page says so.
  await expect(
    page.getByText('anything typed in the boxes below is neither printed nor kept'),
  ).toBeVisible();
  const { pages, flat } = await printToPdf(page, 'Letter', testInfo.outputPath('no-js.pdf'));
  expect(pages).toBeLessThanOrEqual(2);
  for (const text of [
    'I commit to',
    'My signature',
    'My partner’s signature',
    'It is their free choice: never ask or press them to.',
    'Date my partner signed',
  ]) {
    expect(flat.replace(/'/g, '’')).toContain(text);
  }
  if (process.env['SITE_URL']) expect(flat).toContain('/worksheets/my-commitments/');
  else expect(flat).not.toContain('example.org');
  await context.close();
});

test('without JavaScript nothing entered prints, ticks included, as the sheet says', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/worksheets/full-disclosure/');
  const tick = page.getByRole('checkbox').first();
  await tick.check();
  await page.getByRole('textbox').first().fill('Typed with JavaScript off');
  const { flat } = await printToPdf(page, 'A4', testInfo.outputPath('no-js-ticked.pdf'));
  expect(flat).not.toContain('Typed with JavaScript off');
  expect(flat).not.toContain('✓');
  await context.close();
});

test('every signature has its date beside it, on the same row', async ({ page }) => {
  let signatures = 0;
  for (const slug of slugs) {
    await page.goto(`/worksheets/${slug}/`);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.worksheet-form [data-field-kind="signature"]')].map(
        (signature) => {
          const date = signature.nextElementSibling;
          return {
            date: date?.getAttribute('data-field-kind'),
            apart: Math.abs(
              signature.getBoundingClientRect().top - (date?.getBoundingClientRect().top ?? 0),
            ),
          };
        },
      ),
    );
    for (const row of rows) expect(row, slug).toEqual({ date: 'date', apart: 0 });
    signatures += rows.length;
  }
  expect(signatures).toBeGreaterThanOrEqual(7);
});

test('a signature never prints alone on a sheet: what it signs comes over with it', async ({
  page,
}, testInfo) => {
  // Answers of an ordinary length once left a signature alone on page 2,
  // with nothing on it to say what it signed (the worse case was Letter).
  const story = `${longAnswer}\n${longAnswer}\n${longAnswer.slice(0, 200)}`;
  let checked = 0;
  // Every sheet that is signed, however its fields run.
  for (const slug of [
    'my-commitments',
    'no-contact',
    'excuses-i-am-giving-up',
    'transparency-agreement',
    'full-disclosure',
  ]) {
    await open(page, slug);
    for (const box of await page.locator('form textarea').all()) await box.fill(story);
    for (const line of await page.locator('form input[type="text"]').all())
      await line.fill('Stop all contact today, and show you the message before I send it');
    for (const format of ['A4', 'Letter'] as const) {
      const sheets = await printedSheets(
        page,
        format,
        testInfo.outputPath(`${slug}-${format}.pdf`),
      );
      for (const [n, sheet] of sheets.entries()) {
        if (!sheet.includes('Signature for “')) continue;
        checked++;
        // What is on the sheet besides the signing itself and the page's foot.
        const besides = sheet
          .replace(/Rebuilding Trust · .*|Page \d+ of \d+/g, '')
          .replace(/My (partner's )?signature.*|Date.*|Signature for “[^”]*”/g, '')
          .replace(/Only if your partner chooses[\s\S]*?press them to\./, '')
          .replace(/\s+/g, ' ')
          .trim();
        expect(besides.length, `${slug} on ${format}, sheet ${n + 1}: ${sheet}`).toBeGreaterThan(
          60,
        );
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});

test('a longer answer on a signed sheet leaves the form on its first page and the signatures together', async ({
  page,
}, testInfo) => {
  // A 700–1,000-character answer on the transparency agreement once left
  // its first page with the title alone, and on Letter put the partner's
  // signature on a third page, away from the reader's.
  for (const slug of [
    'transparency-agreement',
    'my-commitments',
    'no-contact',
    'full-disclosure',
  ]) {
    await open(page, slug);
    for (const length of [700, 1000]) {
      await page
        .locator('form textarea')
        .first()
        .fill(`${longAnswer} ${longAnswer} ${longAnswer}`.slice(0, length));
      for (const format of ['A4', 'Letter'] as const) {
        const sheets = await printedSheets(
          page,
          format,
          testInfo.outputPath(`${slug}-${length}-${format}.pdf`),
        );
        const where = `${slug}, ${length} characters, ${format}`;
        const firstLabel =
          (await page.locator('.worksheet-form .ws-label').first().textContent())?.trim() ?? '';
        expect(sheets[0], where).toContain(firstLabel.slice(0, 30));
        const signed = sheets.filter((sheet) => /My signature|My partner.s signature/.test(sheet));
        if (/My partner.s signature/.test(sheets.join(' ')))
          expect(signed, `${where}: both signatures on one page`).toHaveLength(1);
      }
    }
  }
});

test('a typed long answer prints with a ruled line after it, to add to by hand', async ({
  page,
}) => {
  await open(page, 'my-commitments');
  await page.locator('form textarea').first().fill('Short answer.\nSecond line of it.');
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('[data-print-text]:visible').first();
  await expect(printed).toContainText('Second line of it.');
  const spare = await printed.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return { height: parseFloat(after.height), rule: after.borderTopStyle };
  });
  // 7.5 mm, the height of a blank sheet's ruled line.
  expect(spare.height).toBeGreaterThan(25);
  expect(spare.rule).toBe('solid');
});

test.describe('a blank sheet, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const slug of slugs) {
    test(`${slug} prints on one page in A4 and Letter`, async ({ page }, testInfo) => {
      await page.goto(`/worksheets/${slug}/`);
      const title = ((await page.locator('h1').textContent()) ?? '').trim();
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, flat } = await printToPdf(
          page,
          format,
          testInfo.outputPath(`${format}.pdf`),
        );
        expect(pages, `${format} pages`).toBe(1);
        // Named and numbered at its foot, like every printed page, with the sheet's own name.
        expect(flat).toContain(`Rebuilding Trust · ${title} Page 1 of 1`);
      }
    });
  }
});

test.describe('full disclosure', () => {
  const path = '/worksheets/full-disclosure/';
  const storedKeys = (page: Page) =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rt:worksheet:')));

  test('warns about shared devices, and "Don\'t save" leaves nothing in localStorage', async ({
    page,
  }) => {
    await open(page, 'full-disclosure');
    await expect(page.locator('[data-saving-choice]')).toContainText(
      'Anyone who uses this browser could read what is saved here.',
    );
    const noSave = page.getByRole('checkbox', { name: "Don't save this sheet on this device" });
    // Nothing is saved here yet, so the sheet starts with saving off.
    await expect(noSave).toBeChecked();
    const first = page.getByRole('textbox', {
      name: 'Things I have not yet told my partner, line 1',
    });
    await first.fill('We met again in March');
    await page.getByRole('textbox', { name: 'When and where I will tell them' }).fill('Sunday');
    await page.getByRole('checkbox', { name: /Answer every question straight/ }).check();
    expect(await storedKeys(page)).toEqual([]);
    await expect(page.getByText('This sheet is not being saved')).toBeVisible();

    // Choosing to save keeps what is on the page; choosing not to removes it from the device.
    await noSave.uncheck();
    await expect.poll(() => storedKeys(page)).toEqual(['rt:worksheet:full-disclosure']);
    expect(
      await page.evaluate(() => localStorage.getItem('rt:worksheet:full-disclosure')),
    ).toContain('We met again in March');
    await noSave.check();
    await expect.poll(() => storedKeys(page)).toEqual([]);
    await expect(first).toHaveValue('We met again in March');
    await expect(
      page.getByRole('status').filter({ hasText: 'Nothing from this sheet is saved' }),
    ).toBeVisible();
    await first.fill('We met again in March, and in April');
    expect(await storedKeys(page)).toEqual([]);

    // With nothing saved, a reload brings back nothing, and the box is ticked again.
    await page.reload();
    await page.locator(toolsIsland).waitFor({ state: 'attached' });
    await expect(first).toHaveValue('');
    await expect(noSave).toBeChecked();
  });

  test('lines can be added from the keyboard, and come back after a reload', async ({ page }) => {
    await open(page, 'full-disclosure');
    await page.getByRole('checkbox', { name: "Don't save this sheet on this device" }).uncheck();
    const lines = page.locator('ol[data-lines-for="not-yet-told"] input');
    await expect(lines).toHaveCount(5);
    const addLine = page.getByRole('button', { name: 'Add a line' });
    await addLine.focus();
    await page.keyboard.press('Enter');
    await expect(lines).toHaveCount(6);
    const sixth = page.getByRole('textbox', {
      name: 'Things I have not yet told my partner, line 6',
    });
    await expect(sixth).toBeFocused();
    await expect(page.locator('[data-add-line-status]')).toHaveText('Line 6 added.');
    await page.keyboard.type('The second phone');
    await page.reload();
    await page.locator(toolsIsland).waitFor({ state: 'attached' });
    await expect(sixth).toHaveValue('The second phone');
    await expect(
      page.getByRole('checkbox', { name: "Don't save this sheet on this device" }),
    ).not.toBeChecked();
    await page.emulateMedia({ media: 'print' });
    await expect(addLine).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    // Cleared, the sheet is as it first was: five lines, and lines can be added again.
    await page.locator('[data-worksheet-more]').evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    await page.getByRole('button', { name: 'Clear answers' }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect(lines).toHaveCount(5);
    await expect(page.locator('[data-add-line-status]')).toHaveText('');
    await addLine.click();
    await expect(lines).toHaveCount(6);
  });

  test('a list of thirty lines starts under the title and prints on two sheets, not three', async ({
    page,
  }, testInfo) => {
    await open(page, 'full-disclosure');
    const lines = page.locator('ol[data-lines-for="not-yet-told"] input');
    const addLine = page.getByRole('button', { name: 'Add a line' });
    while (await addLine.isEnabled()) await addLine.click();
    await expect(lines).toHaveCount(30);
    for (let i = 0; i < 30; i++) await lines.nth(i).fill(`Not yet told, number ${i + 1}.`);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printedSheets(
        page,
        format,
        testInfo.outputPath(`thirty-lines-${format}.pdf`),
      );
      expect(pages, format).toHaveLength(2);
      // Kept whole, the list used to leave the first sheet with the title alone.
      expect(pages[0], format).toContain('Not yet told, number 1.');
      expect(pages[0], format).toContain('Not yet told, number 20.');
      expect(pages.join(' '), format).toContain('Not yet told, number 30.');
    }
  });

  test('on paper, the list leaves lines to go on by hand: six when empty, two after answers', async ({
    page,
  }) => {
    await open(page, 'full-disclosure');
    const spare = page.locator('.ws-print-spare .ws-rule:visible');
    await page.emulateMedia({ media: 'print' });
    await expect(spare).toHaveCount(6);
    await page.emulateMedia({ media: 'screen' });
    await page
      .getByRole('textbox', { name: 'Things I have not yet told my partner, line 1' })
      .fill('The second phone');
    await page.emulateMedia({ media: 'print' });
    await expect(spare).toHaveCount(2);
    // A blank copy is for the pen, whatever is typed on screen.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print a blank copy' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(spare).toHaveCount(6);
  });

  test('without JavaScript, five blank lines print and there is no add button', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('ol[data-lines-for="not-yet-told"] li')).toHaveCount(5);
    await expect(page.getByRole('button', { name: 'Add a line' })).toBeHidden();
    await expect(page.locator('[data-saving-choice]')).toBeHidden();
    await context.close();
  });
});

test('a bad answers file is explained and changes nothing', async ({ page }) => {
  await open(page, 'excuses-i-am-giving-up');
  const excuse = page.getByRole('textbox', { name: 'Excuses I have used, line 1' });
  await excuse.fill('It just happened');
  const stored = () =>
    page.evaluate(() => localStorage.getItem('rt:worksheet:excuses-i-am-giving-up'));
  const before = await stored();
  expect(before).toContain('It just happened');

  const otherSheet = answersFile({ 'draft-message': 'Not for this sheet' }).buffer.toString();
  const files = [
    { name: 'notes.json', text: 'these are not answers', expect: /not a worksheet answers file/ },
    { name: 'other.json', text: otherSheet, expect: /answers for “No-contact commitment”/ },
    { name: 'huge.json', text: 'x'.repeat(300 * 1024), expect: /too large/ },
  ];
  const status = page.getByRole('status').filter({ hasText: /not been changed/ });
  for (const file of files) {
    await page.locator('input[data-answers-file]').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    await expect(status).toContainText(file.expect);
    await expect(excuse).toHaveValue('It just happened');
    expect(await stored()).toBe(before);
  }
  // The same problem twice is said twice: the message empties, then comes back,
  // so a screen reader hears that the second file failed too.
  await status.evaluate((region) => {
    const seen: string[] = [];
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    (window as unknown as { seen: string[] }).seen = seen;
  });
  const again = files[2] ?? files[0];
  for (let i = 0; i < 2; i++) {
    await page.locator('input[data-answers-file]').setInputFiles({
      name: again?.name ?? 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from(again?.text ?? ''),
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.length))
      .toBeGreaterThanOrEqual(2 * (i + 1));
  }
  await expect(status).toContainText(again?.expect ?? /./);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Excuses I have used, line 1' })).toHaveValue(
    'It just happened',
  );
});

test('a date typed key by key is saved as the date, with no copy of the sheet kept aside', async ({
  page,
}) => {
  // As the year is typed, the box holds 0002, 0020 and 0202: each was taken
  // for an answer that did not fit, and the next key kept the whole sheet,
  // draft message and all, as recovery copies that "Clear answers" left.
  await open(page, 'no-contact');
  const draft = page.getByRole('textbox', { name: 'My draft message to the other person' });
  await draft.fill('We need to stop. I will not be in touch again.');
  const date = page.getByLabel('Date', { exact: true });
  await date.focus();
  await page.keyboard.type('02142026');
  await expect(date).toHaveValue('2026-02-14');
  const key = 'rt:worksheet:no-contact';
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', key))
    .toContain('"2026-02-14"');
  const copies = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rt-recovery:')));
  expect(await copies()).toEqual([]);
  await expect(page.getByText('replaced an earlier one')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(draft).toHaveValue('');
  expect(await copies()).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBeNull();
});

test('answers download to a file, clear only after confirming, and load back', async ({ page }) => {
  await open(page, 'transparency-agreement');
  const details = page.getByRole('textbox', { name: 'Details of what I offer' });
  await details.fill('I text where I am; bills on Sundays');
  await page.getByRole('checkbox', { name: 'My email' }).check();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('transparency-agreement-answers.json');
  const file = await download.path();

  await page.getByRole('button', { name: 'Clear answers' }).click();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  await expect(details).toHaveValue('I text where I am; bills on Sundays');
  await questionKeepsOnDoublePressAndEscape(
    page,
    page.getByRole('button', { name: 'Clear answers' }),
  );
  await expect(details).toHaveValue('I text where I am; bills on Sundays');

  await page.getByRole('button', { name: 'Clear answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(details).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'My email' })).not.toBeChecked();
  await page.reload();
  await expect(details).toHaveValue('');

  await page.locator(toolsIsland).waitFor({ state: 'attached' });
  await page.locator('input[data-answers-file]').setInputFiles(file);
  await expect(details).toHaveValue('I text where I am; bills on Sundays');
  await expect(page.getByRole('checkbox', { name: 'My email' })).toBeChecked();
  await page.reload();
  await expect(details).toHaveValue('I text where I am; bills on Sundays');
});

test("if the sheet's script never arrives, it does not claim to save what is typed", async ({
  page,
}) => {
  const script = '**/_astro/WorksheetTools.*.js';
  await page.route(script, (route) => route.abort());
  await page.goto('/worksheets/no-contact/');
  await page.locator('form textarea').first().fill('Typed on a dropped connection');
  await expect(
    page.getByText('Saving on this device starts once this page has finished loading.'),
  ).toBeVisible();
  await expect(page.getByText(/saved on this device as you type/i)).toHaveCount(0);
  await page.unroute(script);
  await page.reload();
  await expect(page.getByText('What you type is saved on this device as you type')).toBeVisible();
  await expect(page.getByText('once this page has finished loading')).toHaveCount(0);
});

test("before the sheet's script arrives its buttons show they cannot be pressed yet, then work", async ({
  page,
}) => {
  // A slow phone: Print, Download and Clear were pressed and did nothing, without a word.
  const release = await holdScript(page, '**/_astro/WorksheetTools.*.js');
  await page.goto('/worksheets/no-contact/');
  const print = page.getByRole('button', { name: 'Print', exact: true });
  await expect(print).toBeDisabled();
  await page.getByText('More: blank copy, download, load, clear').click();
  for (const name of ['Print a blank copy', 'Download answers', 'Clear answers'])
    await expect(page.getByRole('button', { name })).toBeDisabled();
  await catchPrint(page);
  release();
  await expect(print).toBeEnabled();
  await print.click();
  expect(await timesPrinted(page)).toBe(1);
  await expect(page.getByRole('button', { name: 'Clear answers' })).toBeEnabled();
});

test('the worksheets page lists every worksheet, and every chapter links to its own', async ({
  page,
}) => {
  await page.goto('/worksheets/');
  for (const slug of slugs) {
    await expect(page.locator(`main a[href$="/worksheets/${slug}/"]`)).toHaveCount(1);
  }
  const linked = new Set<string>();
  for (const path of chapterPaths()) {
    await page.goto(path);
    const links = page.locator('section[aria-labelledby="chapter-worksheets"] a');
    expect(await links.count(), `${path} links to a worksheet`).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')))) {
      linked.add(href ?? '');
    }
  }
  for (const slug of slugs)
    expect([...linked].some((h) => h.endsWith(`/worksheets/${slug}/`))).toBe(true);
});

test('when the browser will not save, the reader is told and the sheet still prints', async ({
  page,
}, testInfo) => {
  await refuseEveryWrite(page, 'SecurityError');
  await open(page, 'what-i-value');
  const memory = page.getByRole('textbox', { name: 'A time they made my life better' });
  await memory.fill('The winter you looked after me');
  // Whether saving works is known at the first save, not from a test write on load.
  await expect(
    page.getByRole('status').filter({ hasText: /not letting the handbook save/ }),
  ).toBeVisible();
  // Nothing under it claims otherwise.
  await expect(page.getByText('Saved on this device as you type')).toHaveCount(0);
  await expect(
    page.getByText('Not saved on this device just now: see the message above.'),
  ).toBeVisible();
  // And under the box typed in, a screen away from that message on a phone.
  await expect(page.locator('[data-field-unsaved]')).toContainText('“Download answers”');
  const { flat } = await printToPdf(page, 'A4', testInfo.outputPath('unsaved.pdf'));
  expect(flat).toContain('The winter you looked after me');
});

test('a browser that keeps nothing, though it says "quota", is said to refuse, not to be full', async ({
  page,
}) => {
  // A private window with no room: every write is "over quota", with nothing
  // stored. "Storage is full" sent the reader to delete things that are not there.
  await refuseEveryWrite(page, 'QuotaExceededError');
  await open(page, 'what-i-value');
  await page
    .getByRole('textbox', { name: 'A time they made my life better' })
    .fill('The winter you looked after me');
  await expect(
    page.getByRole('status').filter({ hasText: /not letting the handbook save/ }),
  ).toBeVisible();
  await expect(page.getByText(/is full/)).toHaveCount(0);
});

test('with storage turned off, a dated sheet and its entries page never say an entry is kept', async ({
  page,
}) => {
  await turnStorageOff(page);
  await open(page, 'daily-check-in');
  const bar = page.locator('[data-entry-bar]');
  await expect(bar).toContainText('not letting the handbook keep entries');
  await expect(bar).not.toContainText('this entry is kept');
  await expect(page.getByText('What you type is saved on this device')).toHaveCount(0);
  await page.goto('/worksheets/daily-check-in/entries/');
  await expect(page.locator('[data-no-entries]')).toHaveText(
    'No entry can be shown: see the message above.',
  );
  await expect(page.getByText('no entry can be kept or shown here')).toBeVisible();
});

test('with storage turned off, clearing a sheet says it was cleared, not that the browser refused', async ({
  page,
}) => {
  await turnStorageOff(page);
  await open(page, 'what-i-value');
  const memory = page.getByRole('textbox', { name: 'A time they made my life better' });
  await memory.fill('The winter you looked after me');
  await page.getByRole('button', { name: 'Clear answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  // Nothing was ever saved here, so there was no saved copy to refuse to remove.
  await expect(
    page.getByRole('status').filter({ hasText: 'Done: Every answer on this sheet was cleared.' }),
  ).toBeVisible();
  await expect(page.getByText(/did not let the handbook remove/)).toHaveCount(0);
  await expect(memory).toHaveValue('');
});

test('on paper each signature line sits level with the date line beside it', async ({ page }) => {
  // The width of an A4 page inside its margins (180 mm), where print lays the sheet out.
  await page.setViewportSize({ width: 680, height: 900 });
  for (const slug of ['my-commitments', 'transparency-agreement']) {
    await open(page, slug);
    await page.emulateMedia({ media: 'print' });
    const gaps = await page
      .locator('.ws-signing [data-field-kind="signature"]')
      .evaluateAll((signatures) =>
        signatures.map((signature) => {
          const line = signature.querySelector('.ws-sign-line')?.getBoundingClientRect();
          const date = [
            ...(signature.nextElementSibling?.querySelectorAll('.ws-rule, .ws-print-text') ?? []),
          ]
            .map((el) => el.getBoundingClientRect())
            .find((r) => r.height > 0);
          return Math.abs((line?.bottom ?? 0) - (date?.bottom ?? 1_000));
        }),
      );
    expect(gaps.length, slug).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap, slug).toBeLessThan(3);
    await page.emulateMedia({ media: 'screen' });
  }
});
