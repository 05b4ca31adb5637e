import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = findBrowser();

export default defineConfig({
  testDir: 'e2e',
  // Only specs: e2e/support/*.test.ts are Vitest unit tests of the test helpers.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // The offline copy takes over a page as soon as it installs, and a page it
    // controls fetches through it, out of reach of page.route: tests that fake
    // a slow or dropped connection would be faking nothing. Only the offline
    // tests (e2e/offline.spec.ts) run with it.
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
      // Playwright turns the back/forward cache off; readers' browsers have it on,
      // and Back after a delete must be tested as they would meet it.
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { ...(process.env as Record<string, string>), PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
