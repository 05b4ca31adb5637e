// @ts-check
/**
 * What the local server answers to one request, decided from the method and
 * the request target alone. The file system stays outside: the caller passes
 * `lookup`, which says whether a path inside the site is a file, a directory
 * or missing. Nothing here throws, whatever the input.
 */

/** @typedef {'file' | 'directory' | 'missing'} PathKind */
/** @typedef {(relativePath: string) => PathKind} Lookup */
/**
 * @typedef {{ status: 200, file: string }
 *   | { status: 301, location: string }
 *   | { status: 400, reason: string }
 *   | { status: 404 }
 *   | { status: 405, allow: string }} Decision
 */
/**
 * `canonical`: written the one way the site links to it, without empty, "."
 * or ".." segments.
 * @typedef {{ segments: string[], trailingSlash: boolean, query: string, canonical: boolean }} Target
 */

/** A static site answers these two and nothing else. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];

/** The host's own settings files, built into the site but never served (as on Netlify or Cloudflare). */
const HOST_FILES = new Set(['_headers', '_redirects']);

// RFC 3986 path characters (pchar and "/"); a "%" must start a full %XX escape.
const PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
// Absolute-form (a proxy-style "http://host/path" target): only its path and query count.
const ABSOLUTE = /^https?:\/\/[^/?#]+([/?#].*)?$/i;
// Characters that must never come out of a decoded segment: they would change
// the path's meaning (an encoded "/" or "\") or are not names (control characters).
// eslint-disable-next-line no-control-regex
const UNSAFE_DECODED = /[/\\\u0000-\u001f\u007f]/;

/**
 * Parses a request target into decoded path segments, with "." and ".." resolved
 * and empty segments dropped (so "/.//chapters" is "/chapters").
 * @param {string} target
 * @returns {Target | { error: string }}
 */
export function parseTarget(target) {
  let rest = target;
  if (!rest.startsWith('/')) {
    const absolute = ABSOLUTE.exec(rest);
    if (!absolute) return { error: 'the request target is not a path' };
    rest = absolute[1] ?? '/';
    if (!rest.startsWith('/')) rest = `/${rest}`;
  }
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) rest = rest.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const rawPath = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
  const query = queryAt >= 0 ? rest.slice(queryAt) : '';
  if (!PATH.test(rawPath)) return { error: 'the path has characters a URL path cannot hold' };

  const rawSegments = rawPath.split('/').slice(1);
  /** @type {string[]} */
  const segments = [];
  let trailingSlash = true;
  let canonical = true;
  for (const [at, raw] of rawSegments.entries()) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { error: 'the path has a percent-escape that is not UTF-8' };
    }
    if (UNSAFE_DECODED.test(segment)) {
      return { error: 'the path has an encoded slash or control character' };
    }
    // "." and ".." (also written %2e) name a directory, so the path ends like "/".
    trailingSlash = segment === '' || segment === '.' || segment === '..';
    // Only the last segment may be empty: it is the trailing slash.
    if ((segment === '' && at < rawSegments.length - 1) || segment === '.' || segment === '..')
      canonical = false;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { error: 'the path climbs above the site' };
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return { segments, trailingSlash, query, canonical };
}

/**
 * A path-absolute URL for these segments: it starts with exactly one "/", so a
 * browser can never read it as another host ("//host" or "/\host").
 * @param {string[]} segments
 * @param {boolean} trailingSlash
 * @param {string} query
 */
export function locationFor(segments, trailingSlash, query) {
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
  const safeQuery = query.replace(/[^\x21-\x7e]/g, (char) => encodeURIComponent(char));
  return `/${path}${path && trailingSlash ? '/' : ''}${safeQuery}`;
}

/**
 * The segments of a base path such as "/handbook/" (none for "/").
 * @param {string} base
 */
export function baseSegments(base) {
  return base.split('/').filter(Boolean);
}

/**
 * @param {string} method
 * @param {string} target the request target exactly as received
 * @param {{ base?: string, lookup: Lookup }} site
 * @returns {Decision}
 */
export function decideRequest(method, target, { base = '/', lookup }) {
  if (!ALLOWED_METHODS.includes(method)) {
    return { status: 405, allow: ALLOWED_METHODS.join(', ') };
  }
  const parsed = parseTarget(target);
  if ('error' in parsed) return { status: 400, reason: parsed.error };

  const { segments, trailingSlash, query, canonical } = parsed;
  // "//chapters/x/" or "/a/../chapters/x/": one address for each page, so
  // send the reader to the one the site links to (one hop), if it is there.
  if (!canonical) {
    const location = locationFor(segments, trailingSlash, query);
    const decision = decideRequest(method, location, { base, lookup });
    return decision.status === 200 ? { status: 301, location } : decision;
  }
  const prefix = baseSegments(base);
  if (prefix.some((segment, i) => segments[i] !== segment)) return { status: 404 };
  const inside = segments.slice(prefix.length);

  if (trailingSlash || (inside.length === 0 && prefix.length === 0)) {
    const index = [...inside, 'index.html'].join('/');
    return lookup(index) === 'file' ? { status: 200, file: index } : { status: 404 };
  }
  const relative = inside.join('/');
  if (HOST_FILES.has(relative)) return { status: 404 };
  const kind = lookup(relative);
  if (kind === 'file' && inside.length > 0) return { status: 200, file: relative };
  // A directory without its trailing slash: redirect, as static hosts do.
  if (kind === 'directory' && lookup([...inside, 'index.html'].join('/')) === 'file') {
    return { status: 301, location: locationFor(segments, true, query) };
  }
  return { status: 404 };
}
