import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { cspStep } from '../csp/csp-step';
import { inlineScripts, scriptHash } from '../csp/csp';
import { parsePage } from './built-site';
import { linkCheckStep, runSteps, sitemapStep, type AfterBuild } from './pipeline';

const headers =
  '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  X-Frame-Options: DENY\n  Permissions-Policy: camera=()\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Resource-Policy: same-origin\n  Strict-Transport-Security: max-age=31536000\n';

function site(pages: Record<string, string>, files: string[] = []): AfterBuild {
  return {
    site: 'https://example.org',
    base: '/',
    pages: Object.entries(pages).map(([path, html]) => parsePage(path, html)),
    files: new Set(files),
    outputs: new Map(),
    readFile: (path) => (path === '/_headers' ? headers : undefined),
  };
}

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('the after-build steps', () => {
  it('run in the order given, each reporting one line', async () => {
    const lines: string[] = [];
    const build = site({ '/': page('<a href="/sitemap.xml">map</a>') }, ['/_headers']);
    await runSteps(build, [sitemapStep, linkCheckStep, cspStep], (line) => lines.push(line));
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'sitemap',
      'links',
      'content security policy',
    ]);
  });

  it('say in the build log when SITE_URL was left unset, or robots.txt is where crawlers never look', () => {
    const build = site({ '/': page('home') });
    expect(sitemapStep.run(build)).toBe('1 pages in sitemap.xml; robots.txt written');
    const unset = { ...site({ '/': page('home') }), site: 'https://rebuilding-trust.example.org' };
    expect(sitemapStep.run(unset)).toMatch(/NOTE: SITE_URL is not set/);
    const under = { ...site({ '/': page('home') }), base: '/handbook/' };
    expect(sitemapStep.run(under)).toMatch(
      /NOTE: crawlers read robots.txt only at the site's root, not \/handbook\/robots.txt/,
    );
  });

  it('fail the build on an id used twice on a page, naming the page and the id', () => {
    const build = site({
      '/worksheets/x/': page(
        '<label for="ws-ask-1">Line 1</label><textarea id="ws-ask-1"></textarea><label for="ws-ask-1">Other</label><textarea id="ws-ask-1"></textarea>',
      ),
    });
    expect(() => linkCheckStep.run(build)).toThrow(
      /\/worksheets\/x\/: id "ws-ask-1" is on the page more than once/,
    );
  });

  it('list every page in the sitemap but the ones marked noindex', () => {
    const build = site({
      '/': page('home'),
      '/about/': page('about'),
      '/chapters/a/': page('a'),
      '/404.html': page('gone', '<meta name="robots" content="noindex">'),
    });
    sitemapStep.run(build);
    const xml = build.outputs.get('/sitemap.xml') ?? '';
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/',
      'https://example.org/about/',
      'https://example.org/chapters/a/',
    ]);
    expect(build.outputs.get('/robots.txt')).toContain('Sitemap: https://example.org/sitemap.xml');
  });

  it('fail the build on a dead single-quoted link, a dead srcset entry and a missing #fragment', () => {
    const build = site(
      {
        '/': page(
          `<a href='/chapters/gone/'>x</a><img alt="" src="/a.png" srcset="/a.png 1x, /a@2x.png 2x"><a href="/about/#nowhere">y</a>`,
        ),
        '/about/': page('<h2 id="here">Here</h2>'),
      },
      ['/a.png'],
    );
    expect(() => linkCheckStep.run(build)).toThrow(
      [
        'Dead links in the built site:',
        '  /: link "/chapters/gone/" points to no built page or file',
        '  /: link "/a@2x.png" points to no built page or file',
        '  /: link "/about/#nowhere" has no element with id "nowhere" on /about/',
      ].join('\n'),
    );
  });

  it('hash every inline script into its page’s policy and the header policy', () => {
    const build = site({
      '/': page('<script>one()</script>', '<script type="module">two()</script>'),
      '/about/': page(`<script type=module src="/_astro/x.js"></script><script>three()</script>`),
    });
    cspStep.run(build);
    const policies = new Map(
      build.pages.map((p) => [
        p.path,
        String(select('meta[http-equiv]', p.tree)?.properties['content']),
      ]),
    );
    for (const p of build.pages) {
      for (const script of inlineScripts(p.tree)) {
        expect(policies.get(p.path)).toContain(scriptHash(script));
      }
    }
    // Each page allows only its own scripts.
    expect(policies.get('/')).not.toContain(scriptHash('three()'));
    const header = build.outputs.get('/_headers') ?? '';
    for (const text of ['one()', 'two()', 'three()']) expect(header).toContain(scriptHash(text));
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('refuse inline event handlers the policy would silently block', () => {
    const build = site({ '/x/': page(`<button onclick='go()'>Go</button>`) });
    expect(() => cspStep.run(build)).toThrow(/\/x\/: inline event handler onclick on <button>/);
  });
});
