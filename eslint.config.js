import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'e2e/screenshots', '**/*.mdx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: no DOM or browser storage, and nothing from the layers above it,
    // so it runs the same in a worker, in Node (tests, build) and on the page.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/**', '**/lessons/**', '**/app/**', '**/workers/**', '**/embed/**', '**/i18n/**', 'react', 'react-dom', 'd3*', 'i18next', 'zustand'], message: 'The engine is pure TypeScript: it imports nothing from the UI layers.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'self', 'postMessage', 'fetch'],
    },
  },
  {
    // Engine tests may use Node (they run g++ and python3 against references).
    files: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022, ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
