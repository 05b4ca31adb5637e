import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readBuiltSite } from '../src/lib/build/built-site';
import { builtPagePaths, distDir } from './support/site';

const pages = readBuiltSite(distDir).pages.filter((p) => p.path !== '/404.html');
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? '';

test('every page has its own title and description, a canonical URL, lang and Open Graph tags', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const { path, html } of pages) {
    const title = attr(html, /<title>([^<]+)<\/title>/);
    const description = attr(html, /<meta name="description" content="([^"]+)"/);
    expect(title, `${path} title`).not.toBe('');
    expect(description.length, `${path} description`).toBeGreaterThan(20);
    expect(titles.get(title), `${path} shares its title`).toBeUndefined();
    expect(descriptions.get(description), `${path} shares its description`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
    expect(html, path).toMatch(/<html lang="en-GB"/);
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/), path).toMatch(
      new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`),
    );
    expect(html, path).toContain('<meta property="og:title"');
    expect(html, path).toContain('<meta property="og:description"');
    expect(html, path).toMatch(/<link rel="icon" href="[^"]*favicon\.svg"/);
    expect(html, path).toMatch(/<link rel="manifest" href="[^"]*manifest\.webmanifest"/);
  }
});

test('the sitemap lists every page and robots.txt points to it', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] ?? '').pathname)
    .sort();
  expect(listed).toEqual(builtPagePaths());
  expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(
    /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m,
  );
});

test('the web app manifest names the handbook and its colours', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Rebuilding Trust',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });
  expect((await request.get('/favicon.svg')).status()).toBe(200);
});
