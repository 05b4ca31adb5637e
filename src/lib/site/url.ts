/**
 * Site-absolute paths written in code (`/chapters/x/`) must work when the
 * handbook is served under a sub-path, so every link goes through `withBase`.
 */
export { withBase } from '../markdown/remark-section-ids';
import { withBase } from '../markdown/remark-section-ids';

export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** True when `current` is `path` or a page below it, ignoring the base. */
export function isCurrentSection(current: string, path: string): boolean {
  const strip = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return strip(current).startsWith(strip(path));
}
