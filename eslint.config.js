// ESLint flat config: the recommended rules of ESLint, typescript-eslint (without type information, to stay fast)
// and eslint-plugin-astro. Formatting is Prettier's job (npm run format); npm run lint runs both.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The same generated or authored folders Prettier leaves alone (.prettierignore).
  globalIgnores(['dist/', '**/*.builds/', 'test-results/', 'playwright-report/', '.astro/', 'content/', 'tests/fixtures/', 'src/guide/schemas/json/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build, CLI and test code runs in Node; tests also hand callbacks to the browser (page.evaluate).
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code that runs in the page: the client scripts and the <script> tags of .astro components.
    files: ['src/browser/**', '**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts', 'tests/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // A leading underscore marks a parameter or binding that is unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // Astro reads a component's Props interface to type its attributes; an empty one says it takes none.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'always' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^(_|Props$)',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
);
