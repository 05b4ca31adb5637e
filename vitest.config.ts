/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.{ts,mjs}',
      'e2e/support/**/*.test.ts',
    ],
    environment: 'node',
  },
});
