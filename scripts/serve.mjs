#!/usr/bin/env node
// Serves the built site (dist/) on localhost, as a static host would: under
// BASE_PATH if set, with 404.html for unknown paths and the headers from
// public/_headers (copied to dist/_headers) applied to every response.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start").`);
  process.exit(1);
}

/** Headers for every path ("/*") from a Netlify/Cloudflare style _headers file. */
function readHeaders() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let applies = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      applies = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (applies && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}
const siteHeaders = readHeaders();

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (rel.startsWith('..')) return null;
  let file = join(root, rel);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A directory without its trailing slash: redirect, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const target = file ?? join(root, '404.html');
  res.writeHead(status, {
    ...siteHeaders,
    'Content-Type': types[extname(target)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(target).pipe(res);
});

server.listen(port, host, () => {
  console.log(
    `Rebuilding Trust is being served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}${base}`,
  );
  console.log('Press Ctrl+C to stop.');
});
