/** `About` → `About · Rebuilding Trust`; the home page keeps just the site name. */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} · ${siteName}`;
}

/** `/handbook/chapters/x/` with base `/handbook/` → `/chapters/x/`. */
export function pathWithoutBase(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix && pathname.startsWith(prefix)) {
    const rest = pathname.slice(prefix.length);
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return pathname;
}
