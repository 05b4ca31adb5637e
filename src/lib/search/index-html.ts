/**
 * What the search index reads from the built pages, in memory; once indexed,
 * the pages are written without the index's own marks (`dropIndexMarks`). A page is searched when its template marks its kind
 * (`data-pagefind-filter="kind:Chapter"`, see `kindFilter`) beside its
 * `data-pagefind-body`; nothing is guessed from its address. Each situation
 * phrase, taken from the chapter's frontmatter as MDX is compiled, is added
 * to the section it belongs to, weighted, so a reader's own words find that
 * section even where the chapter says it differently.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { chapterPath } from '../chapters/chapters';
import type { CompiledMarkdown } from '../markdown/remark-section-ids';
import { serializePage } from '../build/built-site';
import { labelBoxItems, itemLabelProperty } from './index-labels';
import { endSentences } from './index-sentences';
import { kindFilter, kindPrefix } from './page-kind';
import {
  isPageKind,
  phrasesClose,
  phrasesOpen,
  situationPhraseWeight,
  type PageKind,
} from './settings';

export { kindFilter };

/** section id → the situation phrases that point at it. */
export type SectionPhrases = ReadonlyMap<string, readonly string[]>;

/**
 * The page's search kind, from its markup; `undefined` for pages that are not
 * searched. Throws, naming the page, on an unknown kind or a kind without
 * indexed content.
 */
export function searchKindOf(tree: Root, path: string): PageKind | undefined {
  // One walk over the tree: hast-util-select's attribute selectors took
  // about 3 ms a page here, a sixth of the search index step.
  const kinds = new Set<string>();
  let hasBody = false;
  visit(tree, 'element', (element: Element) => {
    const filter = element.properties['dataPagefindFilter'];
    if (typeof filter === 'string' && filter.startsWith(kindPrefix)) {
      kinds.add(filter.slice(kindPrefix.length));
    }
    if (isIndexedBody(element)) hasBody = true;
  });
  if (kinds.size === 0) return undefined;
  const [kind] = kinds;
  if (kinds.size > 1 || !isPageKind(kind)) {
    throw new Error(`${path}: search kind "${[...kinds].join('", "')}" is not one known kind.`);
  }
  if (!hasBody) {
    throw new Error(`${path}: has a search kind but no data-pagefind-body element to index.`);
  }
  return kind;
}

function phraseParagraph(phrases: readonly string[]): Element {
  const text = phrases.map((p) => p.replace(/[.?!]+$/, '')).join('. ');
  return {
    type: 'element',
    tagName: 'p',
    properties: { hidden: true, dataPagefindWeight: String(situationPhraseWeight) },
    children: [{ type: 'text', value: `${phrasesOpen} ${text}. ${phrasesClose}` }],
  };
}

/**
 * The page's HTML as the index should read it (its situation phrases added,
 * what stands in for JavaScript left out, each thing to avoid labelled, its text ending in sentences), or
 * `undefined` when the page is not searched. Throws, naming the page and
 * section, when a situation points at a heading the page does not have.
 */
export function htmlForIndex(
  page: { path: string; tree: Root },
  phrases: SectionPhrases = new Map(),
): { html: string; kind: PageKind } | undefined {
  const kind = searchKindOf(page.tree, page.path);
  if (!kind) return undefined;
  const tree = structuredClone(page.tree);
  const placed = new Set<string>();
  visit(tree, 'element', (element: Element, index, parent) => {
    const id = element.properties['id'];
    if (!/^h[1-6]$/.test(element.tagName) || typeof id !== 'string' || !parent) return;
    const list = phrases.get(id);
    if (!list || index === undefined) return;
    parent.children.splice(index + 1, 0, phraseParagraph(list) as ElementContent);
    placed.add(id);
    return [SKIP, index + 2];
  });
  for (const id of phrases.keys()) {
    if (!placed.has(id)) {
      throw new Error(
        `${page.path}: a situation links to #${id}, but the page has no such heading.`,
      );
    }
  }
  dropNoScriptText(tree);
  labelBoxItems(tree);
  endSentences(tree);
  return { html: serializePage(tree), kind };
}

/**
 * Takes out what stands in for JavaScript (`data-no-js`, hidden once scripts
 * run): search needs JavaScript, so a reader who meets such text in a result
 * ("Your result needs JavaScript…") would be told something untrue.
 */
function dropNoScriptText(tree: Root): void {
  visit(tree, 'element', (element: Element, index, parent) => {
    if (element.properties['dataNoJs'] === undefined || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/**
 * Chapter page path (without the base) → section id → situation phrases,
 * from the chapters' frontmatter as the remark plugin saw it.
 */
export function situationPhrasesByPage(
  compiled: Iterable<CompiledMarkdown>,
): Map<string, Map<string, string[]>> {
  const byPage = new Map<string, Map<string, string[]>>();
  for (const file of compiled) {
    const match = /[\\/]content[\\/]chapters[\\/]([^\\/]+)\.mdx$/.exec(file.file);
    const situations = file.frontmatter['situations'];
    if (!match?.[1] || !Array.isArray(situations)) continue;
    const sections = new Map<string, string[]>();
    for (const situation of situations as { phrase?: unknown; section?: unknown }[]) {
      if (typeof situation.phrase !== 'string' || typeof situation.section !== 'string') continue;
      sections.set(situation.section, [
        ...(sections.get(situation.section) ?? []),
        situation.phrase,
      ]);
    }
    byPage.set(chapterPath(match[1]), sections);
  }
  return byPage;
}

const SKIPPED = new Set(['script', 'style', 'template']);

function isIndexedBody(element: Element): boolean {
  return element.properties['dataPagefindBody'] !== undefined;
}

/** The words of a page's indexed parts (its `data-pagefind-body` elements). */
export function indexedText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, 'element', (body: Element) => {
    if (!isIndexedBody(body)) return undefined;
    visit(body, (node) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type === 'text') parts.push(node.value);
      return undefined;
    });
    return SKIP;
  });
  return parts.join(' ');
}

/** Counts words of three letters or more, for fixing misspelled query words. */
export function countWords(
  text: string,
  counts: Map<string, number> = new Map(),
): Map<string, number> {
  const words =
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z]{3,}/g) ?? [];
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * Takes the marks only the index reads (`data-pagefind-*`, `data-index-label`)
 * off a page once it is indexed: a reader's browser has no use for them (about 50 bytes gzip on
 * a chapter). Returns how many were taken.
 */
export function dropIndexMarks(tree: Root): number {
  let dropped = 0;
  visit(tree, 'element', (node: Element) => {
    for (const name of Object.keys(node.properties)) {
      if (!name.startsWith('dataPagefind') && name !== itemLabelProperty) continue;
      delete node.properties[name];
      dropped++;
    }
  });
  return dropped;
}
