/**
 * Finds dead internal links in the built site: a link to a page that was not
 * built, or to a `#fragment` that no element on that page carries. Every URL
 * an element can carry is checked (href, src, srcset, poster, form action),
 * however the attribute was quoted, since the pages are parsed, not scanned.
 * Run after every build, so renaming a heading can never leave a dead link.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { SitePage } from './built-site';

export interface DeadLink {
  page: string;
  href: string;
  reason: string;
}

/** hast property names of the attributes that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'action', 'formAction'] as const;

function elements(tree: Root | Element, each: (element: Element) => void): void {
  visit(tree, 'element', (element: Element) => {
    each(element);
    // A <template>'s markup is a separate fragment in the tree.
    if (element.content) elements(element.content as unknown as Root, each);
  });
}

export function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  elements(tree, (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string' && id) ids.add(id);
  });
  return ids;
}

/**
 * Ids the page carries more than once (a `<template>`'s markup aside, which is
 * not in the page until used): a link, a label's `for` or a fragment finds
 * only the first, so a heading id that reuses one of the layout's
 * (`in-short`, `self-check`) or a worksheet field whose boxes take another
 * field's ids would send readers, and screen readers, to the wrong place.
 */
export function repeatedIds(tree: Root): string[] {
  const seen = new Map<string, number>();
  visit(tree, 'element', (element: Element) => {
    const id = element.properties['id'];
    if (typeof id === 'string' && id) seen.set(id, (seen.get(id) ?? 0) + 1);
  });
  return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
}

/** The URLs of an `srcset`: each candidate is a URL, then a width or density. */
export function srcsetUrls(value: unknown): string[] {
  const candidates = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(',')
      : [];
  return candidates.map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** Every URL the page's elements point to, entities decoded. */
export function linksIn(tree: Root): string[] {
  const links: string[] = [];
  elements(tree, (element) => {
    for (const name of URL_PROPERTIES) {
      const value = element.properties[name];
      if (typeof value === 'string') links.push(value);
    }
    links.push(...srcsetUrls(element.properties['srcSet']));
  });
  return links;
}

/** Resolves an href against the page it is on; null for links that leave the site. */
export function resolveLink(href: string, fromPath: string, base: string): URL | null {
  if (/^(mailto:|tel:|javascript:|data:|blob:)/i.test(href.trim())) return null;
  const origin = 'http://handbook.invalid';
  const url = new URL(href, `${origin}${joinBase(base, fromPath)}`);
  if (url.origin !== origin) return null;
  return url;
}

function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** A %-escaped part of an address as text; null when its escapes are broken (`%E9`, `100%`). */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
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
export function findDeadLinks(
  pages: readonly Pick<SitePage, 'path' | 'tree'>[],
  files: ReadonlySet<string>,
  base = '/',
): DeadLink[] {
  const idsByPath = new Map(pages.map((p) => [p.path, idsIn(p.tree)]));
  const dead: DeadLink[] = [];
  for (const page of pages) {
    for (const href of linksIn(page.tree)) {
      const url = resolveLink(href, page.path, base);
      if (!url) continue;
      const path = decoded(url.pathname);
      const fragment = decoded(url.hash.slice(1));
      if (path === null || fragment === null) {
        dead.push({ page: page.path, href, reason: 'has a broken %-escape in it' });
        continue;
      }
      const target = stripBase(path, base);
      if (target === null) {
        dead.push({ page: page.path, href, reason: `is outside the site's base ${base}` });
        continue;
      }
      // A page by its folder, its folder without the slash, or its index.html.
      const targetPage = target.replace(/\/index\.html$/, '/');
      const ids =
        idsByPath.get(targetPage) ??
        idsByPath.get(targetPage.endsWith('/') ? targetPage : `${targetPage}/`);
      if (!ids) {
        if (!files.has(target))
          dead.push({ page: page.path, href, reason: 'points to no built page or file' });
        continue;
      }
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

export function describeDeadLinks(dead: readonly DeadLink[]): string {
  return dead.map((d) => `  ${d.page}: link "${d.href}" ${d.reason}`).join('\n');
}
