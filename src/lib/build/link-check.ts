/**
 * Finds dead internal links in the built site: a link to a page that was not
 * built, or to a `#fragment` that no element on that page carries. Run after
 * every build, so renaming a heading can never leave a dead link behind.
 */
export interface BuiltPage {
  /** Site path of the page without the base, e.g. `/chapters/x/`. */
  path: string;
  html: string;
}

export interface DeadLink {
  page: string;
  href: string;
  reason: string;
}

const ID_ATTR = /\sid\s*=\s*"([^"]+)"/g;
const HREF_ATTR = /<a\b[^>]*?\shref\s*=\s*"([^"]*)"/g;

export function idsIn(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(ID_ATTR), (m) => decodeEntities(m[1] ?? '')));
}

export function linksIn(html: string): string[] {
  return Array.from(html.matchAll(HREF_ATTR), (m) => decodeEntities(m[1] ?? ''));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Resolves an href against the page it is on; null for links that leave the site. */
export function resolveLink(href: string, fromPath: string, base: string): URL | null {
  if (/^(mailto:|tel:|javascript:|data:)/i.test(href)) return null;
  const origin = 'http://handbook.invalid';
  const url = new URL(href, `${origin}${joinBase(base, fromPath)}`);
  if (url.origin !== origin) return null;
  return url;
}

function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

function stripBase(pathname: string, base: string): string | null {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!prefix) return pathname;
  if (pathname === prefix || pathname.startsWith(`${prefix}/`))
    return pathname.slice(prefix.length) || '/';
  return null;
}

/**
 * @param pages every HTML page that was built
 * @param files every other file that was built (site paths), e.g. `/favicon.svg`
 */
export function findDeadLinks(pages: BuiltPage[], files: Set<string>, base = '/'): DeadLink[] {
  const idsByPath = new Map(pages.map((p) => [p.path, idsIn(p.html)]));
  const dead: DeadLink[] = [];
  for (const page of pages) {
    for (const href of linksIn(page.html)) {
      const url = resolveLink(href, page.path, base);
      if (!url) continue;
      const target = stripBase(decodeURIComponent(url.pathname), base);
      if (target === null) {
        dead.push({ page: page.path, href, reason: `is outside the site's base ${base}` });
        continue;
      }
      const ids =
        idsByPath.get(target) ?? idsByPath.get(target.endsWith('/') ? target : `${target}/`);
      if (!ids) {
        if (!files.has(target))
          dead.push({ page: page.path, href, reason: 'points to no built page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.has(fragment)) {
        dead.push({
          page: page.path,
          href,
          reason: `has no element with id "${fragment}" on ${target}`,
        });
      }
    }
  }
  return dead;
}

export function describeDeadLinks(dead: DeadLink[]): string {
  return dead.map((d) => `  ${d.page}: link "${d.href}" ${d.reason}`).join('\n');
}
