#!/usr/bin/env node
// The script-tag build (<logit-lab-widget>, vite.embed.config.ts) and its sizes per widget:
//   node scripts/build-embed.mjs [outDir=dist]      → builds into <outDir>/embed, then reports
//   SKIP_BUILD=1 node scripts/build-embed.mjs       → only reports
// Reported per widget: gzip kB of everything one element with that widget loads
// (logit-lab.js, the shared React/i18n chunk, its lesson's widget list, the widget's chunks).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';

const outDir = process.argv[2] ?? process.env.E2E_OUT ?? 'dist';
const dir = join(outDir, 'embed');
if (process.env.SKIP_BUILD !== '1') {
  const b = spawnSync('npx', ['vite', 'build', '-c', 'vite.embed.config.ts', '--logLevel', 'warn', '--outDir', dir], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const entry = join(dir, 'logit-lab.js');
if (!existsSync(entry)) {
  console.error(`${entry} missing`);
  process.exit(1);
}
const read = (f) => readFileSync(f, 'utf8');
const rel = (from, spec) => normalize(join(dirname(from), spec));
const staticImports = (f) => [...read(f).matchAll(/(?:^|[;}\s])import\s*(?:[\w{},\s*$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => rel(f, m[1]));
function closure(files, seen = new Set()) {
  for (const f of files) {
    if (seen.has(f)) continue;
    seen.add(f);
    closure(staticImports(f), seen);
  }
  return seen;
}
const gz = (files) => [...files].reduce((a, f) => a + gzipSync(readFileSync(f)).length, 0) / 1024;
const mount = rel(entry, /import\(["'`](\.\/chunks\/mount-[^"'`]+)["'`]\)/.exec(read(entry))[1]);
const base = closure([entry, mount]);
console.log(`${'logit-lab.js + React/i18n/styles (every element)'.padEnd(52)} ${gz(base).toFixed(1).padStart(6)} kB gzip`);
const index = read(mount);
for (const m of index.matchAll(/["'`]?([a-z0-9-]+)["'`]?:\{lesson:["'`][a-z0-9-]+["'`],load:[^}]*?import\(["'`](\.\/[^"'`]+)["'`]\)/g)) {
  const list = rel(mount, m[2]);
  const own = new RegExp(`id:["'\`]${m[1]}["'\`][^}]*?import\\(["'\`](\\.\\/[^"'\`]+)["'\`]\\)`).exec(read(list));
  if (!own) continue;
  const all = closure([entry, mount, list, rel(list, own[1])]);
  console.log(`${`  ${m[1]}`.padEnd(52)} ${gz(all).toFixed(1).padStart(6)} kB gzip (own ${gz([...all].filter((f) => !base.has(f))).toFixed(1)} kB)`);
}
