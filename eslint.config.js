// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import betterTailwind from 'eslint-plugin-better-tailwindcss';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'bench-results/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Class order is Prettier's job (prettier-plugin-tailwindcss); ESLint checks
    // that every class exists and that no two classes fight over one property.
    files: ['**/*.astro', '**/*.tsx'],
    plugins: { 'better-tailwindcss': betterTailwind },
    settings: { 'better-tailwindcss': { entryPoint: 'src/styles/global.css' } },
    rules: {
      // prose-handbook is the site's own class for long-form text (global.css);
      // worksheet and ws-* are the worksheet's print styles (Worksheet/worksheet.css).
      'better-tailwindcss/no-unknown-classes': [
        'error',
        { ignore: ['prose-handbook', '^worksheet', '^ws-'] },
      ],
      'better-tailwindcss/no-conflicting-classes': 'error',
      'better-tailwindcss/no-duplicate-classes': 'error',
      'better-tailwindcss/no-deprecated-classes': 'error',
    },
  },
);
