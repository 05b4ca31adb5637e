import { describe, expect, it } from 'vitest';
import { decideRequest, locationFor, parseTarget, type PathKind } from './request.mjs';

// A tiny site: the home page, one chapter, a stylesheet and the 404 page.
const files = new Set([
  'index.html',
  '404.html',
  'chapters/index.html',
  'chapters/tell-the-truth/index.html',
  '_astro/site.css',
]);
const directories = new Set(['', 'chapters', 'chapters/tell-the-truth', '_astro', 'empty']);
const lookup = (path: string): PathKind =>
  files.has(path) ? 'file' : directories.has(path) ? 'directory' : 'missing';
const get = (target: string, base = '/') => decideRequest('GET', target, { base, lookup });

describe('a reader opening a page', () => {
  it('gets the home page and a chapter', () => {
    expect(get('/')).toEqual({ status: 200, file: 'index.html' });
    expect(get('/chapters/tell-the-truth/')).toEqual({
      status: 200,
      file: 'chapters/tell-the-truth/index.html',
    });
    expect(get('/_astro/site.css')).toEqual({ status: 200, file: '_astro/site.css' });
  });

  it('is answered the same for HEAD as for GET', () => {
    expect(decideRequest('HEAD', '/chapters/', { lookup })).toEqual(get('/chapters/'));
  });

  it('ignores the query string when finding the file', () => {
    expect(get('/?q=trust')).toEqual({ status: 200, file: 'index.html' });
  });

  it('reads percent-escapes in the path', () => {
    expect(get('/chapters/tell%2Dthe%2Dtruth/')).toEqual({
      status: 200,
      file: 'chapters/tell-the-truth/index.html',
    });
  });

  it('gets the 404 page for a path that does not exist, or a directory without a page', () => {
    expect(get('/nope/')).toEqual({ status: 404 });
    expect(get('/nope')).toEqual({ status: 404 });
    expect(get('/empty/')).toEqual({ status: 404 });
    expect(get('/empty')).toEqual({ status: 404 });
  });

  it('follows a proxy-style absolute target to the same page on this site', () => {
    expect(get('http://example.org/chapters/')).toEqual({
      status: 200,
      file: 'chapters/index.html',
    });
    expect(get('HTTPS://example.org')).toEqual({ status: 200, file: 'index.html' });
  });
});

describe('a link without its trailing slash', () => {
  it('redirects to the directory, keeping the query', () => {
    expect(get('/chapters')).toEqual({ status: 301, location: '/chapters/' });
    expect(get('/chapters/tell-the-truth?from=home')).toEqual({
      status: 301,
      location: '/chapters/tell-the-truth/?from=home',
    });
  });

  it('never redirects to another host, however the path is written', () => {
    for (const target of [
      '/.//chapters',
      '//chapters',
      '/./chapters',
      '///chapters',
      '/x/../chapters',
    ]) {
      const decision = get(target);
      expect(decision, target).toEqual({ status: 301, location: '/chapters/' });
    }
    expect(get('http://evil.example//chapters')).toEqual({ status: 301, location: '/chapters/' });
  });

  it('redirects to the base path itself', () => {
    const underBase = (path: string): PathKind => lookup(path);
    expect(decideRequest('GET', '/handbook', { base: '/handbook/', lookup: underBase })).toEqual({
      status: 301,
      location: '/handbook/',
    });
  });
});

describe('one address for each page', () => {
  it('sends a page written with doubled slashes or dots to its own address, in one hop', () => {
    for (const target of [
      '//chapters/tell-the-truth/',
      '/chapters//tell-the-truth/',
      '/./chapters/tell-the-truth/',
    ]) {
      expect(get(target), target).toEqual({ status: 301, location: '/chapters/tell-the-truth/' });
    }
    expect(get('/chapters//tell-the-truth/?from=x')).toEqual({
      status: 301,
      location: '/chapters/tell-the-truth/?from=x',
    });
  });

  it('gives the 404 page, not a redirect, when the address leads nowhere', () => {
    expect(get('//nope/')).toEqual({ status: 404 });
  });
});

