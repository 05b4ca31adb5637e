/** Section headings by id, read from a chapter's MDX source (`## Title {#id}`). */
const HEADING = /^#{2,3}[ \t]+(.*?)[ \t]*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}[ \t]*$/gm;

export function sectionTitlesFromSource(source: string): Map<string, string> {
  return new Map(
    Array.from(source.matchAll(HEADING), (m) => [m[2] as string, (m[1] as string).trim()]),
  );
}
