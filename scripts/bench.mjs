#!/usr/bin/env node
// `npm run bench`: every bench/*.bench-run.ts, one after another in one vitest process per
// file, so figures are side by side within a file and files don't compete for the 2 cores.
// `npm run bench -- sliders` (or ui, numeric, …) runs only the files whose name contains it.
// sliders.bench-run.ts: work per key press and pointer move of every slider of every lesson
// and embed (~10 min); BENCH_ONLY=slug,widget-id limits it, BENCH_PROFILE=4 adds CPU
// profiles and traces of the 4 with the worst p50 (see its header for the other settings).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench-run.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', `bench/${f}`, '--reporter=verbose', '--silent=false'], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
