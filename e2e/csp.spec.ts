import { expect, test, type Page } from '@playwright/test';
import { exercisePage } from './support/exercise';
import { builtPagePaths } from './support/site';

const pages = builtPagePaths();

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  return async () => [
    ...violations,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    )),
  ];
}

test('every page carries one policy: scripts only from the site or by hash, no plugins', async ({
  request,
}) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const policies = [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]+)"/g)];
    expect(policies, path).toHaveLength(1);
    const policy = policies[0]?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    // The policy comes before any script, so it covers all of them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  }
});

test('responses carry the policy and the other security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
});

test('the policy really blocks a script that was not part of the page', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.head.append(script);
    return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/script-src/));
});

for (const path of pages) {
  test(`${path}: no CSP violation while the reader uses it`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await exercisePage(page);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('search runs under the policy (WebAssembly allowed)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=trust', { waitUntil: 'networkidle' });
  const found = await page.evaluate(async () => {
    const url = `${document.baseURI.replace(/search\/.*$/, '')}pagefind/pagefind.js`;
    const pagefind = (await import(url)) as {
      search: (q: string) => Promise<{ results: unknown[] }>;
    };
    return (await pagefind.search('trust')).results.length;
  });
  expect(found).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});
