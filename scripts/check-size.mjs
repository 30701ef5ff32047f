#!/usr/bin/env node
// Size budgets on the production build (gzip):
//   - the home page's initial JS                          ≤ 150 kB
//   - each lesson's own code (chunks no other lesson uses) ≤ 60 kB
//   - each chunk shared by several lessons (engine, plots, KaTeX…) ≤ 100 kB
//   - an embed of one widget, including React              ≤ 100 kB (reported, not enforced; see README)
// Also prints what a first visit to each lesson downloads in all, for the README's table.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = { initialKb: 150, lessonKb: 60, sharedKb: 100 };
const OUT = process.env.E2E_OUT ?? 'dist';
const manifestPath = `${OUT}/.vite/manifest.json`;
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} missing: run vite build first (build.manifest must be on).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gzCache = new Map();
const gz = (key) => {
  const file = manifest[key].file;
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(`${OUT}/${file}`)).length / 1024);
  return gzCache.get(file);
};
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imp of manifest[key]?.imports ?? []) closure(imp, seen);
  return seen;
}
const kb = (keys) => [...keys].reduce((a, k) => a + gz(k), 0);

let failed = false;
const line = (label, size, budget) => {
  const ok = budget === undefined || size <= budget;
  if (!ok) failed = true;
  const b = budget === undefined ? '' : ` (budget ${budget} kB)`;
  console.log(`${ok ? '✓' : '✗'} ${label.padEnd(52)} ${size.toFixed(1).padStart(7)} kB gzip${b}`);
};

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
const initial = closure(entryKey);
line('initial JS (home page)', kb(initial), BUDGET.initialKb);

const lessonKeys = Object.keys(manifest).filter((k) => /src\/lessons\/[^/]+\/Lesson\.tsx$/.test(k));
const closures = new Map(lessonKeys.map((k) => [k, [...closure(k)].filter((c) => !initial.has(c))]));
const users = new Map();
for (const keys of closures.values()) for (const c of keys) users.set(c, (users.get(c) ?? 0) + 1);
const shared = [...users.keys()].filter((c) => users.get(c) > 1).sort((a, b) => gz(b) - gz(a));
for (const c of shared) line(`shared by ${users.get(c)} lessons: ${manifest[c].name ?? c}`, gz(c), BUDGET.sharedKb);
for (const [key, keys] of closures) {
  const slug = key.split('/')[2];
  line(`lesson ${slug}: own code`, kb(keys.filter((c) => users.get(c) === 1)), BUDGET.lessonKb);
}
console.log('\nFirst visit to a lesson (initial + shared + own), for information:');
for (const [key, keys] of closures) line(`  ${key.split('/')[2]}`, kb(initial) + kb(keys));

// An iframe embed of one widget: the embed page's entry, the lesson's widget index and the
// widget module with everything they import. Reported against its budget but not failing
// the check: React + ReactDOM + i18next alone are ~90 kB, KaTeX another 75 (see README).
const embedKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('embed.html'));
if (embedKey) {
  const base = closure(embedKey);
  console.log(`\nEmbed of one widget (/embed/<id>), including React; budget 100 kB, reported only:`);
  console.log(`  embed page entry alone ${kb(base).toFixed(1)} kB gzip`);
  const rows = Object.keys(manifest)
    .filter((k) => k.endsWith('/widgets.ts'))
    .flatMap((w) => (manifest[w].dynamicImports ?? []).map((d) => [d, kb(closure(d, closure(w, new Set(base))))]))
    .sort((a, b) => b[1] - a[1]);
  const over = rows.filter(([, size]) => size > 100).length;
  const name = (d) => manifest[d].name ?? d;
  for (const [d, size] of rows.slice(0, 3)) console.log(`  ${size > 100 ? '✗' : '✓'} ${name(d).padEnd(50)} ${size.toFixed(1).padStart(7)} kB gzip`);
  console.log(`  … ${rows.length} widgets, ${over} over 100 kB; lightest ${rows.length ? name(rows.at(-1)[0]) : '–'} ${rows.at(-1)?.[1].toFixed(1)} kB`);
}
process.exit(failed ? 1 : 0);
