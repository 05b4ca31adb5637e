#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first that fails.
// Ends with one line "tests: N passed, N failed" counting unit and e2e tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
// Playwright empties test-results/ when it starts, so unit counts live in reports/.
mkdirSync('reports', { recursive: true });

const steps = [
  ['Format (Prettier)', 'npx prettier --check .'],
  ['Lint (ESLint)', 'npx eslint .'],
  ['Types (astro check)', 'npx astro check'],
  [
    'Unit tests (Vitest)',
    'npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json',
  ],
  ['Build with search index', 'npm run build'],
  ['Browser for end-to-end tests', 'node scripts/ensure-browser.mjs'],
  ['End-to-end tests (Playwright)', 'npx playwright test'],
];

function counts(file, pick) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}

rmSync('reports/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
let failedStep = '';
for (const [name, command] of steps) {
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env });
  console.log(
    `=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const unit = counts('reports/unit.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}));
const e2e = counts('test-results/e2e.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
}));
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
if (failedStep) console.log(`Stopped at: ${failedStep}`);
const failed = unit.failed + e2e.failed + (failedStep ? 1 : 0);
console.log(`tests: ${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
