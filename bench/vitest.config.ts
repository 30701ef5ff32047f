import { defineConfig } from 'vitest/config';

// Benchmarks are run by `npm run bench` only: they print figures, they never gate `npm test`.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
