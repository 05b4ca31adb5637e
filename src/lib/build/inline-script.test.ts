import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyInlineScript } from './inline-script';

describe('minifyInlineScript', () => {
  it('keeps what the script does and drops comments and spacing', async () => {
    const source = `(function () {
      // Say hello.
      const greeting = 'hello';
      window.said = greeting + ' reader';
    })();`;
    const code = await minifyInlineScript(source);
    expect(code).not.toContain('Say hello');
    expect(code.length).toBeLessThan(source.length / 2);
    const window: { said?: string } = {};
    new Function('window', code)(window);
    expect(window.said).toBe('hello reader');
  });

  it('shortens the theme script every page carries in its <head>', async () => {
    const source = readFileSync('src/components/ThemeToggle/theme-start.js', 'utf8');
    const code = await minifyInlineScript(source);
    expect(code).toContain('"rt-theme"');
    expect(code.length).toBeLessThan(source.length * 0.6);
  });

  it('fails the build on a script that does not parse', async () => {
    await expect(minifyInlineScript('function (')).rejects.toThrow();
  });
});
