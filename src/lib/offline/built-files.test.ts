import { describe, expect, it } from 'vitest';
import { fileForEntry, isOfflineRegistrationScript, precacheEntries } from './built-files';

describe('precacheEntries', () => {
  it('reads the list Workbox writes into sw.js, pages and files alike', () => {
    const sw =
      'Fe([{"revision":"a1","url":"/handbook/"},{"revision":"b2","url":"chapters/be-there/"},{"revision":null,"url":"_astro/x.123.js"}],{ignoreURLParametersMatching:[/./]})';
    expect(precacheEntries(sw)).toEqual([
      { url: '/handbook/', revision: 'a1' },
      { url: 'chapters/be-there/', revision: 'b2' },
      { url: '_astro/x.123.js', revision: null },
    ]);
  });
});

describe('fileForEntry', () => {
  it('maps page addresses to their index.html, with or without a base', () => {
    expect(fileForEntry('/', '/')).toBe('index.html');
    expect(fileForEntry('/handbook/', '/handbook/')).toBe('index.html');
    expect(fileForEntry('chapters/be-there/', '/handbook/')).toBe('chapters/be-there/index.html');
    expect(fileForEntry('pagefind/pagefind.js', '/')).toBe('pagefind/pagefind.js');
  });
});

describe('isOfflineRegistrationScript', () => {
  it('knows the registration file and nothing else', () => {
    expect(
      isOfflineRegistrationScript(
        '/_astro/OfflineRegister.astro_astro_type_script_index_0_lang.CVVH_ITJ.js',
      ),
    ).toBe(true);
    expect(
      isOfflineRegistrationScript(
        '/handbook/_astro/OfflineRegister.astro_astro_type_script_index_0_lang.CVVH_ITJ.js',
      ),
    ).toBe(true);
    // Chunks of the islands never count as registration.
    expect(isOfflineRegistrationScript('/_astro/islands.BY90OrmL.js')).toBe(false);
    expect(isOfflineRegistrationScript('/_astro/search-ui-DmUFV1Xv.js')).toBe(false);
    expect(isOfflineRegistrationScript('/pagefind/pagefind.js')).toBe(false);
  });
});
