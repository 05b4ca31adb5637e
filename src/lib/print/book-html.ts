/**
 * Turns a page's rendered HTML into a part of the printed book (/print/):
 * every id gets the part's prefix (ten chapters in one page must not share
 * an id), links to a part of the book point inside the book, other links
 * become plain text (paper has no links, and no URLs are printed), headings
 * move one level down below the book's own, and scripts or islands are
 * dropped. The text itself is the chapter's own rendered content.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface BookPart {
  /** Prefix for this part's ids, e.g. the chapter slug. */
  id: string;
  /** The site path of the page this part comes from, e.g. `/chapters/be-there/`. */
  path: string;
}

export interface BookOptions {
  /** The site's base path (`/` or `/handbook/`), which links carry. */
  base: string;
  /** Every part of the book, so links between them can stay inside the book. */
  parts: BookPart[];
  /** Section ids (from `## Title {#id}`) to leave out of this part. */
  dropSections?: string[] | undefined;
}

/** The id a section gets inside the book: `<part>--<section>`, or the part's own id. */
export function bookId(part: string, section?: string): string {
  return section ? `${part}--${section}` : part;
}

function withoutBase(href: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return href.startsWith(root) ? `/${href.slice(root.length)}` : href;
}

/** `#x--id` for a link to a part of the book, or undefined for any other link. */
export function bookHref(href: string, part: BookPart, options: BookOptions): string | undefined {
  if (href.startsWith('#'))
    return href.length > 1 ? `#${bookId(part.id, href.slice(1))}` : undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const [path = '', fragment] = withoutBase(href, options.base).split('#');
  const target = options.parts.find((p) => p.path === path || `${p.path}index.html` === path);
  if (!target) return undefined;
  return `#${bookId(target.id, fragment || undefined)}`;
}

const droppedTags = new Set(['script', 'astro-island', 'noscript', 'style', 'template']);

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

function headingLevel(node: Element): number | undefined {
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

/**
 * Removes each dropped section: its heading and everything up to the next
 * heading of its level or above. An id with no such heading fails the build,
 * naming it: a renamed section would otherwise come back into the book unseen.
 */
function dropSections(children: RootContent[], ids: Set<string>, part: BookPart): RootContent[] {
  const kept: RootContent[] = [];
  const found = new Set<string>();
  let droppingAt: number | undefined;
  for (const child of children) {
    if (isElement(child)) {
      const level = headingLevel(child);
      const id = String(child.properties.id ?? '');
      if (level !== undefined) {
        if (droppingAt !== undefined && level <= droppingAt) droppingAt = undefined;
        if (droppingAt === undefined && ids.has(id)) {
          droppingAt = level;
          found.add(id);
        }
      }
    }
    if (droppingAt === undefined) kept.push(child);
  }
  const missing = [...ids].filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new Error(
      `The print edition leaves out section #${missing.join(', #')} of ${part.path}, which has no such heading: rename it in src/pages/print/index.astro too.`,
    );
  return kept;
}

function transform(node: Element, part: BookPart, options: BookOptions): ElementContent[] {
  const children = node.children
    .filter((child) => !(isElement(child) && droppedTags.has(child.tagName)))
    .flatMap((child) => (isElement(child) ? transform(child, part, options) : [child]));
  node.children = children;
  const props = node.properties;
  if (typeof props.id === 'string' && props.id) props.id = bookId(part.id, props.id);
  for (const name of ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const) {
    const value = props[name];
    if (Array.isArray(value)) props[name] = value.map((v) => bookId(part.id, String(v)));
    else if (typeof value === 'string') props[name] = bookId(part.id, value);
  }
  const level = headingLevel(node);
  if (level !== undefined) node.tagName = `h${Math.min(level + 1, 6)}`;
  if (node.tagName === 'a') {
    const href = typeof props.href === 'string' ? bookHref(props.href, part, options) : undefined;
    // Paper has no links: any link that does not lead inside the book is plain text.
    if (!href) return children;
    props.href = href;
  }
  return [node];
}

export function bookHtml(html: string, part: BookPart, options: BookOptions): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const top = options.dropSections?.length
    ? dropSections(tree.children, new Set(options.dropSections), part)
    : tree.children;
  const children: RootContent[] = [];
  for (const child of top) {
    if (!isElement(child)) children.push(child);
    else if (!droppedTags.has(child.tagName)) children.push(...transform(child, part, options));
  }
  tree.children = children;
  return toHtml(tree);
}
