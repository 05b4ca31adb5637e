import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { readBuiltSite } from '../src/lib/build/built-site';
import { distDir, holdScript, watchPage } from './support/site';
import { goBack, refuseEveryWrite } from './support/exercise';

// The first search of a page loads Pagefind and its index: allow for a slow machine.
test.use({ actionTimeout: 15_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const chapter = '/chapters/be-patient/';
const headerBox = '#site-search';

test('no search script or index is fetched on page load, only when search is opened', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(chapter, { waitUntil: 'networkidle' });
  expect(requests.filter((p) => /search-ui|pagefind/.test(p))).toEqual([]);
  await page.locator(headerBox).focus();
  await expect
    .poll(() => requests.some((p) => /\/_astro\/search-ui[.-][\w-]+\.js$/.test(p)))
    .toBe(true);
  await expect.poll(() => requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('"/" and Ctrl+K open the header search from anywhere on the page', async ({ page }) => {
  await page.goto(chapter);
  await page.locator('main').focus();
  await page.keyboard.press('/');
  await expect(page.locator(headerBox)).toBeFocused();
  await expect(page.locator(headerBox)).toHaveValue('');
  await page.locator('main').focus();
  await page.keyboard.press('Control+k');
  await expect(page.locator(headerBox)).toBeFocused();
});

test('Ctrl+K and "/" while typing in a worksheet stay in the worksheet', async ({ page }) => {
  await page.goto('/worksheets/no-contact/');
  const draft = page.locator('form textarea').first();
  await draft.fill('I am ending this');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('/x');
  await expect(draft).toBeFocused();
  await expect(draft).toHaveValue('I am ending this/x');
  await expect(page.locator(headerBox)).toHaveValue('');
});

test('a shared computer: words only typed in the header are not kept; searched words are, until "Delete everything" in any tab', async ({
  page,
  context,
}) => {
  await page.goto('/chapters/be-patient/');
  await page.locator(headerBox).fill('hotel receipt');
  await expect(page.locator('#site-search-panel')).toContainText('for “hotel receipt”');
  await page.locator('main').click();
  await page.goto('/about/');
  // The next person opens Search in the same tab.
  await page.goto('/search/');
  await expect(page.locator('form[data-search-page] input[name="q"]')).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('rt-search'))).toBeNull();

  // Searched with Enter: kept for this tab, and Your data says so.
  await page.goto('/about/');
  await page.locator(headerBox).fill('hotel receipt');
  await page.locator(headerBox).press('Enter');
  await expect(page.locator('form[data-search-page] input[name="q"]')).toHaveValue('hotel receipt');
  const other = await context.newPage();
  await other.goto('/your-data/');
  await expect(other.locator('[data-search-kept]')).toHaveCount(0); // another tab's words are its own
  // Yet every tab's list of what is kept names them, and for how long.
  await expect(other.locator('[data-search-kept-always]')).toContainText('for up to 30 minutes');
  await page.goto('/your-data/');
  await expect(page.locator('[data-search-kept]')).toContainText('for up to 30 minutes');
  await goBack(page);
  await expect(page.locator('form[data-search-page] input[name="q"]')).toHaveValue('hotel receipt');
  // "Delete everything" in the other tab: this tab forgets its words too.
  await other.getByRole('button', { name: 'Delete everything…' }).click();
  await other.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('form[data-search-page] input[name="q"]')).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('rt-search'))).toBeNull();
  await page.reload();
  await expect(page.locator('form[data-search-page] input[name="q"]')).toHaveValue('');
});

test('a shared computer: Back does not bring back header words never searched, even while the tab keeps others', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.locator(headerBox).fill('hotel receipt');
  await page.locator(headerBox).press('Enter');
  await expect(page.locator('form[data-search-page] input[name="q"]')).toHaveValue('hotel receipt');
  await page.goto(chapter);
  await page.locator(headerBox).fill('second phone');
  await expect(page.locator('#site-search-panel')).toContainText('for “second phone”');
  await page.locator('main h1').click();
  await page.goto('/about/');
  await goBack(page);
  await expect(page).toHaveURL(new RegExp(`${chapter}$`));
  await expect(page.locator(headerBox)).toHaveValue('');
  await expect(page.locator('#site-search-panel')).toBeHidden();
});

