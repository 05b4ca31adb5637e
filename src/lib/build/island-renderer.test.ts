import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, Plugin } from 'vite';
import { astroPreactClient, handbookIslandClient, islandRenderer } from './island-renderer';

function resolveIn(env: ConfigEnv, id: string): unknown {
  const plugin = islandRenderer() as Plugin & {
    config: (c: object, e: ConfigEnv) => void;
    resolveId: (id: string) => unknown;
  };
  plugin.config({}, env);
  return plugin.resolveId(id);
}

describe('islandRenderer', () => {
  it('puts the handbook’s island client in place of Astro’s, in the browser build only', () => {
    expect(existsSync(handbookIslandClient)).toBe(true);
    const browser = { command: 'build', mode: 'production', isSsrBuild: false } as const;
    expect(resolveIn(browser, astroPreactClient)).toBe(handbookIslandClient);
    expect(resolveIn(browser, 'preact')).toBeNull();
    expect(resolveIn({ ...browser, isSsrBuild: true }, astroPreactClient)).toBeNull();
    expect(resolveIn({ command: 'serve', mode: 'development' }, astroPreactClient)).toBeNull();
  });
});

describe('the handbook’s island client', () => {
  it('was copied from the @astrojs/preact installed: an upgrade must be compared with it first', () => {
    const installed = JSON.parse(
      readFileSync('node_modules/@astrojs/preact/package.json', 'utf8'),
    ) as { version: string };
    // hydrate-island.ts follows @astrojs/preact 4.1.3's dist/client.js without signal props.
    expect(
      installed.version,
      'compare node_modules/@astrojs/preact/dist/client.js with src/lib/browser/hydrate-island.ts, then update this version',
    ).toBe('4.1.3');
  });
});
