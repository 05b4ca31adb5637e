import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  exercisePage,
  fillStorageFor,
  goBack,
  hydrateIslands,
  storedItems,
  turnStorageOff,
} from './support/exercise';
import { builtPagePaths, chapterPaths, holdScript, watchPage } from './support/site';

const pages = builtPagePaths();
const chapters = chapterPaths();
const worksheetPages = pages.filter((p) => /^\/worksheets\/[^/]+\/$/.test(p));
/** Pages with something a reader can answer and the handbook saves. */
const answerPages = [...chapters, '/self-check/', ...worksheetPages];

const savedAt = '2026-11-20T08:30:00.000Z';
const record = (data: unknown) => JSON.stringify({ version: 1, savedAt, data });
/** A record in the form pages write now, every answer changed at `at`. */
const currentRecord = (answers: Record<string, string>, at = savedAt) =>
  JSON.stringify({
    version: 2,
    savedAt: at,
    fields: Object.fromEntries(
      Object.entries(answers).map(([id, value]) => [id, { value, changedAt: at }]),
    ),
  });

async function seed(page: Page, items: Record<string, string>) {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

function backupFile(items: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'rebuilding-trust-backup',
    version: 1,
    exportedAt: savedAt,
    items,
    ...extra,
  });
}

test.describe('nothing leaves the device', () => {
  for (const path of pages) {
    test(`${path}: every request stays on the site and no cookie is set, while in use`, async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? '').origin;
      const problems = watchPage(page, origin);
      await page.goto(path, { waitUntil: 'networkidle' });
      await exercisePage(page);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });
  }
});

