/**
 * Slider latency, everywhere (issue 20): every slider (input[type=range] and [role=slider] in
 * <main>) of every lesson (/lessons/<slug>, src/lessons/slugs.ts) and every embed
 * (/embed/<id>, src/lessons/widgetCatalog.ts), driven in headless Debian Chromium against the
 * production build served by `vite preview` (bench/sliders/serve.ts):
 *  - keyboard: 2 warm-up presses, then 20 ArrowRight/ArrowLeft presses (turning at the ends);
 *  - pointer: a drag of 20 moves (1/40 of the slider each, out and back) on the thumb or bar;
 * and for each event the main-thread work it causes — js (handlers and the synchronous
 * render) + the next frame (rAF → style, layout, paint, commit) + tail (deferred renders,
 * timers, further frames until quiet) — leaving out the idle wait for vsync
 * (bench/sliders/probe.ts), with Event Timing entries (≥ 16 ms) alongside. Calibrated first
 * on a bare range input. Prints the worst ten, writes test-results/bench/sliders.json.
 *
 *   npm run bench -- sliders
 *   BENCH_ONLY=saturation,gallery   lessons (with their widgets' embeds) or widget ids (embeds)
 *   BENCH_EMBEDS=0                  lessons only
 *   BENCH_PRESSES=20 BENCH_MOVES=20 per slider
 *   BENCH_PROFILE=4                 then profile the 4 with the worst p50 (CPU profile + trace)
 *   BENCH_DIST=dir BENCH_PORT=4221  build folder (see serve.ts) and preview port
 * Budget (issue 20): p95 ≤ 16 ms per key press or pointer move. Printed, never asserted.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lessonSlugs } from '../src/lessons/slugs';
import { widgetCatalog } from '../src/lessons/widgetCatalog';
import { installProbe, type Probe } from './sliders/probe';
import { benchSlider, findSliders, round, settle, stats, driveDrag, driveKeys, type DriveOptions, type SliderResult, type Stats } from './sliders/drive';
import { build, buildAge, buildWithSourceMaps, chooseDist, hasSourceMaps, serve, type Server } from './sliders/serve';

const EXE = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium';
// The same flags as playwright.config.ts and bench/ui.bench-run.ts.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OUT = 'test-results/bench';
const BUDGET = 16;

const num = (v: string | undefined, d: number) => (v === undefined || v === '' ? d : Number(v));
const opts: DriveOptions = {
  presses: num(process.env.BENCH_PRESSES, 20),
  moves: num(process.env.BENCH_MOVES, 20),
  warmup: 2,
  keyQuietMs: 20,
  moveQuietMs: 10,
  capMs: 500,
};
const PROFILE = num(process.env.BENCH_PROFILE, 0);
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);

let server: Server | undefined;
let browser: Browser | undefined;
let dist = '';

beforeAll(async () => {
  const chosen = chooseDist();
  dist = chosen.dir;
  if (PROFILE > 0 && !process.env.BENCH_DIST && !hasSourceMaps(dist)) {
    dist = `${chosen.dir.replace(/\/$/, '')}-maps`;
    if (!existsSync(`${dist}/index.html`)) buildWithSourceMaps(dist);
  } else if (chosen.build) build(dist);
  if (PROFILE > 0 && !hasSourceMaps(dist)) console.log(`${dist} has no source maps: the profiles will name minified functions`);
  console.log(`serving ${dist} (${buildAge(dist)})`);
  server = await serve(dist);
  browser = await chromium.launch({ executablePath: EXE, args: ARGS });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function newContext(): Promise<BrowserContext> {
  // A context per page: no state (stores, storage) carries from one page to the next. Service
  // workers are blocked so the offline cache does not install in the background mid-measure.
  const ctx = await (browser as Browser).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', reducedMotion: 'no-preference' });
  await ctx.addInitScript(installProbe);
  return ctx;
}

const BARE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title>
<main><label for="r">bare range</label> <input id="r" type="range" min="0" max="100" value="50"> <output id="o">50</output></main>
<script>r.addEventListener('input', () => { o.textContent = r.value; });</script></html>`;

interface Calibration {
  key: Stats;
  drag: Stats;
  eventTimingEntries: number;
  presses: number;
  postTask: boolean;
  eventTiming: boolean;
}

/** The floor: the same measures on a bare range input served from the same origin. */
async function calibrate(): Promise<Calibration> {
  const ctx = await newContext();
  const page = await ctx.newPage();
  await page.route(`${server!.base}/__bench/bare.html`, (r) => r.fulfill({ contentType: 'text/html', body: BARE }));
  await page.goto(`${server!.base}/__bench/bare.html`);
  const [s] = await findSliders(page);
  const { postTask, eventTiming } = await page.evaluate(() => ({
    postTask: (window as unknown as { __bench: Probe }).__bench.postTask,
    eventTiming: PerformanceObserver.supportedEntryTypes.includes('event'),
  }));
  await page.locator('#r').focus();
  await driveKeys(page, 0, 4, opts);
  const key = await driveKeys(page, 0, 40, opts);
  const drag = await driveDrag(page, s, 40, opts);
  const n = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.entries().filter((e) => e.name === 'keydown').length);
  await ctx.close();
  return { key: stats(key.samples)!, drag: stats(drag)!, eventTimingEntries: n, presses: 44, postTask, eventTiming };
}

