import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '..');
const css = readFileSync(join(here, 'global.css'), 'utf8');

/** The folders Tailwind reads class names from (`@source '…'`, not `@source not`). */
function sourceFolders(): string[] {
  return [...css.matchAll(/^@source\s+'([^']+)';/gm)].map((m) => resolve(here, m[1] ?? ''));
}

function* markupFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* markupFiles(full);
    else if (/\.(astro|tsx)$/.test(entry.name)) yield full;
  }
}

describe('the stylesheet’s sources', () => {
  it('reads class names only from the files it names, not from the whole project', () => {
    expect(css).toMatch(/@import 'tailwindcss' source\(none\);/);
  });

  it('names a folder for every file that writes markup, so no class is left without its rule', () => {
    const folders = sourceFolders();
    const unread = [...markupFiles(src)].filter(
      (file) => !folders.some((folder) => !relative(folder, file).startsWith('..')),
    );
    expect(unread.map((file) => relative(src, file))).toEqual([]);
  });
});

describe('the dark colours', () => {
  /** The custom properties a rule sets, as written after `selector {`. */
  function declarations(selector: string): string {
    const start = css.indexOf(`${selector} {`);
    expect(start, selector).toBeGreaterThan(-1);
    return css
      .slice(start, css.indexOf('}', start))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('--') || line.startsWith('color-scheme'))
      .join('\n');
  }

  it('are the same whether the toggle chose them or a device set to dark without JavaScript', () => {
    const toggled = declarations(":root[data-theme='dark']");
    expect(toggled).toContain('--rt-page');
    expect(declarations(':root:not([data-theme])')).toBe(toggled);
  });
});
