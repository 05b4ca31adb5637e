/**
 * Gives every h2/h3 in the handbook's MDX a stable id written by the author
 * (`## Title {#id}`, see heading-ids.ts).
 *
 * Ids are what self-checks, worksheets, situations and search link to, so they
 * must not change when a heading's wording does. A heading without one, a
 * malformed id or a repeated id fails the build, naming the file and heading.
 * It also prefixes site-absolute links (`/chapters/…`) with the deploy base,
 * and hands each compiled file's sections and frontmatter to `onCompiled`, so
 * the after-build search index gets them without reading them back out of HTML.
 */
import type { Heading, Link, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { cutAtWord } from '../site/cut-at-word';
import { isValidSectionId, sectionDepths, splitHeadingId } from './heading-ids';

export interface CompiledSection {
  id: string;
  /** The heading's words, without the id mark. */
  title: string;
  depth: number;
  /** The first sentence of the section's first paragraph (lists and components before it passed over). */
  lead?: string;
}

/**
 * The first sentence under a heading, before the next heading: what a
 * search result shows of a section found by its reader phrasings alone,
 * which the page does not hold (a heading alone said nothing of why).
 */
export function leadSentence(siblings: readonly RootContent[], after: number): string | undefined {
  for (const node of siblings.slice(after + 1)) {
    if (node.type === 'heading') return undefined;
    if (node.type !== 'paragraph') continue;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    // A sentence may end inside quotes: “Were they smarter than me?”
    const sentence = /^.*?[.!?][”"’')]*(?=\s|$)/.exec(text)?.[0] ?? text;
    return cutAtWord(sentence, 240);
  }
  return undefined;
}

export interface CompiledMarkdown {
  /** The source file's path as the compiler saw it. */
  file: string;
  sections: CompiledSection[];
  /** The file's frontmatter as written (schemas check it at content load). */
  frontmatter: Record<string, unknown>;
}

export interface SectionIdOptions {
  /** The site's base path, e.g. `/` or `/handbook/`. */
  base?: string;
  /** Called once per compiled file. */
  onCompiled?: (compiled: CompiledMarkdown) => void;
}

export function headingText(heading: Heading): string {
  return toString(heading).trim();
}

export function withBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix && (url === prefix || url.startsWith(`${prefix}/`))) return url;
  return `${prefix}${url}`;
}

function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: unknown } }).astro;
  const frontmatter = astro?.frontmatter;
  return typeof frontmatter === 'object' && frontmatter !== null
    ? (frontmatter as Record<string, unknown>)
    : {};
}

export default function remarkSectionIds(options: SectionIdOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const where = file.path ?? 'an MDX file';
    const sections: CompiledSection[] = [];
    const seen = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'link') {
        const link = node as Link;
        link.url = withBase(base, link.url);
        return;
      }
      if (node.type !== 'heading') return;
      const heading = node as Heading;
      const last = heading.children.at(-1);
      const marked = last?.type === 'text' ? splitHeadingId(last.value) : undefined;
      if (!marked) {
        if (sectionDepths.includes(heading.depth)) {
          throw new Error(
            `${where}: heading "${headingText(heading)}" needs a stable id, e.g. "## ${headingText(heading)} {#some-id}".`,
          );
        }
        return;
      }
      const { id } = marked;
      (last as Text).value = marked.text;
      if (!isValidSectionId(id)) {
        throw new Error(
          `${where}: heading "${headingText(heading)}" has id "${id}"; use lower-case words joined by hyphens.`,
        );
      }
      if (seen.has(id)) {
        throw new Error(`${where}: the id "${id}" is used by more than one heading.`);
      }
      seen.add(id);
      const lead = parent && index !== undefined ? leadSentence(parent.children, index) : undefined;
      sections.push({
        id,
        title: headingText(heading),
        depth: heading.depth,
        ...(lead ? { lead } : {}),
      });
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
    options.onCompiled?.({ file: where, sections, frontmatter: frontmatterOf(file) });
  };
}
