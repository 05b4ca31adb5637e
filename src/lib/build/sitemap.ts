import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';

/** The sitemap search engines read; lists every page given, but the 404. */
export function sitemapXml(site: string, base: string, paths: string[]): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const urls = paths
    .filter((p) => p !== '/404/' && p !== '/404.html')
    .sort()
    .map((p) => `  <url><loc>${escapeXml(new URL(`${prefix}${p}`, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Whether a page asks search engines to leave it out (`<meta name="robots" content="noindex">`). */
export function isNoindex(tree: Root): boolean {
  return selectAll('meta[name="robots"]', tree).some((meta) =>
    String(meta.properties['content'] ?? '')
      .toLowerCase()
      .includes('noindex'),
  );
}
