/**
 * Site-absolute paths written in code (`/chapters/x/`) must work when the
 * handbook is served under a sub-path, so every link goes through `withBase`.
 */
export { withBase } from '../markdown/remark-section-ids';
import { withBase } from '../markdown/remark-section-ids';

export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * How a menu link to `path` is marked on the page at `current` (both without
 * the base): `page` on that page itself, `true` on a page below it (a screen
 * reader says "current page" only for the page the reader is on), or none.
 */
export function currentMark(current: string, path: string): 'page' | 'true' | undefined {
  const slash = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  if (slash(current) === slash(path)) return 'page';
  return slash(current).startsWith(slash(path)) ? 'true' : undefined;
}
