/**
 * Lean islands: zod checks content at build time only. Everything an island
 * (a .tsx component, or a script it loads) imports at run time must check
 * saved records and files with small typed guards, so zod never ships
 * to a reader's browser.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ending);
    return ending.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Run-time imports of a module (type-only imports are erased and do not count). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every package an island pulls in at run time, with the chain of files that leads to it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next && /\.tsx?$/.test(next)) walk(next, [...chain, relative(root, next)]);
      } else if (!packages.has(spec)) packages.set(spec, chain);
    }
  };
  walk(entry, [relative(root, entry)]);
  return packages;
}

describe('lean islands', () => {
  it('reads run-time imports and skips type-only ones', () => {
    expect(
      runtimeImports(
        "import type { A } from './a';\nimport { b } from './b';\nexport { c } from 'c';\nimport 'd';",
      ),
    ).toEqual(['./b', 'c', 'd']);
  });

  const islands = filesUnder(join(root, 'src/components'), /\.tsx$/);

  it('finds the islands', () => {
    expect(islands.length).toBeGreaterThan(2);
  });

  it.each(islands.map((file) => [relative(root, file), file]))(
    '%s ships no zod to the browser',
    (_name, file) => {
      const zod = [...packagesReachedFrom(file)].filter(([spec]) => /(^|\/)zod$/.test(spec));
      expect(zod.map(([spec, chain]) => `${spec} via ${chain.join(' → ')}`)).toEqual([]);
    },
  );
});
