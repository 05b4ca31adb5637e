import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestIcons } from '../src/lib/offline/pwa-options';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the committed app icons', () => {
  it('were made from the favicon as it is now (else run "npm run icons")', () => {
    const favicon = readFileSync('public/favicon.svg');
    const [recorded] = readFileSync('scripts/icons-source.sha256', 'utf8').split(/\s+/);
    expect(createHash('sha256').update(favicon).digest('hex'), 'run "npm run icons"').toBe(
      recorded,
    );
  });

  it('are in public/ at the sizes the manifest and the layout name', () => {
    const wanted = [
      ...manifestIcons.map((icon) => ({ file: icon.src, sizes: icon.sizes })),
      // Linked from BaseLayout.astro.
      { file: 'apple-touch-icon-180x180.png', sizes: '180x180' },
    ];
    for (const { file, sizes } of wanted) {
      const path = `public/${file}`;
      expect(existsSync(path), `${path} is missing: run "npm run icons"`).toBe(true);
      expect(pngSize(readFileSync(path)), path).toBe(sizes);
    }
  });
});
