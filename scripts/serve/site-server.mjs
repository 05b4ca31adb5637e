// @ts-check
/**
 * The local static server for the built site, as a static host would serve it:
 * under a base path, with 404.html for unknown paths (and, as a 400, for
 * malformed ones) and the headers from dist/_headers on every response
 * (redirects and errors included). What to answer is decided in
 * ./request.mjs; this file only touches files and sockets.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { decideRequest } from './request.mjs';

/** @type {Record<string, string>} */
const TYPES = {
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
  '.pdf': 'application/pdf',
};

const STATUS_TEXT = /** @type {Record<number, string>} */ ({
  301: 'Moved Permanently',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
});

/**
 * Headers for every path ("/*") from a Netlify/Cloudflare style _headers file.
 * @param {string} file
 * @returns {Record<string, string>}
 */
export function readHeadersFile(file) {
  if (!existsSync(file)) return {};
  /** @type {Record<string, string>} */
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

/**
 * "/handbook" or "handbook/" -> "/handbook/"; "" or "/" -> "/".
 * @param {string | undefined} basePath
 */
export function normaliseBase(basePath) {
  const inner = (basePath ?? '/').replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/**
 * @param {{ root: string, base?: string }} options
 * @returns {import('node:http').Server}
 */
export function createSiteServer({ root: rootDir, base = '/' }) {
  const root = resolve(rootDir);
  const siteHeaders = readHeadersFile(join(root, '_headers'));

  /** @param {string} relative */
  const lookup = (relative) => {
    const path = resolve(root, relative);
    // The decision never yields a path outside the site; this is a second lock.
    if (path !== root && !path.startsWith(root + sep)) return 'missing';
    try {
      const stats = statSync(path);
      return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'missing';
    } catch {
      return 'missing';
    }
  };

  /**
   * A short plain-text answer (errors and redirects), with the site's headers.
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Record<string, string>} extra
   * @param {boolean} withBody
   */
  const sendText = (res, status, extra, withBody) => {
    const body = `${STATUS_TEXT[status] ?? 'Error'}\n`;
    res.writeHead(status, {
      ...siteHeaders,
      ...extra,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-cache',
    });
    res.end(withBody ? body : undefined);
  };

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} file
   * @param {boolean} withBody
   */
  const sendFile = (res, status, file, withBody) => {
    let size;
    try {
      size = statSync(file).size;
    } catch {
      sendText(res, 404, {}, withBody);
      return;
    }
    res.writeHead(status, {
      ...siteHeaders,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': 'no-cache',
    });
    if (!withBody) {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const server = createServer((req, res) => {
    const withBody = req.method !== 'HEAD';
    try {
      const decision = decideRequest(req.method ?? '', req.url ?? '', { base, lookup });
      switch (decision.status) {
        case 200:
          sendFile(res, 200, join(root, decision.file), withBody);
          return;
        case 301:
          sendText(res, 301, { Location: decision.location }, withBody);
          return;
        case 405:
          sendText(res, 405, { Allow: decision.allow }, withBody);
          return;
        // A mangled link still gets the handbook's own page, with its search
        // and chapters, under the status that says what went wrong.
        case 400:
        default: {
          const status = decision.status === 400 ? 400 : 404;
          if (lookup('404.html') === 'file')
            sendFile(res, status, join(root, '404.html'), withBody);
          else sendText(res, status, {}, withBody);
        }
      }
    } catch (error) {
      // Never let one request stop the server; say so in the terminal.
      console.error(`Could not answer ${req.method} ${req.url}:`, error);
      if (!res.headersSent) sendText(res, 500, {}, withBody);
      else res.destroy();
    }
  });

  // Requests Node's parser refuses (bad method token, bad characters in the
  // target, oversized headers) get an answer too, then the connection closes.
  server.on('clientError', (error, socket) => {
    const code = /** @type {{ code?: string }} */ (error).code;
    if (code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.end(rawResponse(status, siteHeaders));
  });
  // CONNECT is answered like any other method this site does not serve;
  // without this listener Node would drop the connection unanswered.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(rawResponse(405, { ...siteHeaders, Allow: 'GET, HEAD' }));
  });
  return server;
}

/**
 * @param {number} status
 * @param {Record<string, string>} headers
 */
function rawResponse(status, headers) {
  const body = `${STATUS_TEXT[status] ?? 'Error'}\n`;
  const lines = Object.entries({
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  }).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
