import { cpus } from 'node:os';
import { defineConfig } from '@playwright/test';

// Journeys run against the production build served by `vite preview`, in the Chromium that
// scripts/find-chromium.mjs located (Debian's package; Playwright's download is not used).
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';
const jsonReport = process.env.PW_JSON_REPORT;
// E2E_PORT / E2E_OUT let several checkouts or engineers run journeys side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: true,
  // One browser per core, at least 2 and at most 4: the sweeps are CPU-bound (axe, layout).
  workers: Math.max(2, Math.min(4, cpus().length)),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // Timing-sensitive journeys (tagged @perf) run last and alone: with two workers sharing
  // two cores, a long-task budget would measure the neighbour's load, not our code.
  projects: [
    { name: 'journeys', grepInvert: /@perf/, testIgnore: 'heavy/**' },
    // Journeys that download and run something big (Yosys in WebAssembly, ~34 MB): alone in
    // their folder, with minutes to spare on a loaded machine. Run with --project heavy.
    { name: 'heavy', testMatch: 'heavy/**/*.spec.ts', timeout: 600_000 },
    // One retry: a measurement disturbed by something outside the test is taken again. After
    // the heavy project too, and one at a time: in two CI runs the dead-relu long-task check
    // failed its first attempt (88–332 ms tasks) while the digit journey trained beside it.
    { name: 'perf', grep: /@perf/, dependencies: ['journeys', 'heavy'], retries: 1, workers: 1 },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    // Hostile-URL journeys send 10,000-element arrays: allow long request lines.
    env: { NODE_OPTIONS: '--max-http-header-size=131072' },
    timeout: 60_000,
  },
});
