/**
 * Makes a page's text read as sentences for the search index, so excerpts do
 * too. Pagefind reads text, not layout: a statement's legend ran into the
 * next ("…without being asked.8. If the other person…"), a situation into
 * the chapter it points to ("asking the same questions Chapter 4, …"). Each
 * run of text that ends where a block ends (a paragraph, list item,
 * legend…) gets a full stop if it has no closing mark, and a space. A heading
 * gets only the space: Pagefind names a result's sections by their headings.
 * No word is changed, added or dropped, only stops and spaces (metadata the
 * page hands the index, such as a worksheet's prompts, may end in a stop
 * too); only the index's copy of the page is touched.
 */
import type { Element, Root, Text } from 'hast';
import { phrasesClose } from './settings';

/** Elements a browser lays out as blocks by default, as far as text is concerned. */
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const headings = /^h[1-6]$/;

/** What the index never reads, so it cannot end a sentence. */
const unread = new Set(['script', 'style', 'template']);

/** Already closed: a full stop, question, exclamation, colon, quote, bracket… */
const closed = new RegExp(`[.!?:;…,"”’)\\]${phrasesClose}]\\s*$`);

/** Adds sentence ends to `tree` in place (give it the index's copy). */
export function endSentences(tree: Root | Element): void {
  const state: { run?: Text | undefined } = {};
  walk(tree, state);
  close(state);
}

function walk(node: Root | Element, state: { run?: Text | undefined }): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (/\S/.test(child.value)) state.run = child;
    } else if (child.type === 'element' && !unread.has(child.tagName) && !ignored(child)) {
      const block = blocks.has(child.tagName);
      if (block) close(state);
      walk(child, state);
      if (block) close(state, !headings.test(child.tagName));
    }
  }
}

function close(state: { run?: Text | undefined }, stop = true): void {
  const run = state.run;
  if (!run) return;
  const text = run.value.trimEnd();
  run.value = `${text}${!stop || closed.test(text) ? '' : '.'} `;
  state.run = undefined;
}

function ignored(element: Element): boolean {
  return element.properties['dataPagefindIgnore'] !== undefined;
}