test('typing shows results grouped by page, arrow keys move through them, Enter lands on the section', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('she keeps asking the same questions');
  const panel = page.locator('#site-search-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/(found|pages) for “she keeps asking the same questions”/);
  const pages = panel.locator('[data-search-results] > li');
  expect(await pages.count()).toBeGreaterThan(0);
  for (const item of await pages.all()) {
    expect(await item.locator('ul > li').count()).toBeLessThanOrEqual(3);
  }
  await expect(panel.locator('mark').first()).toBeVisible();
  const first = pages.first();
  await expect(first.locator('a').first()).toHaveAttribute(
    'href',
    '/chapters/answer-their-questions/',
  );
  await page.keyboard.press('ArrowDown');
  await expect(first.locator('a').nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first.locator('a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(headerBox)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = await first.locator('a').nth(1).getAttribute('href');
  expect(href).toBe('/chapters/answer-their-questions/#same-questions-again');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/answer-their-questions\/#same-questions-again$/);
  await expect(page.locator('#same-questions-again')).toBeInViewport();
  expect(problems).toEqual([]);
});

test('Escape closes the results and keeps the query', async ({ page }) => {
  await page.goto(chapter);
  await page.locator(headerBox).click();
  await page.keyboard.type('phone');
  await expect(page.locator('#site-search-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-panel')).toBeHidden();
  await expect(page.locator(headerBox)).toHaveValue('phone');
});

test('results the reader closed stay closed when a search still running finishes', async ({
  page,
}) => {
  await page.goto(chapter);
  const panel = page.locator('#site-search-panel');
  await page.locator(headerBox).click();
  await page.keyboard.type('phone');
  await expect(panel).toBeVisible();
  // One more letter, then Escape before its search has run.
  await page.keyboard.type('s');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600);
  await expect(panel).toBeHidden();
  // Typing again opens them again.
  await page.keyboard.press('Backspace');
  await expect(panel).toBeVisible();
  // And a click on the page, while a search runs, leaves them closed.
  await page.keyboard.type(' call');
  await page.locator('main h1').click();
  await page.waitForTimeout(600);
  await expect(panel).toBeHidden();
});

test('Enter in the header box opens the full search page for the query', async ({ page }) => {
  await page.goto(chapter);
  await page.locator(headerBox).click();
  await page.keyboard.type('renew our vows');
  await page.keyboard.press('Enter');
  // The words go to the page in this tab's session storage, not in the address (issue 17).
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(
    page.locator('[data-search-page-results] a[data-search-result]').first(),
  ).toBeVisible();
  await expect(page.locator('#search-page-q')).toHaveValue('renew our vows');
});

test('a long story typed in the header reaches the search page whole on Enter', async ({
  page,
}) => {
  const story =
    'we had the worst fight tonight, she found more messages on my old phone and now she says she cannot look at me, ' +
    'I told her most of it months ago but not all of it, there was one more time I never mentioned and it is eating me alive, ' +
    'should I tell her the rest now or will it only make everything worse';
  expect(story.length).toBeGreaterThan(300);
  await page.goto('/about/');
  await page.locator('#site-search').fill(story);
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  // Before, the search page's box held 200 characters: the question at the end was cut off.
  await expect(page.locator('#search-page-q')).toHaveValue(story);
});

test('one letter typed in the header shows nothing yet; two begin the search', async ({ page }) => {
  await page.goto('/about/');
  const box = page.locator('#site-search');
  const panel = page.locator('#site-search-panel');
  await box.press('h');
  // Longer than the pause after typing: nothing came for "h".
  await page.waitForTimeout(1000);
  await expect(panel).toBeHidden();
  await box.press('e');
  await box.pressSequentially(' needs space');
  await expect(panel.locator('a[data-search-result]').first()).toBeVisible();
});

test('a shared search link opens, and back returns to the query', async ({ page }) => {
  await page.goto('/search/?q=affair+with+a+coworker');
  const results = page.locator('[data-search-page-results]');
  await expect(page.locator('[data-search-status]')).toContainText(
    'found for “affair with a coworker”',
  );
  await page.locator('#search-page-q').fill('');
  await page.locator('#search-page-q').pressSequentially('he needs space');
  await expect(page).toHaveURL(/\/search\/$/);
  const target = results.locator('a[href$="#when-they-need-space"]').first();
  await expect(target).toBeVisible();
  await target.click();
  await expect(page).toHaveURL(/\/chapters\/be-there\/#when-they-need-space$/);
  await goBack(page);
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('#search-page-q')).toHaveValue('he needs space');
  await expect(results.locator('a[href$="#when-they-need-space"]').first()).toBeVisible();
});

test('a screen reader hears the result count once typing pauses, not at every key', async ({
  page,
}) => {
  await page.goto('/search/');
  const announce = page.locator('[data-search-announce]');
  await expect(announce).toHaveAttribute('aria-live', 'polite');
  // The visible count is not itself a live region, so it is not read at every key.
  await expect(page.locator('[data-search-status]')).not.toHaveAttribute('aria-live');
  await expect(page.locator('[data-search-status]')).not.toHaveAttribute('role', 'status');
  await announce.evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  // A slow typist: each key lands after the results for the last one are shown.
  await page.locator('#search-page-q').pressSequentially('my wife keeps asking questions', {
    delay: 250,
  });
  await expect(announce).toContainText('found for “my wife keeps asking questions”');
  const said = (await page.evaluate(() => (window as unknown as { said: string[] }).said)).filter(
    (text) => text !== '',
  );
  // Never "Searching…", the last word is the whole query's count, and a busy
  // machine's stalls aside (a real pause), nothing was said while typing.
  expect(said.filter((text) => text.includes('Searching'))).toEqual([]);
  expect(said.at(-1)).toContain('“my wife keeps asking questions”');
  expect(said.length, said.join(' | ')).toBeLessThanOrEqual(3);
  // Enter says it at once.
  await page.locator('#search-page-q').press('Backspace');
  await page.locator('#search-page-q').press('Enter');
  await expect(announce).toContainText('“my wife keeps asking question”', { timeout: 900 });
});

test('a screen reader meets the result count once, and each section by its heading once', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.locator('#search-page-q').fill('she wants to see my phone');
  await page.locator('#search-page-q').press('Enter');
  await expect(page.locator('[data-search-announce]')).toContainText('found for');
  // The visible count and its live copy: only one is in the accessibility tree.
  const tree = await page.locator('main').ariaSnapshot();
  expect(tree.split('found for').length - 1, tree).toBe(1);
  // Each section's link is named by its heading alone, not heading and
  // excerpt, and the excerpt after it does not open with the heading again.
  const sections = page.locator('[data-search-page-results] ul li');
  await expect(sections.first()).toBeVisible();
  // A section found by a reader phrasing alone shows no excerpt: count the others.
  let excerpts = 0;
  for (const section of await sections.all()) {
    const link = section.getByRole('link');
    const heading = ((await link.textContent()) ?? '').trim();
    await expect(link).toHaveAccessibleName(heading);
    const excerpt = ((await section.textContent()) ?? '').trim().slice(heading.length).trim();
    if (excerpt) excerpts++;
    expect(excerpt.toLowerCase().startsWith(heading.toLowerCase()), excerpt).toBe(false);
  }
  expect(excerpts).toBeGreaterThan(0);
});

