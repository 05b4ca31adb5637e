/**
 * The handbook's Content-Security-Policy, built from the pages themselves.
 *
 * Every inline script (the theme script, Astro's island bootstrap) is allowed
 * by its sha256 hash, so no page needs `'unsafe-inline'` for scripts. Pure
 * functions over parsed pages: the after-build pipeline
 * (`src/integrations/handbook-build.ts`) reads and writes the files.
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** `'sha256-…'` for a script's exact text, as the browser hashes it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every `<script>` without a `src`, exactly as the browser will hash it. */
export function inlineScripts(tree: Root): string[] {
  return selectAll('script:not([src])', tree).map((script) => toString(script));
}

function describe(element: Element): string {
  const id = element.properties['id'];
  return `<${element.tagName}${typeof id === 'string' ? ` id="${id}"` : ''}>`;
}

/**
 * Things a hash-based policy would silently block: inline event handlers
 * (`onclick="…"`) and `javascript:` URLs. The build fails on them instead.
 */
export function blockedInlineCode(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, 'element', (element: Element) => {
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on./i.test(name)) {
        problems.push(`inline event handler ${name.toLowerCase()} on ${describe(element)}`);
      }
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => typeof v === 'string' && /^\s*javascript:/i.test(v))) {
        problems.push(`javascript: URL in ${name} on ${describe(element)}`);
      }
    }
  });
  return problems;
}

export interface PolicyOptions {
  /** Hashes of inline scripts to allow, e.g. from `scriptHash`. */
  scriptHashes: Iterable<string>;
  /**
   * `frame-ancestors` only works as an HTTP header (browsers ignore it, with a
   * console warning, in a `<meta>` tag), so the meta policy leaves it out.
   */
  forHeader: boolean;
}

/**
 * Everything comes from the site itself. Scripts: the site's own files, the
 * hashed inline scripts, and WebAssembly for Pagefind's search. Styles allow
 * inline because Astro's island wrapper ships a `<style>` element and Preact
 * and Pagefind set `style` attributes at run time; styles cannot run code.
 */
export function contentSecurityPolicy({ scriptHashes, forHeader }: PolicyOptions): string {
  const hashes = [...new Set(scriptHashes)].sort();
  const directives = [
    "default-src 'self'",
    `script-src ${["'self'", "'wasm-unsafe-eval'", ...hashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the policy first in `<head>` (straight after the charset, before any script it covers). */
export function addCspMeta(tree: Root, policy: string): void {
  const existing = selectAll('meta[http-equiv]', tree).some(
    (meta) => String(meta.properties['httpEquiv']).toLowerCase() === 'content-security-policy',
  );
  if (existing) throw new Error('page already has a Content-Security-Policy meta tag');
  const head = select('head', tree);
  if (!head) throw new Error('page has no <head> to hold its Content-Security-Policy');
  const meta: Element = {
    type: 'element',
    tagName: 'meta',
    properties: { httpEquiv: ['Content-Security-Policy'], content: policy },
    children: [],
  };
  const charset = head.children.findIndex(
    (node) => node.type === 'element' && node.tagName === 'meta' && 'charSet' in node.properties,
  );
  head.children.splice(charset + 1, 0, meta);
}

/** Headers every response should carry besides the policy. */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // Only features every current browser knows: unknown ones log console errors.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Counts only over HTTPS; no includeSubDomains or preload, so it binds no other site.
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * Writes `policy` into a `_headers` file's `/*` block, replacing any
 * Content-Security-Policy line there (the committed file cannot know the
 * hashes of a build) and adding it when missing.
 */
export function headersWithPolicy(headersFile: string, policy: string): string {
  const lines = headersFile.split('\n');
  const start = lines.findIndex((line) => line.trim() === '/*');
  const cspLine = `  Content-Security-Policy: ${policy}`;
  if (start === -1) return `${headersFile.trimEnd()}\n/*\n${cspLine}\n`.replace(/^\n/, '');
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end++;
  const block = lines
    .slice(start + 1, end)
    .filter((line) => !/^\s*content-security-policy\s*:/i.test(line));
  return [...lines.slice(0, start + 1), cspLine, ...block, ...lines.slice(end)].join('\n');
}
