#!/usr/bin/env node
// The production build, in three Vite builds into one folder (default dist):
//   1. vite.config.ts         the site (index.html, lessons/<slug>/index.html, 404.html),
//      then scripts/prerender.mjs writes each lesson's HTML into its page
//   2. vite.iframe.config.ts  /embed/<id> pages on preact/compat, then sw.js for both
//   3. vite.embed.config.ts   the <logit-lab-widget> script, <outDir>/embed/logit-lab.js
// `node scripts/build.mjs [outDir]`; other scripts import buildAll().
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export function buildAll(outDir = 'dist', logLevel = 'warn') {
  const steps = [
    ['site', ['--outDir', outDir, '--emptyOutDir']],
    ['lesson pages prerendered', null],
    ['iframe embeds', ['-c', 'vite.iframe.config.ts', '--outDir', outDir]],
    ['script-tag embed', ['-c', 'vite.embed.config.ts', '--outDir', `${outDir}/embed`]],
  ];
  for (const [label, args] of steps) {
    const r = args
      ? spawnSync('npx', ['vite', 'build', '--logLevel', logLevel, ...args], { stdio: 'inherit' })
      : spawnSync(process.execPath, ['scripts/prerender.mjs', outDir], { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`✗ ${label} build failed`);
      return r.status ?? 1;
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(buildAll(process.argv[2] ?? 'dist', process.env.LOG_LEVEL ?? 'info'));