test('where the tab will not keep search words, Enter and "See all results" still open them', async ({
  page,
}) => {
  await refuseEveryWrite(page, 'QuotaExceededError');
  const pageBox = page.locator('form[data-search-page] input[name="q"]');
  await page.goto('/about/');
  await page.locator(headerBox).fill('she keeps asking');
  await page.locator(headerBox).press('Enter');
  await expect(pageBox).toHaveValue('she keeps asking');
  // Read from the address, which then goes back to plain /search/.
  await expect(page).toHaveURL(/\/search\/$/);

  await page.goto('/about/');
  await page.locator(headerBox).fill('she keeps asking');
  await page.getByRole('link', { name: /^See all/ }).click();
  await expect(pageBox).toHaveValue('she keeps asking');
});

test('"Link to this search" is not offered before the search script can answer it', async ({
  page,
}) => {
  // The script still on its way, as on a slow connection.
  await page.route('**/_astro/search-ui.*.js', (route) => route.abort());
  await page.goto('/search/');
  await page.locator('form[data-search-page] input[name="q"]').fill('jealous');
  await expect(page.locator('[data-search-share]')).toBeHidden();
  // Nor are its words left for a screen reader to meet on their own.
  await expect(
    page.getByText('Link to this search', { exact: true }).filter({ visible: true }),
  ).toHaveCount(0);
});

