/**
 * The handbook's Content-Security-Policy, built from the pages themselves.
 *
 * Every inline script (the theme script, Astro's island bootstrap) is allowed
 * by its sha256 hash, so no page needs `'unsafe-inline'` for scripts. Pure
 * functions: the after-build step in `src/integrations/security.ts` reads
 * and writes the files.
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` for a script's exact text, as the browser hashes it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every `<script>` without a `src`, exactly as written in the page. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/**
 * Things a hash-based policy would silently block: inline event handlers
 * (`onclick="…"`) and `javascript:` links. The build fails on them instead.
 */
export function blockedInlineCode(html: string): string[] {
  const problems: string[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  for (const tag of withoutScripts.matchAll(/<[a-z][^\s>/]*(\s[^>]*)?>/gi)) {
    const attributes = tag[1] ?? '';
    const handler = /\s(on[a-z]+)\s*=/i.exec(attributes);
    if (handler) problems.push(`inline event handler ${handler[1]} in ${tag[0].slice(0, 80)}`);
    if (/=\s*["']?\s*javascript:/i.test(attributes)) {
      problems.push(`javascript: URL in ${tag[0].slice(0, 80)}`);
    }
  }
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

/** Puts the policy first in `<head>` (before any script it has to cover). */
export function withCspMeta(html: string, policy: string): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('page already has a Content-Security-Policy meta tag');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const charset = /<meta\s+charset=["']?[^"'>]+["']?\s*\/?>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('page has no <head> to hold its Content-Security-Policy');
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Headers every response should carry besides the policy. */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // Only features every current browser knows: unknown ones log console errors.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
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
