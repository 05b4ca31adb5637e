/**
 * The address printed at the foot of a paper sheet, so the paper leads back
 * to the handbook. Only a real public address is printed: without SITE_URL
 * the build's placeholder would send a reader to a site that is not theirs,
 * so the sheet carries just the handbook's name.
 */
export function printedAddress(siteUrl: string | undefined, pathname: string): string | null {
  const site = siteUrl?.trim();
  if (!site) return null;
  try {
    return new URL(pathname, site.endsWith('/') ? site : `${site}/`).href;
  } catch {
    return null;
  }
}
