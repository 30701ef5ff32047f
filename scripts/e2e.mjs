#!/usr/bin/env node
// Runs the Playwright journeys against the production build (vite preview), in Chromium
// found by find-chromium.mjs. Builds first unless SKIP_BUILD=1. Extra args go to Playwright
// (e.g. a spec file). E2E_OUT and E2E_PORT give a private build folder and port.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runnerImport } from 'vite';
import { findChromium } from './find-chromium.mjs';
import { buildAll } from './build.mjs';

const exe = await findChromium().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE = exe;
const outDir = process.env.E2E_OUT ?? 'dist';
// Running only some lesson journeys? Build only those lessons (plus the gallery that the
// shell journeys use), so an unfinished lesson elsewhere cannot break this run. Any spec
// that is not a lesson's (shell, sharing, embed…) needs every lesson: build them all.
const { module: { lessonSlugs } } = await runnerImport('./src/lessons/slugs.ts', { configFile: false, logLevel: 'error' });
const specNames = process.argv.slice(2).map((a) => /e2e\/(?:.*\/)?([a-z0-9-]+)\.spec\.ts$/.exec(a)?.[1]).filter(Boolean);
const allLessons = lessonSlugs.length === 0 || specNames.length === 0 || specNames.some((n) => !lessonSlugs.includes(n));
if (process.env.LESSONS_ONLY === undefined && !allLessons) process.env.LESSONS_ONLY = ['activation-gallery', ...specNames].join(',');
if (process.env.SKIP_BUILD !== '1' || !existsSync(`${outDir}/index.html`)) {
  const status = buildAll(outDir);
  if (status !== 0) process.exit(status);
}
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
