#!/usr/bin/env node
// `npm run bench:build`: times a clean production build with its search index.
// A benchmark: prints the figure and never fails on speed.
//
// RUNS=3 takes the median of three. BENCH_BASELINE=<git ref> also builds that
// commit, checked out once into the system's temporary folder with its own
// install (not under node_modules, where the JSX plugin would skip it), and
// alternates the two builds run by run. The same commit built here in 5.4 s
// one day and 6.8 s the next, so only builds timed side by side can say
// whether a change made the build slower.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env.RUNS ?? 1);
const baselineRef = process.env.BENCH_BASELINE;
const baselineDir = join(tmpdir(), 'rebuilding-trust-bench-baseline');

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function prepareBaseline(ref) {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const checkedOut = existsSync(baselineDir) ? git('-C', baselineDir, 'rev-parse', 'HEAD') : '';
  if (checkedOut !== commit) {
    if (existsSync(baselineDir)) git('worktree', 'remove', '--force', baselineDir);
    // A checkout deleted with node_modules is still registered until pruned.
    git('worktree', 'prune');
    git('worktree', 'add', '--detach', baselineDir, commit);
  }
  if (!existsSync(join(baselineDir, 'node_modules'))) {
    console.log(`Installing the baseline's dependencies (${commit.slice(0, 7)}) once…`);
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: baselineDir,
      stdio: 'ignore',
    });
    if (install.status !== 0) {
      console.error(
        `Could not install the baseline's dependencies; run "npm ci" in ${baselineDir}.`,
      );
      process.exit(1);
    }
  }
  return commit;
}

/** Seconds for one clean build in `cwd`, or exits when the build fails. */
function timeBuild(cwd) {
  rmSync(join(cwd, 'dist'), { recursive: true, force: true });
  rmSync(join(cwd, 'node_modules/.astro'), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(`The build in ${cwd} failed; run "npm run build" there to see why.`);
    process.exit(1);
  }
  return seconds;
}

function count(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = count(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

function report(label, times) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  ${label}`);
  console.log(`    runs: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')}`);
  console.log(`    median: ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} s`);
}

const baselineCommit = baselineRef ? prepareBaseline(baselineRef) : undefined;
const times = [];
const baselineTimes = [];
for (let run = 1; run <= runs; run++) {
  if (baselineCommit) baselineTimes.push(timeBuild(baselineDir));
  times.push(timeBuild(process.cwd()));
}

const { files, bytes } = count('dist');
console.log(
  `Clean build with search index (${new Date().toISOString().slice(0, 10)}, node ${process.version}):`,
);
report(`this tree (${git('rev-parse', '--short', 'HEAD')}, with any changes not committed)`, times);
if (baselineCommit)
  report(`baseline ${baselineCommit.slice(0, 7)}, built alternately`, baselineTimes);
console.log(`  dist/: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
