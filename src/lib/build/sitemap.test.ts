import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  it('lists pages with the site address and base, without the 404 page', () => {
    const xml = sitemapXml('https://example.org', '/handbook/', ['/about/', '/', '/404.html']);
    expect(xml).toContain('<loc>https://example.org/handbook/</loc>');
    expect(xml).toContain('<loc>https://example.org/handbook/about/</loc>');
    expect(xml).not.toContain('404');
  });
});
