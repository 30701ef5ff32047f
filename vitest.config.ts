import { defineConfig } from 'vitest/config';

// Unit and property tests live beside the code they test; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
