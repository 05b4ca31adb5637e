#!/usr/bin/env node
// Makes sure the end-to-end tests have what they need: a Chromium (Playwright
// cannot download its own here, so Debian's chromium is installed when we may)
// and poppler-utils' pdftotext, which reads the printed worksheets.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './browser.mjs';

const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium poppler-utils';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const ready = () => findBrowser() !== null && has('pdftotext');
if (ready()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.log('Installing Debian’s chromium and poppler-utils for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env }).status === 0;
  if (
    run('apt-get update -qq') &&
    run('apt-get install -y -qq chromium poppler-utils') &&
    ready()
  ) {
    process.exit(0);
  }
}
console.error(
  `The end-to-end tests need Chromium and pdftotext. Install them with:\n\n  ${INSTALL}\n`,
);
process.exit(1);
