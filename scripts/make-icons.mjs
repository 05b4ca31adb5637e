#!/usr/bin/env node
// `npm run icons`: makes the app's PNG icons from public/favicon.svg into
// public/. Run it after changing the favicon; the icons are committed, so the
// build does not remake them every time (scripts/make-icons.test.ts says
// when they are out of date).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateAssets } from '@vite-pwa/assets-generator/api/generate-assets';
import { instructions } from '@vite-pwa/assets-generator/api/instructions';

const brandColour = '#0b5d57'; // as in src/lib/offline/pwa-options.ts
// The sizes the manifest lists (manifestIcons) and the apple-touch-icon the layout links.
const iconPreset = {
  transparent: { sizes: [192, 512], favicons: [] },
  maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: brandColour } },
  apple: { sizes: [180], padding: 0.3, resizeOptions: { background: brandColour } },
};

const source = 'public/favicon.svg';
const image = readFileSync(source);
const plan = await instructions({
  imageResolver: () => image,
  imageName: source,
  preset: iconPreset,
  htmlLinks: { xhtml: false, includeId: false },
  basePath: '/',
  resolveSvgName: (name) => name,
});
await generateAssets(plan, true, 'public', (message) => console.log(message));
const hash = createHash('sha256').update(image).digest('hex');
writeFileSync('scripts/icons-source.sha256', `${hash}  ${source}\n`);
console.log(`Icons made from ${source} (sha256 ${hash.slice(0, 12)}…).`);
