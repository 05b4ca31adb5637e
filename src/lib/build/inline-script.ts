/**
 * Scripts that must run inline (before first paint, or before a list shows)
 * are written readably in their own .js files and minified here at build, so
 * each page carries the short form. Their hashes are added to the
 * Content-Security-Policy after the build (src/lib/csp/), from the final HTML.
 */
import { transformWithEsbuild } from 'vite';

export async function minifyInlineScript(source: string): Promise<string> {
  const { code } = await transformWithEsbuild(source, 'inline.js', {
    minify: true,
    target: 'es2020',
    legalComments: 'none',
  });
  return code.trim();
}