test('"Link to this search" is taken back when the kind changes, as when the words do', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.locator('form[data-search-page] input[name="q"]').fill('jealous');
  await page.getByRole('button', { name: 'Link to this search' }).click();
  const link = page.locator('[data-search-share-link]');
  await expect(link).toHaveValue(/\/search\/\?q=jealous$/);
  await page.getByText('Show only one kind: chapters, worksheets and more').click();
  await page.getByRole('radio', { name: 'Worksheets' }).check();
  await expect(link).toBeHidden();
  await page.getByRole('button', { name: 'Link to this search' }).click();
  await expect(link).toHaveValue(/kind=Worksheet/);
});

test('the kind filter, folded away, narrows results', async ({ page }) => {
  await page.goto('/search/?q=trust');
  await expect(
    page.locator('[data-search-page-results] a[data-search-result]').first(),
  ).toBeVisible();
  // Every kind at once shows only the closest pages, and says so, with no
  // promise that one kind shows more: a search loads a set number of
  // sections whatever its kind, so one kind often showed no more.
  await expect(page.locator('[data-search-status]')).toHaveText(
    /^The closest \d+ pages found for “trust”\.$/,
  );
  await page.locator('details[data-search-filters] summary').click();
  await page.getByRole('radio', { name: 'Situations' }).check();
  await expect(page.locator('[data-search-status]')).toHaveText('1 situation found for “trust”.');
  const links = page.locator('[data-search-page-results] > ol > li > p > a');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', '/situations/');
});

test('words typed and a kind chosen on the search page before its script wakes are kept and searched', async ({
  page,
}) => {
  // A slow phone: the search script arrives after the reader has typed.
  const release = await holdScript(page, '**/_astro/search-ui.*.js');
  await page.goto('/search/');
  const box = page.locator('#search-page-q');
  await box.fill('my partner checks my phone');
  await page.locator('[data-search-filters] summary').click();
  await page.getByRole('radio', { name: 'Chapters' }).check();
  release();
  await expect(page.locator('[data-search-status]')).toContainText('my partner checks my phone');
  await expect(page.locator('[data-search-status]')).toContainText('chapters');
  await expect(box).toHaveValue('my partner checks my phone');
  await expect(page.getByRole('radio', { name: 'Chapters' })).toBeChecked();
  await expect(
    page.locator('[data-search-page-results] a[href*="/chapters/"]').first(),
  ).toBeVisible();
});

test('Enter on the search page before its script arrives keeps the words out of the address and history', async ({
  page,
}) => {
  const release = await holdScript(page, '**/_astro/search-ui.*.js');
  await page.goto('/search/');
  const before = await page.evaluate(() => history.length);
  const box = page.locator('#search-page-q');
  await box.fill('my wife found texts');
  await box.press('Enter');
  await page.waitForTimeout(300);
  // No request carried the words, and no history entry holds them.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate(() => history.length)).toBe(before);
  release();
  await expect(page.locator('[data-search-status]')).toContainText('my wife found texts');
  await expect(box).toHaveValue('my wife found texts');
});

test('Enter in the header box before any script arrives sends no words to the server, and searches once it does', async ({
  page,
}) => {
  // A slow phone: the page shows, and the reader searches, before its scripts arrive.
  const release = await holdScript(page, '**/_astro/*.js');
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('q=')) sent.push(request.url());
  });
  // Module scripts held, the page never reaches DOMContentLoaded: wait for the box instead.
  await page.goto('/about/', { waitUntil: 'commit' });
  const box = page.locator('#site-search');
  await box.waitFor();
  await box.fill('she threw my phone');
  await box.press('Enter');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/about/');
  expect(sent).toEqual([]);
  release();
  // The site script, once here, does what Enter asked: the search page, the words kept out of the address.
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('[data-search-status]')).toContainText('she threw my phone');
  expect(sent).toEqual([]);
});

test('a search held for the site script is dropped if the box is emptied, and goes plainly if the script never comes', async ({
  page,
}) => {
  const release = await holdScript(page, '**/_astro/*.js');
  await page.goto('/about/', { waitUntil: 'commit' });
  const box = page.locator('#site-search');
  await box.waitFor();
  await box.fill('my wife found texts');
  await box.press('Enter');
  // The reader takes it back before the script arrives.
  await box.fill('');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-search-guard', '');
  expect(new URL(page.url()).pathname).toBe('/about/');

  // A script that never arrives (a dropped connection): the search still
  // goes, as a plain request, rather than nowhere.
  await page.unroute('**/_astro/*.js');
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/about/');
  await page.locator('#site-search').fill('my wife found texts');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=my\+wife\+found\+texts$/);
});

