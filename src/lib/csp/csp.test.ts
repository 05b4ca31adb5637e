import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { serializePage as toHtml } from '../build/built-site';
import {
  addCspMeta,
  blockedInlineCode,
  contentSecurityPolicy,
  headersWithPolicy,
  inlineScripts,
  scriptHash,
} from './csp';

const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title>
<script>console.log(1)</script><script type="module" src="/_astro/a.js"></script>
<script type='module'>if (a < b && c) go("</p>")</script></head>
<body><script type="module">import '/x.js';
</script><template><script>inTemplate()</script></template></body></html>`;
const page = () => fromHtml(html);

describe('inline scripts and their hashes', () => {
  it('finds every script without src, keeping its exact text', () => {
    expect(inlineScripts(page())).toEqual([
      'console.log(1)',
      'if (a < b && c) go("</p>")',
      "import '/x.js';\n",
    ]);
  });

  it('writes each script back unchanged, so its hash still matches', () => {
    const tree = page();
    addCspMeta(tree, "default-src 'self'");
    expect(inlineScripts(fromHtml(toHtml(tree)))).toEqual(inlineScripts(page()));
  });

  it('hashes the text as the browser does (sha256, base64)', () => {
    const expected = createHash('sha256').update('console.log(1)').digest('base64');
    expect(scriptHash('console.log(1)')).toBe(`'sha256-${expected}'`);
  });
});

describe('the policy', () => {
  const meta = contentSecurityPolicy({
    scriptHashes: ["'sha256-b'", "'sha256-a'"],
    forHeader: false,
  });
  const header = contentSecurityPolicy({ scriptHashes: [], forHeader: true });

  it('allows only the site itself, hashed scripts and WebAssembly; never inline scripts', () => {
    expect(meta).toContain("default-src 'self'");
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("base-uri 'self'");
    expect(meta).toContain("form-action 'self'");
    const scriptSrc = meta.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });

  it('forbids framing in the header, and leaves it out of the meta tag where it is ignored', () => {
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).not.toContain('frame-ancestors');
  });
});

describe('adding the meta tag', () => {
  it('puts it straight after the charset, before any script', () => {
    const tree = page();
    addCspMeta(tree, "default-src 'self'");
    const out = toHtml(tree);
    const metaAt = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(metaAt).toBeGreaterThan(out.indexOf('charset'));
    expect(metaAt).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="default-src 'self'"`);
  });

  it('refuses to add a second policy', () => {
    const tree = page();
    addCspMeta(tree, "default-src 'self'");
    expect(() => addCspMeta(fromHtml(toHtml(tree)), "default-src 'self'")).toThrow(/already/);
  });
});

describe('inline code a hash policy would block', () => {
  it('reports event handler attributes and javascript: links', () => {
    const problems = blockedInlineCode(
      fromHtml(
        `<button onclick='go()'>x</button><a href=javascript:void(0)>y</a><p>onclick=fine</p>`,
      ),
    );
    expect(problems).toEqual([
      'inline event handler onclick on <button>',
      'javascript: URL in href on <a>',
    ]);
  });

  it('ignores script text and ordinary attributes', () => {
    expect(
      blockedInlineCode(fromHtml(html.replace('</body>', '<a href="/one/" data-on="x">one</a>'))),
    ).toEqual([]);
  });
});

describe('_headers', () => {
  const committed = `# comment\n/*\n  Content-Security-Policy: old\n  X-Frame-Options: DENY\n\n/fonts/*\n  Cache-Control: max-age=1\n`;

  it('replaces the policy in the /* block and keeps every other header', () => {
    const out = headersWithPolicy(committed, 'new');
    expect(out).toContain('  Content-Security-Policy: new\n  X-Frame-Options: DENY');
    expect(out).not.toContain('old');
    expect(out).toContain('/fonts/*\n  Cache-Control: max-age=1');
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('adds a /* block when there is none', () => {
    expect(headersWithPolicy('', 'p')).toBe('/*\n  Content-Security-Policy: p\n');
  });
});
