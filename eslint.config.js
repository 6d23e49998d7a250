// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'bench/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...astro.configs['flat/recommended'],
  {
    // Inside .astro files the ESLint parser cannot see the types of imported .astro components,
    // so it reports them as unsafe; `astro check` type-checks those files properly instead.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // The same blind spot in the one TypeScript module that maps slugs to .astro components.
    files: ['src/components/calculators/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The scoring and arithmetic must run anywhere: in the build, in the browser, in tests.
    files: ['src/logic/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'astro', message: 'src/logic/ is pure TypeScript: no Astro.' },
            { name: 'preact', message: 'src/logic/ is pure TypeScript: no Preact.' },
          ],
          patterns: [
            {
              group: ['astro:*', 'astro/*', '!astro/zod'],
              message: 'src/logic/ is pure TypeScript: no Astro.',
            },
            {
              group: ['preact/*', '@preact/*'],
              message: 'src/logic/ is pure TypeScript: no Preact.',
            },
            {
              group: ['**/islands/*', '**/components/*', '**/*.astro', '**/*.tsx'],
              message: 'src/logic/ may not depend on views.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'location',
      ],
    },
  },
);