test('a reader already in the box when earlier words come back replaces them with the first key', async ({
  page,
}) => {
  // Earlier words for this tab, and a slow phone: the reader clicks into the
  // empty box before the search script arrives and brings the words back.
  await page.goto('/search/?q=worksheet');
  await expect(page.locator('[data-search-status]')).toContainText('worksheet');
  const release = await holdScript(page, '**/_astro/search-ui.*.js');
  await page.goto('/about/');
  await page.goto('/search/');
  const box = page.locator('#search-page-q');
  await box.focus();
  release();
  await expect(box).toHaveValue('worksheet');
  await page.keyboard.type('block their number');
  await expect(box).toHaveValue('block their number');
});

test('the header box with nothing found says it once, and offers no results to see', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.locator('#site-search').fill('xylophone quartz');
  const panel = page.locator('#site-search-panel');
  await expect(panel).toContainText('Nothing in the handbook matched “xylophone quartz”');
  await expect(panel.getByText('Nothing found for')).toBeHidden();
  await expect(panel.getByRole('link', { name: /See all/ })).toBeHidden();
  // Heard once, from the live copy.
  await expect(page.locator('#site-search-panel + [aria-live]')).toHaveText(
    'Nothing found for “xylophone quartz”.',
  );
  // Words that find something bring both back.
  await page.locator('#site-search').fill('renew our vows');
  await expect(
    panel.getByText('pages for “renew our vows”').or(panel.getByText('found for “renew our vows”')),
  ).toBeVisible();
  await expect(panel.getByRole('link', { name: 'See all results' })).toBeVisible();
});

test('a query with no match says so kindly and links to the situations and to urgent help', async ({
  page,
}) => {
  await page.goto('/search/?q=xylophone+quartz');
  const results = page.locator('[data-search-page-results]');
  await expect(results).toContainText('Nothing in the handbook matched “xylophone quartz”');
  await expect(results.getByRole('link', { name: 'the list of situations' })).toHaveAttribute(
    'href',
    '/situations/',
  );
  await expect(results.getByRole('link', { name: 'Getting more help' })).toHaveAttribute(
    'href',
    '/help/#urgent-help',
  );
});

test('made-up letters are never shown as a good match', async ({ page }) => {
  for (const q of ['qwertyuiop asdf', 'aaaaaaaaaaaa']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    const results = page.locator('[data-search-page-results]');
    await expect(results).toContainText(
      /these are the nearest sections|Nothing in the handbook matched/,
    );
  }
  // A screen reader hears it too, not only "The closest 4 pages found".
  const input = page.locator('#search-page-q');
  await input.fill('qwzx florp');
  await input.press('Enter');
  await expect(page.locator('[data-search-page-results]')).toContainText(
    'these are the nearest sections',
  );
  // Words for danger vary too much to count on matching them: the way to help is there too.
  await expect(page.locator('[data-search-page-results] a[href="/help/#urgent-help"]')).toHaveText(
    'Getting more help',
  );
  await expect(page.locator('[data-search-announce]')).toHaveText(
    /^Nothing matched your words closely\. The closest \d+ pages? found for “qwzx florp”/,
  );
});

test('a partner threatening to leave finds what to do if they want to end it, first', async ({
  page,
}) => {
  // A reader pass: "End it openly" (ending the affair) led, and this section was pages down.
  await page.goto('/search/');
  const input = page.locator('#search-page-q');
  for (const query of [
    'my wife is threatening to leave',
    'shes threatening to leave and take the kids',
    "she's leaving",
  ]) {
    await input.fill(query);
    await expect(page.locator('[data-search-status]')).toContainText(`found for “${query}”`);
    const first = page.locator('[data-search-page-results] > ol > li').first();
    await expect(first.locator('a').first(), query).toHaveAttribute('href', '/chapters/be-there/');
    await expect(
      first.locator('a[href="/chapters/be-there/#if-they-want-to-end-it"]'),
      query,
    ).toHaveCount(1);
  }
});

