#!/usr/bin/env node
// Smoke journeys in the two other browser engines: Firefox (Debian firefox-esr over WebDriver
// BiDi with puppeteer-core) and WebKit (Debian webkit2gtk-driver under Xvfb, plain WebDriver).
// Every lesson and a sample of embeds, against the production build served by `vite preview`:
// it renders (h1, widgets, formulas), no console error, one range input per page answers the
// keyboard (value and widget change), the dead-relu lab trains after Play, and every custom
// control (ARIA role on a non-native element, e.g. the SVG bars) takes keyboard focus.
//
//   node scripts/e2e-browsers.mjs            both engines, build in dist/ (npm test builds it)
//   BROWSERS_DIST=/tmp/dist-br …             another build folder
//   BROWSERS=firefox …                       only these engines
//   SKIP_BROWSERS=firefox,webkit …           opt out of engines this machine cannot run
//   BROWSERS_PAGES=1 …                       Firefox windows in parallel (WebKit: one session).
//                                            1 by default: faster on 2 cores, and in a window
//                                            without focus Firefox ignores a synthesized Enter
//                                            on a button (keydown arrives, no click).
//   BROWSERS_PORT=4211 …                     preview port (default: a free one)
//   BROWSERS_EMBEDS=temperature,needles …    these embeds (default: every embed in the build)
//   BROWSERS_VERBOSE=1 …                     one line per page, not only failures
//   BROWSERS_REPORT=file.json …              counts for scripts/test.mjs's summary
// Ends with `browsers: N passed, M failed` (pages × engines); exit code 1 on any failure,
// including an engine that cannot be launched (CI installs them; see .ci/run).
import { writeFileSync } from 'node:fs';
import { startPreview, startHookProxy, freePort } from '../e2e-browsers/server.mjs';
import { targets, runAll } from '../e2e-browsers/journeys.mjs';
import { launchFirefox } from '../e2e-browsers/firefox.mjs';
import { launchWebKit } from '../e2e-browsers/webkit.mjs';

const ALL = ['firefox', 'webkit'];
const list = (v) => (v ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const wanted = process.env.BROWSERS ? list(process.env.BROWSERS) : ALL;
const skip = list(process.env.SKIP_BROWSERS);
const unknown = [...wanted, ...skip].filter((e) => !ALL.includes(e));
if (unknown.length) {
  console.error(`unknown engine(s) ${unknown.join(', ')}: use ${ALL.join(', ')}`);
  process.exit(2);
}
const engines = wanted.filter((e) => !skip.includes(e));
const dist = process.env.BROWSERS_DIST ?? 'dist';
const pages = Math.max(1, Number(process.env.BROWSERS_PAGES ?? 1));
const verbose = !!process.env.BROWSERS_VERBOSE;
const jobs = targets(dist);

// Interrupted: exit, so the 'exit' handlers stop vite preview, Xvfb and the WebDriver.
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => process.exit(130));

const tStart = Date.now();
let passed = 0;
let failed = 0;
const lines = [];
let preview;
let proxy;
try {
  if (engines.length) preview = await startPreview(dist, Number(process.env.BROWSERS_PORT ?? (await freePort())));
  for (const name of engines) {
    const t0 = Date.now();
    let engine;
    try {
      if (name === 'firefox') engine = await launchFirefox();
      else {
        proxy ??= await startHookProxy(preview.origin, await freePort());
        engine = await launchWebKit(proxy);
      }
    } catch (e) {
      failed += jobs.length;
      const line = `${name}: could not launch — ${e.message.split('\n')[0]} (SKIP_BROWSERS=${name} opts out)`;
      console.error(`✗ ${line}`);
      lines.push(line);
      continue;
    }
    const origin = name === 'webkit' ? proxy.origin : preview.origin;
    console.log(`▶ ${name} (${engine.version}): ${jobs.length} pages from ${dist}/`);
    let results = [];
    try {
      results = await runAll(engine, origin, jobs, name === 'webkit' ? 1 : pages, (r) => {
        const ok = r.failures.length === 0;
        if (!ok || verbose) console.log(`  ${ok ? '✓' : '✗'} ${name} ${r.target.name} (${(r.ms / 1000).toFixed(1)}s)${verbose ? `: ${r.notes.join('; ')}` : ''}`);
        for (const f of r.failures) console.log(`      ${f}`);
        if (r.retried) console.log(`  ↻ ${name} ${r.target.name} was run twice: the first run threw (${r.retried})`);
      });
    } catch (e) {
      console.error(`✗ ${name}: ${e.message}`);
      lines.push(`${name}: ${e.message.split('\n')[0]}`);
    } finally {
      await engine.close().catch(() => {});
    }
    const ok = results.filter((r) => r.failures.length === 0).length;
    const bad = jobs.length - ok; // a page that never ran counts as failed
    passed += ok;
    failed += bad;
    const retried = results.filter((r) => r.retried).length;
    const line = `${name} ${engine.version}: ${ok} passed, ${bad} failed${retried ? `, ${retried} retried after a timeout` : ''} (${jobs.length} pages, ${((Date.now() - t0) / 1000).toFixed(1)}s)`;
    console.log(`${bad ? '✗' : '✓'} ${line}`);
    lines.push(line);
  }
} catch (e) {
  console.error(`✗ ${e.message}`);
  failed += 1;
} finally {
  await proxy?.stop();
  preview?.stop();
}
for (const s of skip) lines.push(`${s}: skipped (SKIP_BROWSERS)`);
console.log(`\n── other browser engines (${((Date.now() - tStart) / 1000).toFixed(1)}s) ──`);
for (const l of lines) console.log(l);
console.log(`browsers: ${passed} passed, ${failed} failed`);
// For scripts/test.mjs's summary: BROWSERS_REPORT=<file.json>.
if (process.env.BROWSERS_REPORT) writeFileSync(process.env.BROWSERS_REPORT, JSON.stringify({ passed, failed, skipped: skip, engines: lines }, null, 2));
process.exit(failed ? 1 : 0);
