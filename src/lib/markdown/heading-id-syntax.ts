/**
 * MDX reads `{…}` as a JavaScript expression, so `## Title {#id}` would not
 * parse. Before MDX sees a file, this escapes the braces of a trailing `{#id}`
 * on heading lines; remark-section-ids then reads it as plain text.
 */
const HEADING_ID = /^(#{1,6}[ \t].*?)[ \t]*\{#([^}\n]*)\}[ \t]*$/gm;

export function escapeHeadingIds(source: string): string {
  return source.replace(
    HEADING_ID,
    (_line, heading: string, id: string) => `${heading} \\{#${id}\\}`,
  );
}

/** A Vite plugin that applies `escapeHeadingIds` to `.mdx` files. */
export function headingIdSyntax() {
  return {
    name: 'handbook-heading-id-syntax',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/\.mdx($|\?)/.test(id)) return null;
      return { code: escapeHeadingIds(code), map: null };
    },
  };
}