test('a reader in danger finds the help page in their own words', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('#search-page-q');
  for (const query of ['emergency', 'suicide', 'he hit me', 'someone is in danger', 'counsellor']) {
    await input.fill(query);
    await expect(page.locator('[data-search-status]')).toContainText(`found for “${query}”`);
    const top3 = page.locator('[data-search-page-results] > ol > li:nth-child(-n+3)');
    await expect(top3.locator('a[href^="/help/"]').first(), query).toBeVisible();
  }
});

test('a reader asking about counselling, their children, tests, or whether they must bear harm, finds the help page first', async ({
  page,
}) => {
  // The help page has reader phrasings of its own (content/search/phrasings/help.json):
  // before them, "marriage counseling" did not bring it among the first 7.
  await page.goto('/search/');
  const input = page.locator('#search-page-q');
  for (const [query, section] of [
    ['marriage counseling worth it after affair', 'couples-counsellor'],
    ['couples therapy', 'couples-counsellor'],
    ['should i see a therapist', 'your-own-counsellor'],
    ['do i have to put up with her screaming', 'never-accept-harm'],
    // Said nowhere in the chapters: the help page says what holds, and who can help.
    ['talking to children about the affair', 'when-there-are-children'],
    ['do we need to get tested for stds', 'your-health'],
  ] as [string, string][]) {
    await input.fill(query);
    await expect(page.locator('[data-search-status]')).toContainText(`found for “${query}”`);
    const first = page.locator('[data-search-page-results] > ol > li').first();
    await expect(first.locator('a').first(), query).toHaveAttribute('href', '/help/');
    await expect(first.locator(`a[href="/help/#${section}"]`), query).toBeVisible();
  }
});

test('words that may mean danger put urgent help before any result, in the page and the header', async ({
  page,
}) => {
  await page.goto('/search/');
  const input = page.locator('#search-page-q');
  const results = page.locator('[data-search-page-results]');
  for (const query of [
    'i want to kill myself',
    'she wants to end her life',
    'not worth living',
    'he hits me',
    'i am scared of her',
    'I want to take my own life',
    "he'll kill me if he finds out",
    // Despair without a word for death, and a blow named with "when" after it.
    'i dont deserve to live',
    'everyone would be better off without me',
    'he hit me when he found out',
    // Plain words a reader pass found missed.
    'he tried to kill me',
    'i took a bunch of pills',
    'he hits the kids',
  ]) {
    await input.fill(query);
    await input.press('Enter');
    await expect(page.locator('[data-search-status]')).toContainText(`found for “${query}”`);
    // The first link in the results, before any chapter, and said first to a screen reader.
    await expect(results.locator('a').first(), query).toHaveAttribute('href', '/help/#urgent-help');
    // Harm from someone else: then that nothing here asks anyone to bear it,
    // before a result such as "Be patient"; beside suicide it would be in the way.
    if (/\b(?:hits|scared|kill me|hit me)\b/.test(query))
      await expect(results.locator('a').nth(1), query).toHaveAttribute(
        'href',
        '/help/#never-accept-harm',
      );
    else
      await expect(
        results.locator('p', { has: page.locator('a[href="/help/#urgent-help"]') }),
        query,
      ).not.toContainText('accepting harm');
    await expect(page.locator('[data-search-announce]'), query).toHaveText(
      /^If anyone is in danger, the first link is “Get help right away”\. .*found for/,
    );
  }
  // Only loose matches under the way to urgent help: no invitation to browse situations.
  await input.fill('i want to kill myself');
  await input.press('Enter');
  await expect(results).toContainText('Nothing else matched your words closely');
  await expect(results).not.toContainText('look through the list of situations');
  // Nothing found under the way to urgent help: not "That is all right".
  await input.fill('kms');
  await input.press('Enter');
  await expect(results).toContainText('Nothing in the handbook matched “kms”');
  await expect(results).not.toContainText('That is all right');
  await expect(results).toContainText('The first link above is the quickest way to help.');
  // An ordinary worry is left as it was.
  await input.fill('she wants to end it');
  await expect(page.locator('[data-search-status]')).toContainText(
    'found for “she wants to end it”',
  );
  await expect(results.locator('a[href="/help/#urgent-help"]')).toHaveCount(0);

  await page.goto(chapter);
  await page.locator('#site-search').fill('i want to die');
  const panel = page.locator('#site-search-panel');
  await expect(panel).toContainText('for “i want to die”');
  await expect(panel.locator('a').first()).toHaveAttribute('href', '/help/#urgent-help');
});

