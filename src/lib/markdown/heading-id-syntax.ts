/**
 * A Vite plugin that lets MDX files use the `{#id}` heading syntax (see
 * heading-ids.ts) by escaping the mark before MDX parses the file.
 */
import { escapeHeadingIds } from './heading-ids';

export { escapeHeadingIds };

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
