#!/usr/bin/env node
// Screenshots of built pages at 375 px and 1280 px, light and dark, for a
// person to look at: `node scripts/screenshots.mjs [outDir] [path ...]`.
// Serves DIST_DIR (default dist) on a spare port while it runs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from './browser.mjs';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/chapters/tell-the-whole-truth/', '/about/'];
const port = Number(process.env.PORT ?? 4390);
mkdirSync(outDir, { recursive: true });

const server = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 600));
const executablePath = findBrowser() ?? undefined;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  for (const path of pages) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
        await page.close();
        console.log(`${outDir}/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