test('without JavaScript no search box is offered, and the search page points to the situations and chapters', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=space');
  await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
  // The way to urgent help, and no invitation to type with no box to type in.
  await expect(page.locator('main a[href="/help/#urgent-help"]')).toHaveText('Getting more help');
  await expect(page.getByText('Not sure what to type?')).toBeHidden();
  // No box is offered that would put the reader's words in the address bar.
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByText('out of the address bar')).toBeHidden();
  await page.goto(chapter);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // Nor does any page send the reader to a search box that is not there.
  await page.goto('/');
  await expect(page.getByText('Something urgent?')).toHaveText(
    'Something urgent? Find your situation.',
    { useInnerText: true },
  );
  await page.goto('/no-such-page/');
  await expect(page.getByText('The address may have changed.')).toHaveText(
    'The address may have changed. You can pick a chapter below.',
    { useInnerText: true },
  );
  // Nor promise a button that is not there.
  await page.goto('/your-data/');
  const traces = page.locator('#traces + p');
  await expect(traces).toContainText('Your browser and your device keep other traces');
  expect(await traces.innerText()).not.toContain('Delete everything');
  await context.close();
});

test.describe('on a 375 px screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('header results fit the screen and can be used', async ({ page }) => {
    await page.goto(chapter);
    await page.locator(headerBox).click();
    await page.keyboard.type('my partner wants to end it');
    const panel = page.locator('#site-search-panel');
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    // The header's width, not the box's: as wide as the box, it was 207 px at 320 px.
    expect(box?.width ?? 0).toBeGreaterThan(320);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await expect(panel.locator('a[href$="#if-they-want-to-end-it"]').first()).toBeVisible();
  });
  test('the situations page is readable without sideways scrolling', async ({ page }) => {
    await page.goto('/situations/');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
  });
});

test('the situations page lists at least 40 situations by theme, each linking to a section', async ({
  page,
}) => {
  await page.goto('/situations/');
  const links = page.locator('main a[data-situation]');
  expect(await links.count()).toBeGreaterThanOrEqual(40);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/chapters\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  }
  expect(await page.locator('main section h2').count()).toBeGreaterThanOrEqual(4);
  // Keyboard: Tab reaches a situation, Enter lands on its section.
  const first = links.first();
  const href = (await first.getAttribute('href')) ?? '';
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

// A dozen key queries, as readers type them: each must show its section in the top 3 pages.
const keyQueries: [string, string][] = [
  ['she keeps asking the same questions', '/chapters/answer-their-questions/#same-questions-again'],
  ['affair with a coworker', '/chapters/end-it-openly/#when-it-is-a-coworker'],
  ['when will things go back to normal', '/chapters/be-patient/#no-timeline'],
  ['my partner wants to end it', '/chapters/be-there/#if-they-want-to-end-it'],
  ['she wants to check my phone', '/chapters/live-openly/#phone-email-and-bills'],
  ['it was only emotional', '/chapters/own-your-choice/#excuses-to-give-up'],
  ['should i tell her everything', '/chapters/tell-the-whole-truth/#tell-it-all-now'],
  ['i said sorry why isnt it enough', '/chapters/be-patient/#sorry-is-not-the-end'],
  ['he won’t say i love you back', '/chapters/begin-again/#when-they-do-not-say-it-back'],
  ['can i stay friends with my ex', '/chapters/do-not-add-to-the-hurt/#what-to-avoid-for-now'],
  ['he needs spcae', '/chapters/be-there/#when-they-need-space'],
  ['humiliated in front of friends', '/chapters/show-they-matter/#in-front-of-others'],
];

test('key reader queries find their section in the top three pages', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('#search-page-q');
  for (const [query, section] of keyQueries) {
    await input.fill(query);
    await expect(page.locator('[data-search-status]')).toContainText(`found for “${query}”`);
    const top3 = page.locator('[data-search-page-results] > ol > li:nth-child(-n+3)');
    await expect(top3.locator(`a[href="${section}"]`), query).toHaveCount(1);
  }
});

