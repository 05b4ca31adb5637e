/**
 * A second copy of the built site on its own port, whose service worker can
 * be "redeployed" (changed by a byte) mid-test, to check what a reader sees
 * when a new version of the handbook goes live. Only for the offline tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serveRedeployableSite(root: string) {
  let version = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': types['.html'] });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (path.endsWith('/sw.js')) {
      void readFile(file, 'utf8').then((text) => {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
        response.end(`${text}\n// version ${version}\n`);
      });
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    /** The next request for sw.js gets a changed worker, as after a deploy. */
    redeploy: () => {
      version += 1;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
