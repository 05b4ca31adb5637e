import { describe, expect, it } from 'vitest';
import { offlineAddress, offlineEnabled, pwaOptions } from './pwa-options';

describe('offlineAddress', () => {
  it('keeps a page under the address a reader opens', () => {
    expect(offlineAddress('chapters/be-patient/index.html', '/')).toBe('chapters/be-patient/');
    expect(offlineAddress('index.html', '/')).toBe('/');
    expect(offlineAddress('index.html', '/handbook')).toBe('/handbook/');
  });

  it('keeps the not-found page under its file name, an address that exists', () => {
    expect(offlineAddress('404.html', '/')).toBe('404.html');
    expect(offlineAddress('/404.html', '/handbook/')).toBe('404.html');
  });

  it('leaves every other file as it is', () => {
    expect(offlineAddress('_astro/islands.abc.js', '/')).toBe('_astro/islands.abc.js');
    expect(offlineAddress('pagefind/wasm.en.pagefind', '/')).toBe('pagefind/wasm.en.pagefind');
  });
});

describe('pwaOptions', () => {
  it('lists pages by their own addresses, with 404.html in the offline copy', async () => {
    const transform = pwaOptions({ base: '/', enabled: true }).injectManifest
      ?.manifestTransforms?.[0];
    expect(transform).toBeDefined();
    const result = await transform?.([
      { url: 'about/index.html', revision: 'a', size: 1 },
      { url: '404.html', revision: 'b', size: 1 },
    ]);
    expect(result?.manifest.map((e) => e.url)).toEqual(['about/', '404.html']);
  });

  it('turns the offline copy off only when asked', () => {
    expect(offlineEnabled(undefined)).toBe(true);
    expect(offlineEnabled(' off ')).toBe(false);
    expect(offlineEnabled('0')).toBe(false);
  });
});