/** Every situation phrase and reader phrasing of four words or more, lower-cased. */
function indexedPhrases(): string[] {
  const chapters = resolve('content/chapters');
  const situations = readdirSync(chapters)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      [...readFileSync(join(chapters, f), 'utf8').matchAll(/^\s*- phrase: (.+)$/gm)].map(
        (m) => m[1] ?? '',
      ),
    );
  const folder = resolve('content/search/phrasings');
  const phrasings = readdirSync(folder).flatMap((f) =>
    (
      JSON.parse(readFileSync(join(folder, f), 'utf8')) as {
        sections: { phrasings: string[] }[];
      }
    ).sections.flatMap((s) => s.phrasings),
  );
  return [...situations, ...phrasings]
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[.?!]+$/, '')
        .trim(),
    )
    .filter((p) => p.split(' ').length >= 4);
}

test('results quote only words the reader will find on the page they lead to', async ({ page }) => {
  const phrases = indexedPhrases();
  const pageText = new Map(
    readBuiltSite(distDir).pages.map((p) => [
      p.path,
      p.html
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;|&apos;/g, "'")
        .toLowerCase(),
    ]),
  );
  // Counted, so the test cannot pass on results that quote nothing.
  let quotedExcerpts = 0;
  for (const words of [
    'she checks my phone',
    'my partner keeps asking the same questions',
    'the other person is my coworker',
    'std test',
  ]) {
    await page.goto('/search/');
    await page.locator('#search-page-q').fill(words);
    await page.locator('#search-page-q').press('Enter');
    // The results for these words, not for the words half typed.
    await expect(page.locator('[data-search-announce]')).toContainText(`“${words}”`);
    const links = page.locator('[data-search-page-results] a[data-search-result]');
    await expect(links.first()).toBeVisible();
    const shown = await links.evaluateAll((all) =>
      all.map((a) => ({
        path: (a.getAttribute('href') ?? '').split('#')[0] ?? '',
        // The excerpt follows its link in the same list item.
        quoted: (
          a.closest('li')?.querySelector(':scope > span.block')?.textContent ?? ''
        ).toLowerCase(),
      })),
    );
    quotedExcerpts += shown.filter(({ quoted }) => quoted.length > 0).length;
    for (const { path, quoted } of shown) {
      const onPage = pageText.get(path) ?? '';
      const notThere = phrases.filter((p) => quoted.includes(p) && !onPage.includes(p));
      expect(notThere, `${words} → ${path}`).toEqual([]);
    }
  }
  expect(quotedExcerpts).toBeGreaterThan(3);
});

test('excerpts read as sentences: a situation does not run into the chapter it points to', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.locator('#search-page-q').fill('asking the same questions');
  await page.locator('#search-page-q').press('Enter');
  const results = page.locator('[data-search-page-results]');
  await expect(results).toContainText(
    'asking the same questions. Chapter 4, Answer their questions',
  );
  // A self-check's statements are sentences too, not "…asked.8. If…".
  await page.locator('#search-page-q').fill('my affair partner is my coworker');
  await page.locator('#search-page-q').press('Enter');
  await expect(results).toContainText('without being asked. 8. If the other person is a coworker');
});

test('the first result quotes its section even when the reader’s words were in its situation phrases', async ({
  page,
}) => {
  // Pagefind's excerpt for these words was almost all index-only phrases: the
  // first result had shown nothing under "What to avoid for now", or "In the weeks…".
  const results = page.locator('[data-search-page-results]');
  for (const words of ['going for drinks after work with the team', 'ex']) {
    await page.goto('/search/');
    await page.locator('#search-page-q').fill(words);
    await page.locator('#search-page-q').press('Enter');
    await expect(page.locator('[data-search-announce]')).toContainText(`“${words}”`);
    const first = results.locator('li:has(> a[data-search-result])').first();
    await expect(first.locator('a[data-search-result]')).toHaveText('What to avoid for now');
    // At least 16 words of the section's own text.
    await expect(first.locator(':scope > span.block')).toHaveText(/^\S*(\s+\S+){15}/);
  }
});

test('a thing to avoid is quoted from its label, not part way into it', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-page-q').fill('i feel like shes punishing me');
  await page.locator('#search-page-q').press('Enter');
  const results = page.locator('[data-search-page-results]');
  await expect(results).toContainText('Avoid: “How long are you going to keep punishing me');
  // "…going silent to end the talk" had been quoted without its label, as if advice.
  await expect(results).toContainText('Avoid: Raising your voice, walking out or going silent');
});