describe("the host's settings files", () => {
  it('are never served, however they are asked for', () => {
    const withHeaders = (path: string): PathKind =>
      path === '_headers' || path === '_redirects' ? 'file' : lookup(path);
    for (const target of ['/_headers', '/_redirects', '//_headers', '/%5Fheaders']) {
      const decision = decideRequest('GET', target, { lookup: withHeaders });
      expect(decision, target).toEqual({ status: 404 });
    }
  });
});

describe('a site served under a base path', () => {
  it('serves pages under the base and nothing outside it', () => {
    expect(get('/handbook/chapters/', '/handbook/')).toEqual({
      status: 200,
      file: 'chapters/index.html',
    });
    expect(get('/handbook/', '/handbook/')).toEqual({ status: 200, file: 'index.html' });
    expect(get('/chapters/', '/handbook/')).toEqual({ status: 404 });
    expect(get('/handbookx/', '/handbook/')).toEqual({ status: 404 });
    expect(get('/handbook/../chapters/', '/handbook/')).toEqual({ status: 404 });
  });
});

describe('a malformed request', () => {
  it('gets 400 for percent-escapes that are cut short or not UTF-8', () => {
    for (const target of ['/%E0%A4%A', '/%', '/%zz', '/%E0%A4', '/%FF', '/chapters/%C0%AF']) {
      expect(get(target), target).toMatchObject({ status: 400 });
    }
  });

  it('gets 400 for targets that are not a path', () => {
    const targets = [
      '//[',
      '/[',
      '/a]b',
      '*',
      'chapters',
      'http:/x',
      'ftp://x/',
      'javascript:alert(1)',
    ];
    for (const target of [...targets, 'http://', '/a b', '/a\\b', '/a|b', '/\u00e9']) {
      expect(get(target), target).toMatchObject({ status: 400 });
    }
  });

  it('gets 400 for an encoded slash, backslash or control character', () => {
    for (const target of ['/chapters%2Ftell-the-truth/', '/a%5Cb', '/a%00b', '/a%0Ab']) {
      expect(get(target), target).toMatchObject({ status: 400 });
    }
  });
});

describe('a path that tries to leave the site', () => {
  it('is refused, however the dots are written', () => {
    const targets = [
      '/../etc/passwd',
      '/..',
      '/%2e%2e/etc/passwd',
      '/%2E%2E/',
      '/chapters/../../x',
    ];
    for (const target of [...targets, 'http://x/../../etc/passwd']) {
      expect(get(target), target).toMatchObject({ status: 400 });
    }
  });

  it('may step back inside the site, and is sent to the address the site links to', () => {
    expect(get('/chapters/../')).toEqual({ status: 301, location: '/' });
    expect(get('/chapters/tell-the-truth/..')).toEqual({ status: 301, location: '/chapters/' });
  });
});

describe('methods', () => {
  it('answers 405 with Allow: GET, HEAD to any other method', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'get']) {
      expect(decideRequest(method, '/', { lookup }), method).toEqual({
        status: 405,
        allow: 'GET, HEAD',
      });
    }
  });
});

describe('parseTarget', () => {
  it('drops empty and "." segments and resolves ".."', () => {
    expect(parseTarget('/.//a/./b/../c?x=1')).toEqual({
      segments: ['a', 'c'],
      trailingSlash: false,
      query: '?x=1',
      canonical: false,
    });
    expect(parseTarget('/a/c/?x=1')).toMatchObject({ canonical: true });
  });

  it('treats a path ending in "." or ".." as ending in "/"', () => {
    expect(parseTarget('/a/.')).toMatchObject({ segments: ['a'], trailingSlash: true });
    expect(parseTarget('/a/b/..')).toMatchObject({ segments: ['a'], trailingSlash: true });
  });
});

describe('locationFor', () => {
  it('starts with exactly one slash and escapes what a path segment cannot hold', () => {
    expect(locationFor([], true, '')).toBe('/');
    expect(locationFor(['a b', '/x', '\\y'], true, '')).toBe('/a%20b/%2Fx/%5Cy/');
    expect(locationFor(['a'], true, '?q=\u00e9 x')).toBe('/a/?q=%C3%A9%20x');
  });
});
