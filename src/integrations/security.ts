/**
 * After-build step: gives every built page a Content-Security-Policy `<meta>`
 * tag allowing exactly its own inline scripts by hash, and writes the same
 * policy (the union of all pages' hashes, plus `frame-ancestors`) into
 * `_headers` with the other security headers. Fails the build on inline code
 * the policy would block. Registered after handbook-build in astro.config.mjs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from '../lib/build/built-site';
import {
  blockedInlineCode,
  contentSecurityPolicy,
  headersWithPolicy,
  inlineScripts,
  scriptHash,
  securityHeaders,
  withCspMeta,
} from '../lib/csp/csp';

export default function security(): AstroIntegration {
  return {
    name: 'handbook-security',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const allHashes = new Set<string>();
        const problems: string[] = [];
        const pages = readBuiltSite(root).pages;
        for (const page of pages) {
          const file = join(root, page.path.endsWith('/') ? `${page.path}index.html` : page.path);
          for (const problem of blockedInlineCode(page.html))
            problems.push(`${page.path}: ${problem}`);
          const hashes = inlineScripts(page.html).map(scriptHash);
          hashes.forEach((hash) => allHashes.add(hash));
          const policy = contentSecurityPolicy({ scriptHashes: hashes, forHeader: false });
          writeFileSync(file, withCspMeta(page.html, policy));
        }
        if (problems.length > 0) {
          throw new Error(
            `Inline code the Content-Security-Policy would block (move it into a <script>):\n${problems.join('\n')}`,
          );
        }
        const headersPath = join(root, '_headers');
        const committed = existsSync(headersPath) ? readFileSync(headersPath, 'utf8') : '';
        const missing = Object.keys(securityHeaders).filter(
          (name) => !committed.toLowerCase().includes(`${name.toLowerCase()}:`),
        );
        if (missing.length > 0) {
          throw new Error(
            `public/_headers is missing these security headers: ${missing.join(', ')}`,
          );
        }
        const headerPolicy = contentSecurityPolicy({ scriptHashes: allHashes, forHeader: true });
        writeFileSync(headersPath, headersWithPolicy(committed, headerPolicy));
        logger.info(
          `Content-Security-Policy on ${pages.length} pages (${allHashes.size} inline script hashes); _headers written.`,
        );
      },
    },
  };
}
