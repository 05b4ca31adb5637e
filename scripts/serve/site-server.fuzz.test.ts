// Fuzz test: thousands of random request targets and methods, sent as raw bytes
// to the real `npm start` server (scripts/serve.mjs) on a loopback port. Every
// request must get an HTTP answer with the site's headers, no redirect may leave
// the site, and the server must still be up and serving at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const RUNS = 5000;
const TIME_LIMIT_MS = 25_000;
const ANSWER_TIMEOUT_MS = 3_000;

const serveScript = fileURLToPath(new URL('../serve.mjs', import.meta.url));
let site = '';
let server: ChildProcess;
let port = 0;

interface Answer {
  status: number;
  headers: Map<string, string>;
}

/** Sends one raw request and reads the answer's status line and headers. */
function send(method: string, target: string): Promise<Answer> {
  const request = Buffer.concat([
    Buffer.from(`${method} `, 'latin1'),
    Buffer.from(target, 'utf8'),
    Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 'latin1'),
  ]);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Written, not ended: Node drops a pending answer when the client half-closes.
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`));
    }, ANSWER_TIMEOUT_MS);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.split('\r\n\r\n')[0] ?? '';
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine);
      if (!status) {
        reject(new Error(`not an HTTP answer: ${JSON.stringify(text.slice(0, 80))}`));
        return;
      }
      const headers = new Map<string, string>();
      for (const line of lines) {
        const at = line.indexOf(':');
        if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
      }
      resolve({ status: Number(status[1]), headers });
    });
  });
}

beforeAll(async () => {
  // A tiny built site: home, a chapter directory, a stylesheet, 404 and _headers.
  site = mkdtempSync(join(tmpdir(), 'rt-serve-fuzz-'));
  const pages: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Not found</h1>',
    'chapters/index.html': '<h1>Chapters</h1>',
    'chapters/tell-the-truth/index.html': '<h1>Tell the truth</h1>',
    '_astro/site.css': 'body{}',
    _headers: '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n',
  };
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), body);
  }
  server = spawn(process.execPath, [serveScript], {
    env: { ...process.env, DIST_DIR: site, PORT: '0', HOST: '127.0.0.1', BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /localhost:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
  if (site) rmSync(site, { recursive: true, force: true });
});

const segment = fc.oneof(
  fc.constantFrom(
    ...['', '.', '..', '%2e', '%2E%2e', 'chapters', 'tell-the-truth', 'index.html', '_astro'],
    ...['site.css', '%', '%E0%A4%A', '%E0%A4', '%C0%AF', '%FF', '%2F', '%5C', '%00', '[', ']'],
    ...['\\', '?', '?q=a', '#', '@', ':', 'http:', '~', '*', '%20', '\t', '\u00e9', '\u0007'],
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const pathTarget = fc.array(segment, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`);
const target = fc
  .oneof(
    pathTarget,
    pathTarget.map((path) => `/${path}`),
    pathTarget.map((path) => `http://example.org${path}`),
    fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', '//', 'http:'),
        fc.string(),
      )
      .map(([scheme, rest]) => `${scheme}${rest}`),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom('*', '//[', '/%E0%A4%A', '/.//chapters', 'localhost:80'),
    // Anything but CR and LF, which would end the request line early.
  )
  .filter((text) => text.length > 0 && !/[\r\n]/.test(text));
const method = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT'),
  fc.constantFrom('PROPFIND', 'get', 'G ET', ''),
  fc.stringMatching(/^[A-Z]{1,10}$/),
);

describe('the local server under random requests', () => {
  it(
    'answers every request with the site headers, keeps redirects on the site and stays up',
    async () => {
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(method, target, async (m, t) => {
          sent += 1;
          const answer = await send(m, t);
          const allowed = m === 'GET' || m === 'HEAD' ? [200, 301, 400, 404] : [400, 405];
          expect(allowed, `${m} ${t}`).toContain(answer.status);
          expect(answer.headers.get('x-content-type-options'), `${m} ${t}`).toBe('nosniff');
          if (answer.status === 405) expect(answer.headers.get('allow')).toBe('GET, HEAD');
          if (answer.status === 301) {
            // One leading slash, then not a slash or backslash: never another host.
            expect(answer.headers.get('location'), `${m} ${t}`).toMatch(/^\/(?![/\\])/);
          }
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
      expect(sent).toBeGreaterThan(RUNS / 4);
      expect(server.exitCode).toBeNull();
      expect((await send('GET', '/chapters/tell-the-truth/')).status).toBe(200);
    },
    TIME_LIMIT_MS + 30_000,
  );

  it('answers the requests that used to stop it', async () => {
    expect((await send('GET', '/%E0%A4%A')).status).toBe(400);
    expect((await send('GET', '//[')).status).toBe(400);
    expect((await send('POST', '/')).status).toBe(405);
    const redirect = await send('GET', '/.//chapters');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/chapters/');
    expect(redirect.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await send('GET', '/')).status).toBe(200);
    expect(server.exitCode).toBeNull();
  });

  it("gives a mangled link the site's own not-found page, and never serves _headers", async () => {
    const mangled = await fetch(`http://127.0.0.1:${port}/chapters/%E0%A4%A`);
    expect(mangled.status).toBe(400);
    expect(await mangled.text()).toContain('Not found');
    const headers = await fetch(`http://127.0.0.1:${port}/_headers`);
    expect(headers.status).toBe(404);
    expect(await headers.text()).not.toContain('nosniff');
  });
});
