#!/usr/bin/env node
// Size budgets on the production build (gzip): the home page's initial JS, and each
// lesson's own code (its chunk plus what it pulls in beyond the initial load).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = { initialKb: 150, lessonKb: 60, sharedKb: 100 };
// Library chunks split out on purpose (vite.config.ts codeSplitting groups), shared by lessons.
const SHARED = /^_?katex/;
const OUT = process.env.E2E_OUT ?? 'dist';
const manifestPath = `${OUT}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} missing: run vite build first (build.manifest must be on).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gz = (file) => gzipSync(readFileSync(`${OUT}/${file}`)).length / 1024;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imp of manifest[key]?.imports ?? []) closure(imp, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initial = closure(entryKey);
const kb = (keys) => [...keys].reduce((a, k) => a + gz(manifest[k].file), 0);
const initialKb = kb(initial);
let failed = false;
const line = (label, size, budget) => {
  const ok = size <= budget;
  if (!ok) failed = true;
  console.log(`${ok ? '✓' : '✗'} ${label.padEnd(48)} ${size.toFixed(1).padStart(7)} kB gzip (budget ${budget} kB)`);
};
line('initial JS (home page)', initialKb, BUDGET.initialKb);
const isShared = (k) => SHARED.test(manifest[k].name ?? '') && !initial.has(k);
for (const k of Object.keys(manifest).filter(isShared)) line(`shared chunk ${manifest[k].name}`, gz(manifest[k].file), BUDGET.sharedKb);
for (const key of Object.keys(manifest).filter((k) => /src\/lessons\/[^/]+\/Lesson\.tsx$/.test(k))) {
  const own = [...closure(key)].filter((k) => !initial.has(k) && !isShared(k));
  line(`lesson ${key.split('/')[2]}`, kb(own), BUDGET.lessonKb);
}
process.exit(failed ? 1 : 0);
