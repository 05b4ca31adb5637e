/**
 * Gives every h2/h3 in the handbook's MDX a stable id written by the author:
 *
 *   ## Tell it all, before you are asked {#tell-it-all-now}
 *
 * Ids are what self-checks, worksheets, situations and search link to, so they
 * must not change when a heading's wording does. A heading without one, a
 * malformed id or a repeated id fails the build, naming the file and heading.
 * It also prefixes site-absolute links (`/chapters/…`) with the deploy base.
 */
import type { Heading, Link, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const ID_MARK = /\s*\{#([^}]*)\}\s*$/;
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SectionIdOptions {
  /** The site's base path, e.g. `/` or `/handbook/`. */
  base?: string;
}

export function headingText(heading: Heading): string {
  let text = '';
  visit(heading, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += (node as Text).value;
  });
  return text.trim();
}

export function withBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix && (url === prefix || url.startsWith(`${prefix}/`))) return url;
  return `${prefix}${url}`;
}

export default function remarkSectionIds(options: SectionIdOptions = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const where = file.path ?? 'an MDX file';
    const seen = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'link') {
        const link = node as Link;
        link.url = withBase(base, link.url);
        return;
      }
      if (node.type !== 'heading') return;
      const heading = node as Heading;
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? ID_MARK.exec(last.value) : null;
      if (!match) {
        if (heading.depth === 2 || heading.depth === 3) {
          throw new Error(
            `${where}: heading "${headingText(heading)}" needs a stable id, e.g. "## ${headingText(heading)} {#some-id}".`,
          );
        }
        return;
      }
      const id = match[1] ?? '';
      if (!VALID_ID.test(id)) {
        throw new Error(
          `${where}: heading "${headingText(heading)}" has id "${id}"; use lower-case words joined by hyphens.`,
        );
      }
      if (seen.has(id)) {
        throw new Error(`${where}: the id "${id}" is used by more than one heading.`);
      }
      seen.add(id);
      (last as Text).value = (last as Text).value.replace(ID_MARK, '');
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
