import { describe, expect, it } from 'vitest';
import { loadOnDemand } from './load-on-demand';

describe('loadOnDemand', () => {
  it('gives the module when it can be fetched', async () => {
    const mod = await loadOnDemand<{ loadOnDemand: unknown }>(
      new URL('./load-on-demand.ts', import.meta.url).href,
    );
    expect(typeof mod?.loadOnDemand).toBe('function');
  });

  it('gives null, never an error, when it cannot', async () => {
    expect(await loadOnDemand('/no/such/file.js')).toBeNull();
  });
});
