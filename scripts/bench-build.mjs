#!/usr/bin/env node
// `npm run bench:build`: times a clean production build with its search index.
// A benchmark: prints the figure and never fails on speed.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.env.RUNS ?? 1);
const times = [];
for (let run = 1; run <= runs; run++) {
  rmSync('dist', { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error('The build failed; run "npm run build" to see why.');
    process.exit(1);
  }
  times.push(seconds);
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

const { files, bytes } = count('dist');
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `Clean build with search index (${new Date().toISOString().slice(0, 10)}, node ${process.version}):`,
);
console.log(`  runs: ${times.map((t) => `${t.toFixed(1)} s`).join(', ')}`);
console.log(`  median: ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} s`);
console.log(`  dist/: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
