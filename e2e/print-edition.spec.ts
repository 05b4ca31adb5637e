/**
 * The print edition (/print/): the whole handbook as a book, printed by
 * Chromium to A4 and US Letter and read back with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { helpNoteLabel } from '../src/components/HelpNote/help-note';
import { hydrateIslands } from './support/exercise';
import { chapterPaths } from './support/site';

/** Chapter titles in reading order, from the chapters' own frontmatter. */
function chapterTitles(): string[] {
  const folder = resolve('content/chapters');
  return readdirSync(folder)
    .filter((file) => /^\d\d-.+\.mdx$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      return (
        /^title:\s*(.+)$/m
          .exec(text)?.[1]
          ?.trim()
          .replace(/^['"]|['"]$/g, '') ?? file
      );
    });
}

/** The text of each printed page (pdftotext separates pages with form feeds). */
function pdfPages(file: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    );
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

for (const format of ['A4', 'Letter'] as const) {
  test(`/print/ prints on ${format} as a book: chapters in order, each on a new page, numbered, at most 48 pages`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto('/print/', { waitUntil: 'networkidle' });
    const file = testInfo.outputPath(`handbook-${format}.pdf`);
    await page.pdf({ path: file, format });
    const count = pageCount(file);
    console.log(`/print/ on ${format}: ${count} pages`);
    expect(count).toBeLessThanOrEqual(48);
    const pages = pdfPages(file);
    expect(pages).toHaveLength(count);

    const titles = chapterTitles();
    expect(titles).toHaveLength(10);
    // Title page, then the contents list with every chapter.
    expect(pages[0]?.join(' ')).toContain('Rebuilding Trust');
    expect(pages[1]?.[0]).toBe('Contents');
    const contents = pages[1]?.join('\n') ?? '';
    titles.forEach((title, i) => expect(contents).toContain(`${i + 1}. ${title}`));
    // With no page numbers beside it, the contents says how to find a part.
    expect(contents.replaceAll('\n', ' ')).toContain('Its name is at the top of every page');

    // About the handbook opens the book, on its own page: a reader with only
    // paper is told, once, that it is not therapy, and when to find a counsellor.
    const aboutStart = pages.findIndex((lines) => lines[0] === 'About this handbook');
    expect(aboutStart).toBe(2);
    const all = pages.flat().join('\n');
    expect(all.match(/not therapy/g)).toHaveLength(1);
    expect(all).toContain('A couples counsellor can work with you both');

    // Each chapter starts a page (its running head, then "Chapter N of 10"), in order.
    let previous = aboutStart;
    titles.forEach((title, i) => {
      const start = pages.findIndex(
        (lines) => lines[0] === `${i + 1}. ${title}` && lines[1] === `Chapter ${i + 1} of 10`,
      );
      expect(start, `chapter ${i + 1} starts a page`).toBeGreaterThan(previous);
      expect(pages[start]?.[2], `chapter ${i + 1} title`).toBe(title);
      previous = start;
    });
    // Help comes last, on its own pages.
    const help = pages.findIndex((lines) => lines[0] === 'Getting more help');
    expect(help).toBeGreaterThan(previous);
    // A note on getting help says where in the book help is: its contents have no page numbers.
    const notes = pages.map((lines) => lines.join(' ')).filter((t) => t.includes(helpNoteLabel));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes)
      expect(note).toContain('When and where to get help (the last part of this book)');

    // Page numbers at the foot of every page after the contents; none before.
    pages.forEach((lines, i) => {
      if (i < 2) expect(lines.at(-1), `page ${i + 1}`).not.toBe(String(i + 1));
      else expect(lines.at(-1), `foot of page ${i + 1}`).toBe(String(i + 1));
    });

    // A book, not a web page: no URLs, navigation, search or buttons.
    expect(all).not.toMatch(/https?:|\/chapters\/|\/help\/|\/your-data\//);
    for (const webOnly of [
      'Skip to main content',
      // The site footer's note (SiteFooter.astro): on paper it means nothing.
      'What you type here stays on this device',
      // The About page's note on where typed notes are kept: left out of the book.
      'Everything you type stays on your own device',
      'Print the whole handbook',
    ])
      expect(all).not.toContain(webOnly);
    // Try this, Avoid and In short blocks are printed with their labels.
    expect(all).toContain('In short');
    expect(all).toContain('Try this');
    expect(all).toContain('Avoid');
    // A box's label never sits alone at the foot of a page: its list, on the
    // next, would read as advice with no "Avoid" above it.
    pages.forEach((lines, i) => {
      const lastWords = lines.filter((line) => !/^\d+$/.test(line)).at(-1);
      expect(lastWords, `foot of page ${i + 1}`).not.toMatch(/^(✕ Avoid|✓ Try this)$/);
      // Nor does a lead-in that opens a list ("Think about it if it:").
      expect(lastWords, `foot of page ${i + 1}`).not.toMatch(/:$/);
    });
  });
}

