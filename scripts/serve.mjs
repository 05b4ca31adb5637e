#!/usr/bin/env node
// Serves the built site (dist/, or DIST_DIR) on localhost, as a static host
// would: under BASE_PATH if set, with 404.html for unknown paths and the headers
// from public/_headers (copied to dist/_headers) on every response.
// PORT=0 picks a free port; the address printed is the one to open.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSiteServer, normaliseBase } from './serve/site-server.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = normaliseBase(process.env.BASE_PATH);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start").`);
  process.exit(1);
}

const server = createSiteServer({ root, base });
server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Rebuilding Trust is being served at http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}${base}`,
  );
  console.log('Press Ctrl+C to stop.');
});