interface Target {
  name: string;
  path: string;
}

function targets(): Target[] {
  const lessonOk = (slug: string) => !only || only.includes(slug);
  const lessons = lessonSlugs.filter(lessonOk).map((slug) => ({ name: slug, path: `/lessons/${slug}` }));
  const embeds =
    process.env.BENCH_EMBEDS === '0'
      ? []
      : widgetCatalog.filter((w) => !only || only.includes(w.lesson) || only.includes(w.id) || only.includes(`embed/${w.id}`)).map((w) => ({ name: `embed/${w.id}`, path: `/embed/${w.id}` }));
  return [...lessons, ...embeds];
}

const f1 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(1));

it('slider work per key press and pointer move, every lesson and embed', async () => {
  const t0 = Date.now();
  const loadStart = loadavg();
  const cal = await calibrate();
  console.log(
    `calibration, bare range input (same origin, ${cal.presses} presses, 40 moves; scheduler.postTask ${cal.postTask ? 'yes' : 'no — MessageChannel'}; Event Timing ${cal.eventTiming ? 'yes' : 'no'}):\n` +
      `  work per key press p50 ${f1(cal.key.p50)} / p95 ${f1(cal.key.p95)} ms (js ${f1(cal.key.js50)} + frame ${f1(cal.key.frame50)} + tail ${f1(cal.key.tail50)}, p50s); ` +
      `per pointer move p50 ${f1(cal.drag.p50)} / p95 ${f1(cal.drag.p95)} ms\n` +
      `  for comparison, keydown → first task after it (vsync wait included): p50 ${f1(cal.key.toTask50)} / p95 ${f1(cal.key.toTask95)} ms; ` +
      `Event Timing keydown entries ≥ 16 ms on the bare page: ${cal.eventTimingEntries} of ${cal.presses}`,
  );

  const results: SliderResult[] = [];
  const missing: string[] = [];
  for (const t of targets()) {
    const file = t.path.startsWith('/lessons/') ? `${dist}${t.path}/index.html` : `${dist}${t.path}/index.html`;
    if (!existsSync(file)) {
      missing.push(t.name);
      continue;
    }
    const started = Date.now();
    const ctx = await newContext();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server!.base}${t.path}`);
    await page.locator('main').first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await settle(page);
    const sliders = await findSliders(page);
    const rows: SliderResult[] = [];
    for (const s of sliders) rows.push(await benchSlider(page, t.name, s, opts));
    await ctx.close();
    results.push(...rows);
    const measured = rows.filter((r) => Number.isFinite(r.p95));
    const worst = measured.reduce<SliderResult | undefined>((a, r) => (!a || r.p95 > a.p95 ? r : a), undefined);
    console.log(
      `${t.name}: ${sliders.length} slider(s)` +
        (worst ? `, worst p95 ${f1(worst.p95)} ms (${worst.widget ? `${worst.widget} › ` : ''}${worst.label})` : '') +
        (rows.some((r) => r.skipped) ? `; skipped: ${rows.filter((r) => r.skipped).map((r) => `${r.label} (${r.skipped})`).join(', ')}` : '') +
        (rows.some((r) => !r.focusable && !r.skipped) ? `; not keyboard-focusable: ${rows.filter((r) => !r.focusable && !r.skipped).length}` : '') +
        (errors.length ? `; page errors: ${errors.join(' | ')}` : '') +
        ` [${((Date.now() - started) / 1000).toFixed(1)} s]`,
    );
  }

  const measured = results.filter((r) => Number.isFinite(r.p95)).sort((a, b) => b.p95 - a.p95);
  const over = measured.filter((r) => r.p95 > BUDGET);
  const load = loadavg();
  const lines = [
    `\nworst ten sliders, work per key press / pointer move in ms (floor on a bare range: key p50 ${f1(cal.key.p50)} p95 ${f1(cal.key.p95)}, move p95 ${f1(cal.drag.p95)}):`,
    `  ${'page'.padEnd(26)} ${'slider'.padEnd(44)} ${'key p50'.padStart(7)} ${'p95'.padStart(6)} ${'drag p50'.padStart(8)} ${'p95'.padStart(6)}  key p50 split js+frame+tail   ET≥16ms (worst: delay/proc/pres)`,
  ];
  for (const r of measured.slice(0, 10)) {
    const et = r.eventTiming.worst ? `${r.eventTiming.n} (${r.eventTiming.worst.name} ${r.eventTiming.worst.duration.toFixed(0)}: ${f1(r.eventTiming.worst.inputDelay)}/${f1(r.eventTiming.worst.processing)}/${f1(r.eventTiming.worst.presentation)})` : '0';
    const label = `${r.widget ? `${r.widget} › ` : ''}${r.label}`.slice(0, 44);
    const cut = (r.key?.cut ?? 0) + (r.drag?.cut ?? 0);
    lines.push(
      `  ${r.page.padEnd(26)} ${label.padEnd(44)} ${f1(r.key?.p50).padStart(7)} ${f1(r.key?.p95).padStart(6)} ${f1(r.drag?.p50).padStart(8)} ${f1(r.drag?.p95).padStart(6)}  ${`${f1(r.key?.js50)}+${f1(r.key?.frame50)}+${f1(r.key?.tail50)}`.padEnd(28)} ${et}${cut ? `; ${cut} tail(s) still busy at ${opts.capMs} ms` : ''}`,
    );
  }
  const unfocusable = results.filter((r) => !r.focusable && !r.skipped);
  lines.push(
    `${measured.length} sliders measured on ${new Set(results.map((r) => r.page)).size} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${over.length} over the ${BUDGET} ms budget (p95 of key or drag); ` +
      `load average ${load.map((x) => x.toFixed(2)).join(' ')} (at start ${loadStart.map((x) => x.toFixed(2)).join(' ')})` +
      (unfocusable.length ? `\nnot keyboard-focusable (drag only): ${unfocusable.map((r) => `${r.page} › ${r.label}`).join(', ')}` : '') +
      (missing.length ? `\nnot in the build (skipped): ${missing.join(', ')}` : ''),
  );
  console.log(lines.join('\n'));

  mkdirSync(OUT, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    dist,
    build: buildAge(dist),
    chromium: (browser as Browser).version(),
    loadavg: { start: loadStart, end: load },
    options: opts,
    budgetMs: BUDGET,
    method:
      `work = js (keydown/pointermove capture → end of dispatch) + frame (rAF → first task after the frame) + tail (app-scheduled callbacks after that frame, and frames drawing their DOM changes, until nothing pending and ${opts.keyQuietMs} ms quiet, ${opts.moveQuietMs} ms for moves), ms; ` +
      'the wait for vsync is excluded. toTask = keydown → first task after it (vsync wait included). Event Timing entries ≥ 16 ms (duration to the next paint, vsync wait included).',
    calibration: cal,
    sliders: measured.concat(results.filter((r) => !Number.isFinite(r.p95))).map((r) => ({ ...r, p95: Number.isFinite(r.p95) ? round(r.p95) : null })),
  };
  writeFileSync(`${OUT}/sliders.json`, JSON.stringify(report, null, 1));
  console.log(`report: ${OUT}/sliders.json`);
  expect(measured.length).toBeGreaterThan(0);

  if (PROFILE > 0) {
    const { profileSliders } = await import('./sliders/profile');
    // Profiled: the worst by median (key or drag), which one preempted press cannot decide.
    const p50 = (r: SliderResult) => Math.max(r.key?.p50 ?? -Infinity, r.drag?.p50 ?? -Infinity);
    const worst = [...measured].sort((a, b) => p50(b) - p50(a)).slice(0, PROFILE);
    await profileSliders({ browser: browser as Browser, newContext, base: server!.base, dist, opts, worst, targets: targets(), out: `${OUT}/profiles` });
  }
}, 3_600_000);
