#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first that fails. Each step
// is a package.json script, so `npm run <name>` alone does the same thing.
// Ends with one line "tests: N passed, N failed" counting unit and e2e tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
// Playwright empties test-results/ when it starts, so unit counts live in reports/
// (`test:unit` writes reports/unit.json; `test:e2e` writes test-results/e2e.json).
mkdirSync('reports', { recursive: true });

const steps = [
  ['Format and lint (Prettier, ESLint)', 'lint'],
  ['Types (astro check)', 'check'],
  ['Unit tests (Vitest)', 'test:unit'],
  ['Build with search index', 'build'],
  ['End-to-end tests (Playwright)', 'test:e2e'],
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
for (const [name, script] of steps) {
  console.log(`\n=== ${name}: npm run ${script}`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', script], { stdio: 'inherit', env });
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
