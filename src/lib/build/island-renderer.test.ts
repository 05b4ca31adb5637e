import { existsSync } from 'node:fs';
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
