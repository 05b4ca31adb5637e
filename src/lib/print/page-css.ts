/**
 * The printed book's page rules: page numbers at the foot of every page
 * after the title page and contents, and each chapter's title in the running
 * head. Chromium has no `string-set`, so every chapter gets a named page
 * (`page: chapter-3`) with its own `@page chapter-3` rule; a new page name
 * also starts a new sheet. Built from the chapters' titles, so it follows
 * every edit.
 */
import { siteName } from '../site/site';

export interface RunningHead {
  /** The named page, e.g. `chapter-3`. */
  page: string;
  /** The text at the top of each of its pages. */
  head: string;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** Named pages are CSS identifiers: keep it to letters, digits and hyphens. */
export function pageName(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** On screen: the book reads as one long page, parts set apart. */
const bookLayoutCss = [
  '[data-book-part] { margin-top: 5rem; }',
  '[data-book] .prose-handbook h4 { margin-top: 1.5em; margin-bottom: 0.5em; font-weight: 700; }',
  // A box's own heading (In short) sits at its top, as on the chapter page.
  '[data-book] section > h3:first-child { margin-top: 0; }',
].join('\n');

/** On paper: title page and contents first, each part from a new page, links as plain text. */
const bookPrintRules = [
  '[data-book-front] { page: book-front; }',
  '[data-book-title-page] { padding-top: 30vh; text-align: center; }',
  '[data-book-contents] { break-before: page; }',
  '[data-book-contents] li { font-size: 1.15em; margin-block: 0.5em; }',
  '[data-book] { max-width: 66ch; margin-inline: auto; }',
  '[data-book-part] { break-before: page; margin-top: 0; }',
  '[data-book] a { color: inherit; text-decoration: none; }',
];

export function bookPageCss(heads: RunningHead[]): string {
  const rules = [
    '@page { @bottom-center { content: counter(page); font-size: 10pt; } }',
    '@page book-front { @bottom-center { content: none; } @top-center { content: none; } }',
    ...heads.map(
      ({ page, head }) =>
        `@page ${pageName(page)} { @top-center { content: ${cssString(head)}; font-size: 9pt; font-style: italic; } }`,
    ),
  ];
  return `${bookLayoutCss}\n@media print {\n${[...rules, ...bookPrintRules].map((r) => `  ${r}`).join('\n')}\n}`;
}

/**
 * A printed sheet's foot names the sheet as well as the handbook, so a page
 * that runs on (a partner's signature, say) still says what it belongs to.
 * `!important` makes it outrank the shared `@page sheet` rule in global.css,
 * whichever comes later in the page: Chromium gave `:left`/`:right` page
 * selectors no weight here (tried).
 */
export function sheetFooterCss(title: string): string {
  return `@media print { @page sheet { @bottom-left { content: ${cssString(`${siteName} · ${title}`)} !important; } } }`;
}
