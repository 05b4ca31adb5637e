import { describe, expect, it } from 'vitest';
import { lazyScriptModule } from './lazy-script';

describe('lazyScriptModule', () => {
  it('names the built file by Rollup’s reference in the browser build', () => {
    expect(lazyScriptModule('/site/src/x.ts', { mode: 'build', fileRef: 'abc123' })).toBe(
      'export default import.meta.ROLLUP_FILE_URL_abc123;',
    );
  });

  it('names the source file under the base on the dev server', () => {
    expect(
      lazyScriptModule('/site/src/components/Search/search-ui.ts', {
        mode: 'dev',
        base: '/handbook',
        root: '/site',
      }),
    ).toBe('export default "/handbook/src/components/Search/search-ui.ts";');
  });

  it('reaches a file outside the project through Vite’s /@fs/', () => {
    expect(lazyScriptModule('/elsewhere/x.ts', { mode: 'dev', base: '/', root: '/site' })).toBe(
      'export default "/@fs/elsewhere/x.ts";',
    );
  });
});