for (const [path, format] of [
  ['/chapters/live-openly/', 'A4'],
  ['/chapters/begin-again/', 'Letter'],
  ['/chapters/be-there/', 'A4'],
] as const) {
  test(`${path} printed on ${format}: numbered sheets, every box keeps its label, and none holds only "answer all statements"`, async ({
    page,
  }, testInfo) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const file = testInfo.outputPath(`chapter-${format}.pdf`);
    await page.pdf({ path: file, format });
    const pages = pdfPages(file);
    pages.forEach((lines, i) => {
      // Each sheet is named and numbered, so loose pages go back in order.
      expect(lines.at(-1), `foot of page ${i + 1}`).toBe(
        `Rebuilding Trust Page ${i + 1} of ${pages.length}`,
      );
      expect(lines.at(-2), `last words of page ${i + 1}`).not.toMatch(/^(✕ Avoid|✓ Try this)$/);
    });
    // Nothing answered: the self-check's result box, which asks for every
    // answer, is left off paper, where it cannot be done.
    const all = pages.flat().join('\n');
    expect(all).not.toContain('to see your reading');
    expect(all).toContain('Not yet');
    // A link within the handbook prints no address: "(/help/)" leads nowhere on paper.
    expect(all).not.toMatch(/\(\/|\/chapters\/|\/help\//);
    // The note on getting help is never split: its words on danger stay under its heading.
    const notes = pages.map((lines) => lines.join(' ')).filter((t) => t.includes(helpNoteLabel));
    if (path === '/chapters/be-there/') expect(notes.length, 'pages with a help note').toBe(1);
    for (const text of notes) expect(text).toContain('contact your local emergency services now');
  });
}

test('an answered self-check prints its result box whole, the sections to revisit with it', async ({
  page,
}, testInfo) => {
  await page.goto('/chapters/tell-the-whole-truth/', { waitUntil: 'networkidle' });
  await hydrateIslands(page);
  const check = page.locator('[data-self-check]');
  // "Not yet" to every statement: every section is one to revisit.
  for (const group of await check.locator('fieldset').all())
    await group.locator('input[type="radio"]').first().check();
  await expect(check.getByText('Sections to revisit')).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const file = testInfo.outputPath(`answered-${format}.pdf`);
    await page.pdf({ path: file, format });
    const pages = pdfPages(file).map((lines) => lines.join(' '));
    const resultPage = pages.findIndex((text) => text.includes('Your result'));
    expect(resultPage, format).toBeGreaterThanOrEqual(0);
    expect(pages[resultPage], format).toContain('Sections to revisit');
  }
});

test('the print button prints, and without JavaScript the page says how', async ({
  page,
  browser,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = 'yes';
    };
  });
  await page.goto('/print/');
  await page.getByRole('button', { name: 'Print the whole handbook' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/print/');
  await expect(plain.getByText('press Ctrl and P together')).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Print the whole handbook' })).toBeHidden();
  await context.close();
});

test('the home page and every footer link to the print edition', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Print the whole handbook' }),
  ).toHaveAttribute('href', '/print/');
  await page.goto('/chapters/be-there/');
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Print the whole handbook' }),
  ).toHaveAttribute('href', '/print/');
});

test('the print edition is built from the chapters themselves', async ({ page }) => {
  // Every chapter's own text is in the book: its first paragraph and its section headings.
  await page.goto('/print/');
  for (const path of chapterPaths()) {
    const slug = path.split('/')[2] ?? '';
    const chapter = await page.context().newPage();
    await chapter.goto(path);
    const firstParagraph = (
      await chapter.locator('[data-chapter-body] > p').first().innerText()
    ).trim();
    const headings = await chapter.locator('[data-chapter-body] h2').allInnerTexts();
    await chapter.close();
    const part = page.locator(`section#${slug}`);
    await expect(part).toContainText(firstParagraph);
    for (const heading of headings)
      await expect(part.locator('h3')).toContainText([heading.trim()]);
  }
  // One id per element across the whole book.
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    document.querySelectorAll('[id]').forEach((e) => seen.set(e.id, (seen.get(e.id) ?? 0) + 1));
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicates).toEqual([]);
});
