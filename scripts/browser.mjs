// Finds a Chromium for Playwright: Playwright's own build where installed,
// else Debian's /usr/bin/chromium. Shared by the e2e config and benchmarks.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const debianChromium = '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline on a machine with no network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string | undefined} an executable path, or undefined for Playwright's own. */
export function findBrowser() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return undefined;
  if (existsSync(debianChromium)) return debianChromium;
  return null;
}
