#!/usr/bin/env node
// Size budgets on the production build (gzip):
//   - the home page's initial JS                          ≤ 150 kB
//   - each lesson's own code (chunks no other lesson uses) ≤ 60 kB (one exception, LESSON_KB)
//   - each chunk shared by several lessons (engine, plots, KaTeX…) ≤ 100 kB
//   - an embed of one widget, including its UI runtime     ≤ 100 kB (what it waits for; see below)
// And one check that is not a size: every lesson's styles reach its embedded widgets.
// Also prints what a first visit to each lesson downloads in all, for the README's table.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = { initialKb: 150, lessonKb: 60, sharedKb: 100, embedKb: 100 };
/**
 * sigmoid-in-hardware: eight widgets (the most of any lesson) and the longest prose, both
 * languages: 68.8 kB on 2026-12-07, of which the MDX is 28.6 and the strings and schemas 17.7.
 * Its code panel, Yosys and the network's trainer already load on request or in workers.
 */
const LESSON_KB = { 'sigmoid-in-hardware': 72 };
const OUT = process.env.E2E_OUT ?? 'dist';
/** A Vite manifest with gzip sizes and import closures over it. */
function loadManifest(name) {
  const path = `${OUT}/.vite/${name}`;
  if (!existsSync(path)) {
    console.error(`${path} missing: run the build first (node scripts/build.mjs; build.manifest must be on).`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const sizes = new Map();
  const gz = (key) => {
    const file = manifest[key].file;
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(`${OUT}/${file}`)).length / 1024);
    return sizes.get(file);
  };
  function closure(key, seen = new Set()) {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imp of manifest[key]?.imports ?? []) closure(imp, seen);
    return seen;
  }
  return { manifest, gz, closure, kb: (keys) => [...keys].reduce((a, k) => a + gz(k), 0) };
}
const { manifest, gz, closure, kb } = loadManifest('manifest.json');

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
  line(`lesson ${slug}: own code`, kb(keys.filter((c) => users.get(c) === 1)), LESSON_KB[slug] ?? BUDGET.lessonKb);
}
console.log('\nFirst visit to a lesson (initial + shared + own), for information:');
for (const [key, keys] of closures) line(`  ${key.split('/')[2]}`, kb(initial) + kb(keys));

// An iframe embed of one widget (/embed/<id>, its own build on preact/compat): the embed
// page's entry, the lesson's widget index and the widget module with everything they import
// statically — what the widget waits for. Loaded after it, for the widgets with live
// formulas: KaTeX (see src/components/equation/katexRuntime.ts), reported beside it.
{
  const e = loadManifest('manifest-embed.json');
  const embedKey = Object.keys(e.manifest).find((k) => e.manifest[k].isEntry && k.endsWith('embed.html'));
  const base = e.closure(embedKey);
  console.log(`\nEmbed of one widget (/embed/<id>) before it shows, including its UI runtime (preact/compat):`);
  console.log(`  embed page entry alone ${e.kb(base).toFixed(1)} kB gzip`);
  const later = (keys) => {
    const lazy = new Set();
    for (const k of keys) for (const d of e.manifest[k].dynamicImports ?? []) if (/katex/.test(d)) e.closure(d, lazy);
    return [...lazy].filter((k) => !keys.has(k));
  };
  const rows = Object.keys(e.manifest)
    .filter((k) => k.endsWith('/widgets.ts'))
    .flatMap((w) =>
      (e.manifest[w].dynamicImports ?? []).map((d) => {
        const keys = e.closure(d, e.closure(w, new Set(base)));
        return { name: e.manifest[d].name ?? d, size: e.kb(keys), katex: e.kb(later(keys)) };
      }),
    )
    .sort((a, b) => b.size - a.size);
  for (const r of rows) line(`  ${r.name}${r.katex ? ` (then KaTeX +${r.katex.toFixed(1)} kB)` : ''}`, r.size, BUDGET.embedKb);
}

// An embed loads one widget module, never its lesson's Lesson.tsx: a stylesheet only the
// lesson page imports would leave the embedded widget unstyled (seen once as unreadable
// dark-theme buttons). From the two builds' manifests: every CSS rule a lesson page adds to
// the site's own must also reach that lesson's embedded widgets (rules compared as
// minified text; file names differ, since each build names CSS after its own chunks).
{
  const e = loadManifest('manifest-embed.json');
  const rulesOf = (m, keys) =>
    new Set([...keys].flatMap((k) => m[k]?.css ?? []).flatMap((f) => readFileSync(`${OUT}/${f}`, 'utf8').split('}').map((r) => r.trim()).filter(Boolean)));
  const pageRules = rulesOf(manifest, initial);
  console.log('\nLesson styles reach every embedded widget of the lesson:');
  for (const key of lessonKeys) {
    const slug = key.split('/')[2];
    const lessonRules = [...rulesOf(manifest, closure(key))].filter((r) => !pageRules.has(r));
    const widgetsKey = `src/lessons/${slug}/widgets.ts`;
    // Each rule must reach at least one of the widgets: a widget's own stylesheet (the paste
    // box's, say) need not ride along with the lesson's other widgets.
    const reached = new Set((e.manifest[widgetsKey]?.dynamicImports ?? []).flatMap((w) => [...rulesOf(e.manifest, e.closure(w, e.closure(widgetsKey)))]));
    const lacks = lessonRules.filter((r) => !reached.has(r));
    const missing = lacks.length ? [`no embedded widget has ${lacks.length} rule(s), e.g. ${lacks[0].slice(0, 60)}}`] : [];
    if (missing.length) failed = true;
    console.log(`${missing.length ? '✗' : '✓'} ${slug}${missing.length ? `: ${missing.join('; ')}` : ''}`);
  }
}
// Yosys (sigmoid-in-hardware's "Synthesize"): a worker, @yowasp/yosys's chunks and wasm, loaded
// only when the reader asks and never precached. Reported, not budgeted: no page waits for it.
{
  const { readdirSync, statSync } = await import('node:fs');
  const files = readdirSync(`${OUT}/assets`).filter((f) => /^(yosys[.-]|resources-yosys-|yowasp-)/.test(f)).sort();
  console.log('\nYosys, on demand only (excluded from the budgets above):');
  let raw = 0;
  let zipped = 0;
  for (const f of files) {
    const bytes = statSync(`${OUT}/assets/${f}`).size;
    const gz = gzipSync(readFileSync(`${OUT}/assets/${f}`)).length;
    raw += bytes;
    zipped += gz;
    console.log(`  ${f.padEnd(50)} ${(bytes / 1e6).toFixed(2).padStart(7)} MB, ${(gz / 1e6).toFixed(2).padStart(6)} MB gzip`);
  }
  console.log(`  ${'total'.padEnd(50)} ${(raw / 1e6).toFixed(2).padStart(7)} MB, ${(zipped / 1e6).toFixed(2).padStart(6)} MB gzip`);
}
process.exit(failed ? 1 : 0);
