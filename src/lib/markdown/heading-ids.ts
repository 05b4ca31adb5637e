/**
 * The one syntax for a chapter section's stable id, written at the end of a
 * `##` or `###` heading:
 *
 *   ## Tell it all, before you are asked {#tell-it-all-now}
 *
 * MDX would read `{…}` as a JavaScript expression, so the id mark is escaped
 * in the source before MDX sees it (`escapeHeadingIds`), and the remark plugin
 * then reads it off the heading's text (`splitHeadingId`).
 */

/** A trailing `{#id}` on a heading line of the source. */
const HEADING_LINE_ID = /^(#{1,6}[ \t].*?)[ \t]*\{#([^}\n]*)\}[ \t]*$/gm;
/** The same mark at the end of a heading's text, once parsed. */
const TEXT_ID = /\s*\{#([^}]*)\}\s*$/;
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Heading depths that must carry an id: the sections others link to. */
export const sectionDepths: readonly number[] = [2, 3];

/** Escapes the braces of a trailing `{#id}` on heading lines only. */
export function escapeHeadingIds(source: string): string {
  return source.replace(
    HEADING_LINE_ID,
    (_line, heading: string, id: string) => `${heading} \\{#${id}\\}`,
  );
}

/** Splits `Title {#id}` into the title and the id; `undefined` without a mark. */
export function splitHeadingId(text: string): { text: string; id: string } | undefined {
  const match = TEXT_ID.exec(text);
  if (!match) return undefined;
  return { text: text.slice(0, match.index), id: match[1] ?? '' };
}

/** Lower-case words joined by hyphens: `tell-it-all-now`. */
export function isValidSectionId(id: string): boolean {
  return VALID_ID.test(id);
}
