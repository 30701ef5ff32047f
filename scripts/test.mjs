#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, production build, e2e journeys in Chromium, then
// smoke journeys in Firefox and WebKit (scripts/e2e-browsers.mjs; SKIP_BROWSERS opts out).
// Stops at the first failing stage and ends with one plain summary line of test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const REPORTS = 'test-results/reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(label, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${label} failed after ${secs}s`);
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} (${secs}s)`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function counts() {
  const unit = readJson(`${REPORTS}/unit.json`);
  const e2e = readJson(`${REPORTS}/e2e.json`);
  const u = unit ? { passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests + unit.numTodoTests } : null;
  const e = e2e ? { passed: e2e.stats.expected + (e2e.stats.flaky ?? 0), failed: e2e.stats.unexpected, skipped: e2e.stats.skipped } : null;
  const b = readJson(`${REPORTS}/browsers.json`);
  return { u, e, b };
}

function summary() {
  const { u, e, b } = counts();
  const passed = (u?.passed ?? 0) + (e?.passed ?? 0) + (b?.passed ?? 0);
  const failed = (u?.failed ?? 0) + (e?.failed ?? 0) + (b?.failed ?? 0);
  const skipped = (u?.skipped ?? 0) + (e?.skipped ?? 0);
  console.log('\n── Logit Lab test summary ──');
  if (u) console.log(`unit: ${u.passed} passed, ${u.failed} failed, ${u.skipped} skipped`);
  if (e) console.log(`e2e: ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped`);
  if (b) console.log(`browsers (Firefox, WebKit): ${b.passed} passed, ${b.failed} failed${b.skipped.length ? ` (skipped: ${b.skipped.join(', ')})` : ''}`);
  console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

// Find (or install) Chromium first, so a machine without one fails fast and clearly.
const chromium = await findChromium().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/unit.json`]);
run('build (site, iframe embeds, script-tag embed)', 'node', ['scripts/build.mjs', 'dist']);
run('size budgets', 'node', ['scripts/check-size.mjs']);
run('e2e journeys', 'npx', ['playwright', 'test'], { PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium, PW_JSON_REPORT: `${REPORTS}/e2e.json` });
run('smoke journeys in Firefox and WebKit', 'node', ['scripts/e2e-browsers.mjs'], { BROWSERS_DIST: 'dist', BROWSERS_REPORT: `${REPORTS}/browsers.json` });
summary();
