/**
 * After-build step: gives every page a Content-Security-Policy `<meta>` tag
 * allowing exactly its own inline scripts by hash, and writes the same policy
 * (the union of all pages' hashes, plus `frame-ancestors`) into `_headers`
 * with the other security headers. Fails the build on inline code the policy
 * would block, and on a `_headers` file without the security headers.
 */
import type { AfterBuildStep } from '../build/pipeline';
import {
  addCspMeta,
  blockedInlineCode,
  contentSecurityPolicy,
  headersWithPolicy,
  inlineScripts,
  scriptHash,
  securityHeaders,
} from './csp';

export const cspStep: AfterBuildStep = {
  name: 'content security policy',
  run(build) {
    const allHashes = new Set<string>();
    const problems: string[] = [];
    for (const page of build.pages) {
      for (const problem of blockedInlineCode(page.tree)) problems.push(`${page.path}: ${problem}`);
      const hashes = inlineScripts(page.tree).map(scriptHash);
      hashes.forEach((hash) => allHashes.add(hash));
      addCspMeta(page.tree, contentSecurityPolicy({ scriptHashes: hashes, forHeader: false }));
    }
    if (problems.length > 0) {
      throw new Error(
        `Inline code the Content-Security-Policy would block (move it into a <script>):\n${problems.join('\n')}`,
      );
    }
    const committed = build.readFile('/_headers') ?? '';
    const missing = Object.keys(securityHeaders).filter(
      (name) => !committed.toLowerCase().includes(`${name.toLowerCase()}:`),
    );
    if (missing.length > 0) {
      throw new Error(`public/_headers is missing these security headers: ${missing.join(', ')}`);
    }
    const headerPolicy = contentSecurityPolicy({ scriptHashes: allHashes, forHeader: true });
    build.outputs.set('/_headers', headersWithPolicy(committed, headerPolicy));
    return `${build.pages.length} pages, ${allHashes.size} inline script hashes; _headers written`;
  },
};