test.describe('/your-data/', () => {
  test('lists what is saved, with titles and times, and says nothing is sent', async ({ page }) => {
    await page.goto('/your-data/');
    await seed(page, {
      'rt:self-check:be-patient': record({ answers: {} }),
      'rt:worksheet:no-contact': record({}),
      'rt-theme': 'dark',
    });
    await page.reload();
    await expect(page.getByText('Nothing is sent anywhere')).toBeVisible();
    const list = page.locator('[data-saved-items]');
    await expect(list.locator('li')).toHaveCount(3);
    await expect(list).toContainText('Self-check: Be patient');
    await expect(list).toContainText('Worksheet: No-contact commitment');
    await expect(list).toContainText('20 Nov 2026');
  });

  test('downloads everything as one file, deletes only after confirming, and loads it back', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const items = {
      'rt:self-check:be-patient': record({ answers: { a: 1 } }),
      'rt:worksheet:no-contact': record({ 'draft-message': 'It is over.' }),
    };
    await seed(page, items);
    await page.reload();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download everything as one file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rebuilding-trust-\d{4}-\d\d-\d\d\.json$/);
    const file = readFileSync((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'rebuilding-trust-backup', items });

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(page.getByRole('button', { name: 'No, keep it' })).toBeFocused();
    await page.getByRole('button', { name: 'No, keep it' }).click();
    expect(await storedItems(page)).toEqual(items);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText(/saved on this device has been deleted/)).toBeVisible();
    expect(await storedItems(page)).toEqual({});
    await expect(page.locator('[data-saved-empty]')).toBeVisible();

    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect(page.locator('[data-import-summary]')).toContainText('Self-check: Be patient');
    expect(await storedItems(page)).toEqual({});
    await page.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 2 items');
    // The button went with the summary: focus is on the list of what is saved now.
    await expect(page.getByRole('heading', { name: 'Saved on this device now' })).toBeFocused();
    expect(await storedItems(page)).toEqual(items);
  });

  test('fetches what reads a backup only when a file is chosen; if it cannot, says so and changes nothing', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/your-data/');
    const items = { 'rt:worksheet:no-contact': record({ 'draft-message': 'Mine.' }) };
    await seed(page, items);
    await page.reload();
    await hydrateIslands(page);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.includes('backup-load'))).toEqual([]);

    // The file cannot be fetched (offline without the offline copy, or replaced by a new version).
    await page.route('**/backup-load.*', (route) => route.abort());
    const file = {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({ 'rt:worksheet:no-contact': record({ 'draft-message': 'Theirs.' }) }),
      ),
    };
    await page.getByLabel('Backup file (.json)').setInputFiles(file);
    await expect(page.locator('[data-your-data-problem]')).toContainText(
      'could not fetch what it needs to read the file, so nothing was changed',
    );
    await expect(page.locator('[data-import-summary]')).toHaveCount(0);
    expect(await storedItems(page)).toEqual(items);

    // Once it can be fetched, the same file is read as usual.
    await page.unroute('**/backup-load.*');
    await page.getByLabel('Backup file (.json)').setInputFiles(file);
    await expect(page.locator('[data-import-summary]')).toContainText('No-contact commitment');
    await expect(page.locator('[data-your-data-problem]')).toHaveCount(0);
    expect(fetched.filter((p) => p.includes('backup-load')).length).toBeGreaterThan(0);
  });

  test('a backup loaded onto a full device: the reader is taken to the message, and nothing changes', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const items = { 'rt:worksheet:no-contact': record({ 'draft-message': 'Mine.' }) };
    await seed(page, items);
    await page.reload();
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupFile({ 'rt:worksheet:my-commitments': record({ a: 'x' }) })),
    });
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Load these items' }).click();
    const problem = page.locator('[data-your-data-problem]');
    await expect(problem).toContainText('storage is full, so nothing was loaded');
    await expect(problem).toBeFocused();
    await expect(problem).toBeInViewport();
    expect(await storedItems(page)).toEqual(items);
  });

  test('a backup kept over months: the summary names what changes first, 50 lines at most, and loads it all', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const entries = (from: number, to: number) =>
      Object.fromEntries(
        Array.from({ length: to - from }, (_, i) => [
          `rt:worksheet:daily-check-in:${day(from + i)}`,
          record({ 'how-today': `Day ${from + i}` }),
        ]),
      );
    const here = entries(0, 10);
    await seed(page, here);
    await page.reload();
    // The same ten days, then 110 this device has not seen.
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupFile({ ...here, ...entries(10, 120) })),
    });
    const lines = page.locator('[data-import-summary] > ul > li');
    await expect(lines).toHaveCount(51);
    await expect(lines.nth(0)).toContainText('(new)');
    await expect(lines.nth(49)).toContainText('(new)');
    await expect(lines.nth(50)).toHaveText('…and 70 more items');
    await page.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 110 items');
    expect(Object.keys(await storedItems(page))).toHaveLength(120);
  });

  test('back on the page after answering again, an old "Deleted" message is gone', async ({
    page,
  }) => {
    await page.goto('/chapters/be-patient/');
    await page.locator('[data-self-check] input[type="radio"]').first().check();
    await expect
      .poll(async () => Object.keys(await storedItems(page)))
      .toContain('rt:self-check:be-patient');
    await page.goto('/your-data/');
    await page.getByRole('button', { name: /^Delete Self-check: Be patient/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    const status = page.locator('[data-your-data-status]');
    await expect(status).toContainText('Deleted: Self-check: Be patient');
    await page.goto('/chapters/be-patient/');
    await page.locator('[data-self-check] input[type="radio"]').first().check();
    await expect
      .poll(async () => Object.keys(await storedItems(page)))
      .toContain('rt:self-check:be-patient');
    await goBack(page);
    await expect(page).toHaveURL(/\/your-data\/$/);
    await expect(page.locator('[data-saved-items]')).toContainText('Self-check: Be patient');
    await expect(status).toHaveText('');
  });

  test('a sheet saved here in an older form merges with an older backup, its newer answers staying, and is kept as it was', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    // June's words, in the form a sheet not opened since the update keeps; the file is from May.
    const mine = JSON.stringify({
      version: 1,
      savedAt: '2026-06-01T10:00:00.000Z',
      data: { 'draft-message': 'June words' },
    });
    await seed(page, { 'rt:worksheet:no-contact': mine });
    await page.reload();
    const may = '2026-05-01T10:00:00.000Z';
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'older.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({
          'rt:worksheet:no-contact': currentRecord(
            { 'draft-message': 'May words', 'how-i-will-send-it': 'From May' },
            may,
          ),
        }),
      ),
    });
    await expect(page.locator('[data-import-summary]')).toContainText(
      'the newer of each answer is kept, and what is saved here now is first kept as a recovery copy',
    );
    await page.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
    const after = await storedItems(page);
    // An older backup had replaced June's words whole.
    expect(after['rt:worksheet:no-contact']).toContain('June words');
    expect(after['rt:worksheet:no-contact']).toContain('From May');
    expect(after['rt:worksheet:no-contact']).not.toContain('May words');
    const copies = Object.entries(after).filter(([k]) =>
      k.startsWith('rt-recovery:worksheet:no-contact:'),
    );
    expect(copies.map(([, v]) => v)).toEqual([mine]);
    await expect(page.locator('[data-recovery-copies]')).toContainText(
      'Recovery copy of Worksheet: No-contact commitment',
    );
  });

  test('a new item in a backup can be left out, so a sheet deleted here on purpose does not come back', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    await page.reload();
    const sheet = (words: string) => currentRecord({ 'draft-message': words });
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({
          'rt:worksheet:no-contact': sheet('deleted here on purpose'),
          'rt:worksheet:my-commitments': sheet('wanted back'),
        }),
      ),
    });
    const summary = page.locator('[data-import-summary]');
    await expect(summary).toContainText('If you deleted one here on purpose');
    await summary
      .getByRole('checkbox', { name: 'Leave out Worksheet: No-contact commitment' })
      .check();
    await summary.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
    const after = await storedItems(page);
    expect(after['rt:worksheet:no-contact']).toBeUndefined();
    expect(after['rt:worksheet:my-commitments']).toContain('wanted back');
  });

  test('Full disclosure in a backup is left out unless unticked: it is saved only by choice', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({
          'rt:worksheet:full-disclosure': currentRecord({ 'not-yet-told': 'The hotel' }),
          // An older build's note, or an edited one, naming the sheet: never kept.
          'rt:deleted': JSON.stringify({
            version: 2,
            savedAt,
            fields: { 'rt:worksheet:full-disclosure': { value: true, changedAt: savedAt } },
          }),
        }),
      ),
    });
    const summary = page.locator('[data-import-summary]');
    await expect(summary).toContainText(
      'new; this sheet is saved only when you choose, so it is left out unless you untick “Leave out”',
    );
    const leaveOut = summary.getByRole('checkbox', {
      name: /^Leave out Worksheet: Full disclosure/,
    });
    await expect(leaveOut).toBeChecked();
    // Only the note would load as the ticks stand.
    await expect(summary.locator('[data-import-count]')).toContainText('It holds 1 item to load');
    await leaveOut.uncheck();
    await summary.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 2 items');
    const after = await storedItems(page);
    expect(after['rt:worksheet:full-disclosure']).toContain('The hotel');
    expect(after['rt:deleted'] ?? '').not.toContain('full-disclosure');
  });

  test('Full disclosure started again here: a file’s older copy does not merge in unasked, nor come back once deleted', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    await seed(page, {
      'rt:worksheet:full-disclosure': currentRecord(
        { 'not-yet-told': 'Typed again' },
        '2026-11-27T08:30:00.000Z',
      ),
    });
    await page.reload();
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({
          'rt:worksheet:full-disclosure': currentRecord({ 'when-and-where': 'Before Don’t save' }),
          'rt:worksheet:my-commitments': currentRecord({ 'draft-message': 'wanted' }),
        }),
      ),
    });
    const summary = page.locator('[data-import-summary]');
    const row = summary.locator('li', { hasText: 'Full disclosure' });
    await expect(row).toContainText('joins what is saved here');
    await expect(row).toContainText('this sheet is saved only when you choose');
    const leaveOut = row.getByRole('checkbox', { name: /^Leave out Worksheet: Full disclosure/ });
    await expect(leaveOut).toBeChecked();
    // Unticked (to merge), then the sheet is deleted with the summary open: out again.
    await leaveOut.uncheck();
    await page.getByRole('button', { name: /^Delete Worksheet: Full disclosure/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(leaveOut).toBeChecked();
    await summary.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
    const after = await storedItems(page);
    expect(after['rt:worksheet:full-disclosure']).toBeUndefined();
    expect(after['rt:deleted']).toBeUndefined();
    expect(after['rt:worksheet:my-commitments']).toContain('wanted');
  });

  test('a sheet deleted while a backup’s summary is open is left out of the load', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const sheet = currentRecord({ 'draft-message': 'deleted with the summary open' });
    await seed(page, { 'rt:worksheet:no-contact': sheet });
    await page.reload();
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'before.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({
          'rt:worksheet:no-contact': sheet,
          'rt:worksheet:my-commitments': currentRecord({ 'draft-message': 'wanted' }),
        }),
      ),
    });
    const summary = page.locator('[data-import-summary]');
    await expect(summary).toContainText('already saved here, unchanged');
    await page.getByRole('button', { name: 'Delete Worksheet: No-contact commitment' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(
      summary.getByRole('checkbox', { name: 'Leave out Worksheet: No-contact commitment' }),
    ).toBeChecked();
    await summary.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
    const after = await storedItems(page);
    expect(after['rt:worksheet:no-contact']).toBeUndefined();
    expect(after['rt:worksheet:my-commitments']).toContain('wanted');
  });

  test('a file’s sheet that cannot merge with the one here is kept beside it, and not called loaded', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const mine = currentRecord({ 'draft-message': 'mine' });
    await seed(page, { 'rt:worksheet:no-contact': mine });
    await page.reload();
    // The file's copy is in an older form, which only its page can turn into answers.
    const theirs = record({ 'draft-message': 'theirs' });
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'older.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupFile({ 'rt:worksheet:no-contact': theirs })),
    });
    await expect(page.locator('[data-import-summary]')).toContainText(
      'kept as a recovery copy beside what is saved here',
    );
    await page.getByRole('button', { name: 'Load these items' }).click();
    const status = page.locator('[data-your-data-status]');
    await expect(status).toHaveText(
      'One item could not be merged with what is saved here, so the file’s copy of it is kept as a recovery copy: see “Recovery copies”.',
    );
    const after = await storedItems(page);
    expect(after['rt:worksheet:no-contact']).toBe(mine);
    expect(
      Object.entries(after)
        .filter(([k]) => k.startsWith('rt-recovery:worksheet:no-contact:'))
        .map(([, v]) => v),
    ).toEqual([theirs]);
  });

  /**
   * The reader's own no-contact sheet, typed here, then a backup holding
   * `items` chosen on Your data. Gives what was stored before the file.
   */
  async function typedHereThenChosen(page: Page, items: Record<string, string>) {
    await page.goto('/worksheets/no-contact/');
    await page.getByLabel('My draft message to the other person').fill('Words I care about');
    await expect
      .poll(async () => (await storedItems(page))['rt:worksheet:no-contact'] ?? '')
      .toContain('Words I care about');
    const mine = await storedItems(page);
    await page.goto('/your-data/');
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupFile(items)),
    });
    return mine;
  }

  /** Loads the chosen file; the sheet typed here is as it was, on the device and on its page. */
  async function loadLeavesSheetAsItWas(page: Page, mine: Record<string, string>) {
    await page.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
    const now = await storedItems(page);
    expect(now['rt:worksheet:no-contact']).toBe(mine['rt:worksheet:no-contact']);
    await page.goto('/worksheets/no-contact/');
    await expect(page.getByLabel('My draft message to the other person')).toHaveValue(
      'Words I care about',
    );
    return now;
  }

  test('a backup holding a damaged sheet brings its words as a recovery copy, and leaves the sheet typed here as it is', async ({
    page,
  }) => {
    // Skipped, a damaged sheet's words never reached the new device.
    const damaged = '{"version":2,"fields":{"dra';
    const mine = await typedHereThenChosen(page, { 'rt:worksheet:no-contact': damaged });
    await expect(page.locator('[data-import-skipped]')).toHaveCount(0);
    const now = await loadLeavesSheetAsItWas(page, mine);
    expect(
      Object.entries(now)
        .filter(([k]) => k.startsWith('rt-recovery:worksheet:no-contact:'))
        .map(([, v]) => v),
    ).toEqual([damaged]);
    await page.goto('/your-data/');
    await expect(page.locator('[data-recovery-copies]')).toContainText('No-contact commitment');
  });

  test('a backup holding a sheet saved by a newer version skips it and leaves the sheet typed here as it is', async ({
    page,
  }) => {
    const mine = await typedHereThenChosen(page, {
      'rt:worksheet:no-contact': JSON.stringify({ version: 3, fields: {} }),
      'rt:self-check:be-patient': record({ answers: { a: 1 } }),
    });
    const skipped = page.locator('[data-import-skipped]');
    await expect(skipped).toContainText('Worksheet: No-contact commitment');
    await expect(skipped).toContainText('newer version');
    await expect(page.locator('[data-import-summary]')).not.toContainText('replaces what is saved');
    const now = await loadLeavesSheetAsItWas(page, mine);
    expect(Object.keys(now)).toContain('rt:self-check:be-patient');
  });

  const hostile: [string, string | Buffer, RegExp][] = [
    [
      'HTML and script in its strings',
      backupFile(
        {
          'rt:worksheet:no-contact': record({
            'draft-message': '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
          }),
        },
        { exportedAt: '<img src=x onerror="window.pwned=3">' },
      ),
      /./,
    ],
    [
      'deeply nested data',
      `{"format":"rebuilding-trust-backup","version":1,"items":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
      /not a backup from this handbook/,
    ],
    ['a 33 MB file', Buffer.alloc(33_000_000, 'a'), /too large/],
    [
      'a value that is not text',
      backupFile({ 'rt:worksheet:no-contact': { deep: [1, 2] } }),
      /not stored as text/,
    ],
    [
      'a key the handbook never writes',
      backupFile({ 'evil-key': 'x' }),
      /is not something the handbook saves/,
    ],
    [
      'something that is not JSON',
      '<html><script>window.pwned=4</script></html>',
      /not a backup from this handbook/,
    ],
  ];

  for (const [name, content, problem] of hostile) {
    test(`a file with ${name} changes nothing and runs nothing`, async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL ?? '').origin);
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto('/your-data/');
      const mine = {
        'rt:self-check:be-patient': record({ answers: { a: 1 } }),
        'rt-theme': 'dark',
      };
      await seed(page, mine);
      await page.reload();
      await page.getByLabel('Backup file (.json)').setInputFiles({
        name: '<img src=x onerror="window.pwned=5">.json',
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
      });
      if (name.startsWith('HTML')) {
        // A valid backup: its text is summarised as text, and the file name too.
        const summary = page.locator('[data-import-summary]');
        await expect(summary).toContainText('<img src=x onerror="window.pwned=5">.json');
        await expect(page.locator('main img')).toHaveCount(0);
        await page.getByRole('button', { name: 'Cancel' }).click();
        await expect(page.getByLabel('Backup file (.json)')).toBeFocused();
      } else if (name.startsWith('a value') || name.startsWith('a key')) {
        // Odd items are skipped one by one and listed; with nothing else, nothing loads.
        await expect(page.locator('[data-import-skipped]')).toContainText(problem);
        await expect(page.locator('[data-your-data-status]')).toContainText(
          'Nothing in this file can be loaded. Nothing was changed.',
        );
        await expect(page.getByRole('button', { name: 'Load these items' })).toHaveCount(0);
      } else {
        const said = page.getByRole('alert');
        await expect(said).toContainText(problem);
        await expect(said).toContainText('Nothing was changed');
        // Said beside the file field, not a screen away: the next Tab is a new try.
        await expect(said).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(page.getByLabel('Backup file (.json)')).toBeFocused();
      }
      expect(await storedItems(page)).toEqual(mine);
      expect(
        await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
      ).toBeUndefined();
      expect(problems).toEqual([]);
    });
  }

  test('hostile text loaded from a file shows as text in the worksheet', async ({ page }) => {
    const worksheet =
      worksheetPages.find((p) => p.includes('no-contact')) ?? worksheetPages[0] ?? '/';
    const slug = worksheet.split('/')[2] ?? '';
    const hostileText = '<img src=x onerror="window.pwned=1"><b>bold?</b>';
    await page.goto(worksheet);
    const field = page.locator('main textarea').first();
    const fieldName = (await field.getAttribute('name')) ?? '';
    await page.goto('/your-data/');
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        backupFile({ [`rt:worksheet:${slug}`]: record({ [fieldName]: hostileText }) }),
      ),
    });
    await page.getByRole('button', { name: 'Load these items' }).click();
    await page.goto(worksheet);
    await expect(field).toHaveValue(hostileText);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });

  test('with JavaScript off, it explains what would be stored', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/your-data/');
    await expect(page.getByRole('heading', { name: 'What is kept, and where' })).toBeVisible();
    await expect(page.getByText('JavaScript is off')).toBeVisible();
    await context.close();
  });
});

test.describe('a shared laptop: Back after "Delete everything"', () => {
  async function deleteEverything(page: Page) {
    await page.goto('/your-data/');
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText(/saved on this device has been deleted/)).toBeVisible();
  }

  test('the search page comes back without the words or their results', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-page-q').fill('my partner keeps asking the same questions');
    const results = page.locator('[data-search-page-results] a[data-search-result]');
    await expect(results.first()).toBeVisible();
    await deleteEverything(page);
    await goBack(page);
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#search-page-q')).toHaveValue('');
    await expect(results).toHaveCount(0);
    await expect(page.locator('[data-search-status]')).toHaveText('');
    await expect(page.getByText('keeps asking')).toHaveCount(0);
  });

  test('the header search box comes back empty, its results closed', async ({ page }) => {
    await page.goto('/chapters/be-patient/');
    await page.locator('#site-search').fill('coworker affair');
    await expect(page.locator('#site-search-panel a[data-search-result]').first()).toBeVisible();
    await deleteEverything(page);
    await goBack(page);
    await expect(page).toHaveURL(/\/chapters\/be-patient\/$/);
    await expect(page.locator('#site-search')).toHaveValue('');
    await expect(page.locator('#site-search-panel')).toBeHidden();
  });

  test('words typed before the search script woke are still there after Back', async ({ page }) => {
    // A slow phone: the reader types before the script has arrived.
    const release = await holdScript(page, '**/_astro/search-ui.*.js');
    await page.goto('/search/');
    await page.locator('#search-page-q').fill('she checks my phone');
    release();
    await expect(
      page.locator('[data-search-page-results] a[data-search-result]').first(),
    ).toBeVisible();
    await page.goto('/your-data/');
    await goBack(page);
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#search-page-q')).toHaveValue('she checks my phone');
  });

  test('without a delete, Back still shows the search as it was left', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-page-q').fill('she needs space');
    await expect(
      page.locator('[data-search-page-results] a[data-search-result]').first(),
    ).toBeVisible();
    await page.goto('/your-data/');
    await goBack(page);
    await expect(page.locator('#search-page-q')).toHaveValue('she needs space');
  });
});

test.describe('damaged saved answers', () => {
  for (const path of answerPages) {
    test(`${path}: every item it saved, once corrupted, is set aside and kept, and the page starts clean with a notice`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      await exercisePage(page);
      // A sheet that starts with "Don't save this sheet on this device" ticked: choose to save.
      const noSave = page.locator('[data-worksheet-no-save]');
      if ((await noSave.count()) > 0) {
        await noSave.uncheck();
        await expect
          .poll(async () => Object.keys(await storedItems(page)).length)
          .toBeGreaterThan(0);
      }
      const saved = Object.keys(await storedItems(page)).filter((k) => k.startsWith('rt:'));
      expect(saved.length, 'the page saved something').toBeGreaterThan(0);
      const corrupt = (key: string) => `{"version":1,"savedAt":"x","data":<b>${key}</b>`;
      await page.evaluate(
        (entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)),
        saved.map((key): [string, string] => [key, corrupt(key)]),
      );
      const problems = watchPage(page, new URL(baseURL ?? 'http://localhost').origin);
      await page.goto(path);
      await hydrateIslands(page);
      // Said on a slow machine too; a failure says what the page and storage held.
      await expect(page.getByText(/could not be opened/).first())
        .toBeVisible({ timeout: 10_000 })
        .catch(async (error: Error) => {
          const held = JSON.stringify(await storedItems(page), null, 1);
          throw new Error(`${error.message}\nstored: ${held}\nproblems: ${problems.join('; ')}`);
        });
      // The reader starts answering before reading the notice: it stays, the
      // copy's one pointer (a save that went well used to take it away).
      const radio = page.locator('main input[type="radio"]:visible').first();
      const field = page.locator('main :is(textarea, input[type="text"]):visible').first();
      if ((await radio.count()) > 0) await radio.check();
      else if ((await field.count()) > 0) await field.fill('Starting again.');
      // Each island opens its own record: on a dated sheet one may show the
      // notice a moment before another has set its record aside.
      const copiesOf = (items: Record<string, string>, key: string) =>
        Object.entries(items)
          .filter(([k]) => k.startsWith(`rt-recovery:${key.slice('rt:'.length)}:`))
          .map(([, v]) => v);
      for (const key of saved) {
        await expect
          .poll(async () => copiesOf(await storedItems(page), key), key)
          .toEqual([corrupt(key)]);
        expect((await storedItems(page))[key] ?? null).not.toBe(corrupt(key));
      }
      await expect(page.getByText(/could not be opened/).first()).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  test('recovery copies are listed on /your-data/ and download as they were', async ({ page }) => {
    await page.goto('/your-data/');
    const raw = '{"version":1,"data":<b>half';
    await seed(page, { 'rt-recovery:worksheet:no-contact:2026-11-24T09:30:00.000Z': raw });
    await page.reload();
    const copies = page.locator('[data-recovery-copies] li');
    await expect(copies).toHaveCount(1);
    await expect(copies).toContainText('Recovery copy of Worksheet: No-contact commitment');
    const downloading = page.waitForEvent('download');
    await copies.getByRole('button', { name: /^Download this copy/ }).click();
    const text = readFileSync((await (await downloading).path()) ?? '', 'utf8');
    expect(text).toBe(raw);
    // With no answers saved, the list above does not say nothing is saved.
    await expect(page.locator('[data-saved-empty]')).toHaveText(
      'Only recovery copies (below) are saved here.',
    );
    // On a shared device a copy can go alone, once it is no longer needed.
    await copies.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.locator('[data-your-data-status]')).toHaveText(
      'Deleted: Recovery copy of Worksheet: No-contact commitment. Its words are gone. Only its name and the time are kept, so an older backup loads it again only if you ask.',
    );
    await expect(page.locator('[data-recovery-copies]')).toHaveCount(0);
    // What is left is named on the list, with no words of the copy, and can go too.
    expect(Object.keys(await storedItems(page))).toEqual(['rt:deleted']);
    expect((await storedItems(page))['rt:deleted']).not.toContain('<b>half');
    const note = 'What you deleted, and when: names only, no answers';
    await page.getByRole('button', { name: `Delete ${note}` }).click();
    // The question says what that undoes before the reader answers, seen and heard.
    const warning =
      'Without this list, a backup made before those deletions offers those things again, not ticked to leave out.';
    await expect(page.locator('[data-delete-warning]')).toHaveText(warning);
    const question = page.getByRole('group', { name: `Delete ${note}?`, exact: true });
    await expect(question).toHaveAccessibleDescription(warning);
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    // And says it again after.
    await expect(page.locator('[data-your-data-status]')).toHaveText(
      `Deleted: ${note}. A backup made before those deletions would offer those things again.`,
    );
    expect(await storedItems(page)).toEqual({});
    await expect(page.locator('[data-saved-empty]')).toHaveText('Nothing is saved on this device.');
  });

  test('a sheet deleted here after a backup was made stays deleted when it is loaded, unless unticked', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const sheet = currentRecord({ 'draft-message': 'deleted here on purpose' });
    await seed(page, { 'rt:worksheet:no-contact': sheet });
    const backup = backupFile({ 'rt:worksheet:no-contact': sheet });
    await page.reload();
    await page.getByRole('button', { name: 'Delete Worksheet: No-contact commitment' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText(
      'Deleted: Worksheet: No-contact commitment.',
    );
    await page.getByLabel('Backup file (.json)').setInputFiles({
      name: 'before.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const summary = page.locator('[data-import-summary]');
    await expect(summary).toContainText(
      'you deleted it after the file’s copy of it was saved, so it is left out unless you untick “Leave out”',
    );
    const status = page.locator('[data-your-data-status]');
    await expect(status).toHaveText(
      'Nothing is set to load: what is ticked “Leave out” stays out unless you untick it. Nothing was changed.',
    );
    const leaveOut = summary.getByRole('checkbox', {
      name: 'Leave out Worksheet: No-contact commitment',
    });
    await expect(leaveOut).toBeChecked();
    await expect(summary.getByRole('button', { name: 'Load these items' })).toHaveCount(0);
    // Wanted back after all: unticked, it loads as it was in the file; the count
    // beside the button (the status is far above on a phone) says so too.
    await leaveOut.uncheck();
    await expect(status).toContainText('It holds 1 item to load');
    await expect(summary.locator('[data-import-count]')).toContainText('It holds 1 item to load');
    await summary.getByRole('button', { name: 'Load these items' }).click();
    await expect(page.locator('[data-your-data-status]')).toContainText('Loaded 1 item');
    expect((await storedItems(page))['rt:worksheet:no-contact']).toBe(sheet);
  });

  test('a saved sheet no page can open is named as such on /your-data/, not as an ordinary item', async ({
    page,
  }) => {
    // Damaged and still under its own key: with storage full, the sheet could
    // not set it aside; or it was damaged before the sheet was opened again.
    await page.goto('/your-data/');
    const raw = '{"version":2,"fields":<b>half';
    await seed(page, {
      'rt:worksheet:no-contact': raw,
      'rt:self-check:be-patient': JSON.stringify({ version: 99, fields: {} }),
      'rt:worksheet:full-disclosure': record({ 'what-happened': 'Mine.' }),
    });
    await page.reload();
    const item = (key: string) => page.locator(`[data-saved-items] li[data-key="${key}"]`);
    await expect(item('rt:worksheet:no-contact').locator('[data-unopenable]')).toContainText(
      'Damaged: no page can open it',
    );
    await expect(item('rt:self-check:be-patient').locator('[data-unopenable]')).toContainText(
      'Saved by a newer version of the handbook: reload this page',
    );
    await expect(item('rt:worksheet:full-disclosure').locator('[data-unopenable]')).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await item('rt:worksheet:no-contact')
      .getByRole('button', { name: /^Download this copy\W+Worksheet: No-contact commitment$/ })
      .click();
    expect(readFileSync((await (await downloading).path()) ?? '', 'utf8')).toBe(raw);
  });
});

test.describe('storage that does not work', () => {
  for (const path of pages) {
    test(`${path}: with storage blocked it works, says answers will not be kept, and nothing throws`, async ({
      page,
      baseURL,
    }) => {
      await turnStorageOff(page);
      const problems = watchPage(page, new URL(baseURL ?? '').origin);
      await page.goto(path);
      const { answered } = await exercisePage(page);
      if (answerPages.includes(path)) {
        expect(answered).toBeGreaterThan(0);
        await expect(page.getByText(/will be lost when you leave/).first()).toBeVisible();
      }
      if (path === '/your-data/') {
        // Nothing can be downloaded or loaded here: the page does not say all still works.
        await expect(page.locator('[data-your-data-unavailable]')).toContainText(
          'this page cannot show, download or load your answers',
        );
        // It cannot know that nothing is saved: answers from before may still be there.
        await expect(page.getByText(/nothing is saved/i)).toHaveCount(0);
        await expect(page.getByText('Everything still works')).toHaveCount(0);
      }
      // Nothing elsewhere on the page claims otherwise.
      await expect(
        page.getByText(
          /saved on this device as you type|this entry is kept|the result is kept on this device/,
        ),
      ).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }

  test('storage that will not be listed: Your data never says nothing is saved, nor that all was deleted', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    await seed(page, { 'rt:worksheet:no-contact': record({ 'draft-message': 'still here' }) });
    await page.addInitScript(() => {
      Storage.prototype.key = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.reload();
    await expect(page.locator('[data-your-data-unlisted]')).toBeVisible();
    await expect(page.locator('[data-saved-empty]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByRole('alert')).toContainText('could not be deleted');
    // Said under "Delete everything", where the reader is, and focused.
    await expect(page.locator('#delete ~ [data-your-data-problem]')).toBeFocused();
    await expect(page.getByText(/has been deleted/)).toHaveCount(0);
  });

  test('full storage: answers stay on the page with a notice, and nothing throws', async ({
    page,
    baseURL,
  }) => {
    await fillStorageFor(page, 'rt:');
    const problems = watchPage(page, new URL(baseURL ?? '').origin);
    const worksheet = worksheetPages[0] ?? '/';
    await page.goto(worksheet);
    await exercisePage(page, 'Kept on the page');
    await expect(page.getByText(/storage for the handbook is full/).first()).toBeVisible();
    await expect(
      page.locator('main :is(textarea, input[type="text"]):visible').first(),
    ).toHaveValue('Kept on the page');
    expect(problems).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chapter reads in full and the next-chapter links lead on', async ({ page }) => {
    for (const [index, path] of chapters.entries()) {
      await page.goto(path);
      const body = page.locator('[data-chapter-body]');
      await expect(body).toBeVisible();
      const hidden = await body
        .locator('h2, h3, p, li')
        .evaluateAll((els) =>
          els.filter((el) => !el.checkVisibility()).map((el) => el.textContent?.slice(0, 60)),
        );
      expect(hidden, path).toEqual([]);
      expect(await body.locator('h2').count(), path).toBeGreaterThan(2);
      const next = page.locator('a[rel="next"]').first();
      if (index < chapters.length - 1) {
        await next.click();
        await expect(page).toHaveURL(new RegExp(`${chapters[index + 1]}$`));
      }
    }
  });

  test('every worksheet prints blank, with all its fields', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const path of worksheetPages) {
      await page.goto(path);
      const fields = page.locator('main :is(textarea, input[type="text"], input[type="date"])');
      expect(await fields.count(), path).toBeGreaterThan(0);
      for (const field of await fields.all()) await expect(field).toHaveValue('');
      // Only the "Don't save this sheet" choice may start ticked; no answer does.
      const ticked = await page
        .locator('main input[type="checkbox"]:checked:not([data-worksheet-no-save])')
        .count();
      expect(ticked, path).toBe(0);
    }
  });
});
