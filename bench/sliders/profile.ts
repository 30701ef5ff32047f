/**
 * Where the time of the worst sliders goes (BENCH_PROFILE=N with bench/sliders.bench-run.ts).
 * For each slider, on a fresh page, 20 events of its worse kind (key presses or drag moves),
 * 150 ms apart (no probe ping chains, so the main thread is otherwise idle):
 *  1. a V8 CPU profile (CDP Profiler, 100 µs sampling): JS self and inclusive time per
 *     function, mapped to src/ through the build's source maps → ms per event;
 *  2. a Chromium trace (devtools.timeline): main-thread time per phase in the 150 ms after
 *     each event (script, style, layout, paint, commit, GC), and layouts forced from script.
 * Writes <out>/<page>--<n>.cpuprofile (opens in Chrome DevTools' Performance panel) and
 * <out>/<page>--<n>.trace.json, prints the hotspots.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { driveDrag, driveKeys, findSliders, focusSlider, settle, type DriveOptions, type SliderResult } from './drive';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

// ---- source maps (v3, VLQ) ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
interface RawMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}
interface SourceMap {
  raw: RawMap;
  /** Per generated line: segments [genCol, src, srcLine, srcCol, name?]. */
  lines: number[][][];
}

function decodeMap(raw: RawMap): SourceMap {
  const lines: number[][][] = [];
  let src = 0;
  let sl = 0;
  let sc = 0;
  let nm = 0;
  for (const line of raw.mappings.split(';')) {
    const segs: number[][] = [];
    let gc = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals: number[] = [];
      let v = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      gc += vals[0];
      if (vals.length >= 4) {
        src += vals[1];
        sl += vals[2];
        sc += vals[3];
        if (vals.length >= 5) nm += vals[4];
        segs.push(vals.length >= 5 ? [gc, src, sl, sc, nm] : [gc, src, sl, sc]);
      }
    }
    lines.push(segs);
  }
  return { raw, lines };
}

function lookup(map: SourceMap, line0: number, col: number): { source: string; line: number; name?: string } | null {
  const segs = map.lines[line0];
  if (!segs || segs.length === 0) return null;
  let lo = 0;
  let hi = segs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid][0] <= col) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = segs[Math.max(0, best)];
  return { source: map.raw.sources[s[1]], line: s[2] + 1, name: s.length >= 5 ? map.raw.names[s[4]] : undefined };
}

/** The enclosing function's name in the original source, by looking up from a line. */
function enclosingName(content: string | null | undefined, line: number): string | undefined {
  if (!content) return undefined;
  const ls = content.split('\n');
  const re = /(?:function\s*\*?\s*([\w$]+)|(?:const|let|var)\s+([\w$]+)\s*=\s*(?:useCallback\(|useMemo\(|memo\()?\s*(?:async\s*)?(?:function|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)|^\s*(?:export\s+)?(?:async\s+)?(?:get\s+|set\s+)?([\w$]+)\s*\([^)]*\)\s*(?::[^{]+)?\{)/;
  for (let i = Math.min(line - 1, ls.length - 1); i >= 0 && i >= line - 200; i--) {
    const m = re.exec(ls[i]);
    if (m) {
      const n = m[1] ?? m[2] ?? m[3];
      if (n && !['if', 'for', 'while', 'switch', 'catch', 'return'].includes(n)) return n;
    }
  }
  return undefined;
}

export class Symbolizer {
  private maps = new Map<string, { map: SourceMap; code: string[] } | null>();
  constructor(
    private base: string,
    private dist: string,
  ) {}
  private load(url: string): { map: SourceMap; code: string[] } | null {
    if (!this.maps.has(url)) {
      let m: { map: SourceMap; code: string[] } | null = null;
      const file = `${this.dist}${new URL(url).pathname}`;
      if (existsSync(`${file}.map`)) m = { map: decodeMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawMap), code: readFileSync(file, 'utf8').split('\n') };
      this.maps.set(url, m);
    }
    return this.maps.get(url) ?? null;
  }
  /** "src/…/File.tsx:42 name" for an app frame, else the frame's own name and script. */
  name(cf: CallFrame): string {
    if (!cf.url.startsWith(this.base)) return cf.url ? `${cf.functionName || '(anonymous)'} [${cf.url.split('/').pop()}]` : cf.functionName || '(anonymous)';
    const m = this.load(cf.url);
    const short = new URL(cf.url).pathname.split('/').pop();
    if (!m) return `${cf.functionName || '(anonymous)'} [${short}:${cf.lineNumber + 1}:${cf.columnNumber}]`;
    const o = lookup(m.map, cf.lineNumber, cf.columnNumber);
    if (!o) return `${cf.functionName || '(anonymous)'} [${short}]`;
    // V8 places a named function at its name: there the map names the original function.
    // Elsewhere (arrows, methods) the name V8 inferred survives minification, or the source
    // around the original line tells.
    const atName = cf.functionName !== '' && m.code[cf.lineNumber]?.startsWith(cf.functionName, cf.columnNumber);
    const idx = m.map.raw.sources.indexOf(o.source);
    const minified = cf.functionName.length <= 3;
    const fn = (atName && o.name) || (!atName && !minified && cf.functionName) || enclosingName(m.map.raw.sourcesContent?.[idx], o.line) || cf.functionName || '(anonymous)';
    const nm = o.source.lastIndexOf('node_modules/');
    const src = nm >= 0 ? o.source.slice(nm) : o.source.replace(/^.*?(?=src\/)/, '');
    return `${src}:${o.line} ${fn}`;
  }
}

// ---- CPU profile ----

interface FnTime {
  name: string;
  self: number;
  total: number;
}

function analyseProfile(p: CpuProfile, sym: Symbolizer, base: string): { busy: number; appSelf: number; gc: number; program: number; other: number; fns: FnTime[] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map<number, string>();
  const nameOf = (id: number) => {
    let s = names.get(id);
    if (s === undefined) {
      s = sym.name(byId.get(id)!.callFrame);
      names.set(id, s);
    }
    return s;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  let appSelf = 0;
  let gc = 0;
  let program = 0;
  let other = 0;
  for (let i = 0; i < p.samples.length; i++) {
    // timeDeltas[i] is the time before sample i; the sample covers the interval after it.
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const id = p.samples[i];
    const cf = byId.get(id)!.callFrame;
    if (cf.functionName === '(idle)') continue;
    busy += dt;
    if (cf.functionName === '(garbage collector)') gc += dt;
    else if (cf.functionName === '(program)' || cf.functionName === '(root)') program += dt;
    else if (cf.url.startsWith(base)) appSelf += dt;
    else other += dt;
    const key = cf.url.startsWith(base) || cf.functionName.startsWith('(') ? nameOf(id) : null;
    if (key) self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!f.url.startsWith(base)) continue;
      const k = nameOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const fns = [...new Set([...self.keys(), ...total.keys()])].map((name) => ({ name, self: self.get(name) ?? 0, total: total.get(name) ?? 0 }));
  return { busy, appSelf, gc, program, other, fns };
}

// ---- trace ----

const PHASES: [RegExp, string][] = [
  [/GC|GarbageCollection|Scavenge|MarkCompact/i, 'gc'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|UpdateLayer|PaintImage|Decode Image|RasterTask|UpdateLayerTree|CompositeLayers)$/, 'paint'],
  [/^Commit$/, 'commit'],
  [/^(EventDispatch|FunctionCall|FireAnimationFrame|TimerFire|RunMicrotasks|EvaluateScript|v8\.compile|V8\.CompileCode|v8\.run|V8\.Execute|FireIdleCallback|XHRReadyStateChange|v8\.callFunction|HandlePostMessage)$/, 'script'],
  [/^ParseHTML$/, 'html parse'],
  // Input delivery (hit testing, the range's own value change) and CDP messages (the bench's).
  [/^Receive mojo message$/, 'input/ipc'],
];
const phaseOf = (name: string) => PHASES.find(([re]) => re.test(name))?.[1] ?? null;
const SCRIPT = /^(EventDispatch|FunctionCall|FireAnimationFrame|TimerFire|RunMicrotasks|v8\.callFunction)$/;

function analyseTrace(events: TraceEvent[], windowMs: number): { windows: number; busy: number; phases: Record<string, number>; forcedLayouts: number; forcedLayoutMs: number; forcedStyleMs: number } {
  const marks = events.filter((e) => e.name === 'bench:t0').sort((a, b) => a.ts - b.ts);
  const phases: Record<string, number> = {};
  if (marks.length === 0) return { windows: 0, busy: 0, phases, forcedLayouts: 0, forcedLayoutMs: 0, forcedStyleMs: 0 };
  const { pid, tid } = marks[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Windows: from each mark to windowMs later (the next event comes after it). The mark is
  // inside the input's dispatch: start the window at the enclosing task.
  const wins = marks.map((m) => {
    const task = main.find((e) => e.name === 'RunTask' && e.ts <= m.ts && e.ts + (e.dur ?? 0) >= m.ts);
    return [task?.ts ?? m.ts, m.ts + windowMs * 1000] as const;
  });
  const inWin = (ts: number) => wins.some(([a, b]) => ts >= a && ts < b);
  // Self time per event: its duration less its direct children's (events nest on one thread).
  const stack: { e: TraceEvent; child: number; script: boolean }[] = [];
  let busy = 0;
  let forcedLayouts = 0;
  let forcedLayoutMs = 0;
  let forcedStyleMs = 0;
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].e.ts + (stack[stack.length - 1].e.dur ?? 0) <= upTo) {
      const top = stack.pop()!;
      const selfUs = (top.e.dur ?? 0) - top.child;
      if (inWin(top.e.ts)) {
        const ph = phaseOf(top.e.name) ?? (top.e.name === 'RunTask' || top.e.name === 'ThreadControllerImpl::RunTask' ? 'other' : null);
        if (ph) phases[ph] = (phases[ph] ?? 0) + selfUs / 1000;
      }
      if (stack.length) stack[stack.length - 1].child += top.e.dur ?? 0;
    }
  };
  for (const e of main) {
    if (!['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) && !phaseOf(e.name)) continue;
    close(e.ts);
    if (e.name === 'ThreadControllerImpl::RunTask' && stack.length && stack[stack.length - 1].e.name === 'RunTask') continue;
    if (stack.length === 0 && e.name === 'RunTask' && inWin(e.ts)) busy += (e.dur ?? 0) / 1000;
    if (inWin(e.ts) && stack.some((s) => s.script)) {
      if (e.name === 'Layout') {
        forcedLayouts++;
        forcedLayoutMs += (e.dur ?? 0) / 1000;
      } else if (e.name === 'UpdateLayoutTree') forcedStyleMs += (e.dur ?? 0) / 1000;
    }
    stack.push({ e, child: 0, script: SCRIPT.test(e.name) });
  }
  close(Infinity);
  return { windows: wins.length, busy, phases, forcedLayouts, forcedLayoutMs, forcedStyleMs };
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => {
    events.push(...(d.value as unknown as TraceEvent[]));
  });
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8', 'disabled-by-default-v8.gc'] },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

export interface ProfileArgs {
  browser: Browser;
  newContext: () => Promise<BrowserContext>;
  base: string;
  dist: string;
  opts: DriveOptions;
  worst: SliderResult[];
  targets: { name: string; path: string }[];
  out: string;
}

const PAUSE_MS = 150;
const EVENTS = 20;

export async function profileSliders(a: ProfileArgs): Promise<void> {
  mkdirSync(a.out, { recursive: true });
  const sym = new Symbolizer(a.base, a.dist);
  // No ping chains (they would fill the profile): quiet 0 ms, then a fixed pause per event.
  const o: DriveOptions = { ...a.opts, keyQuietMs: 0, moveQuietMs: 0, pauseMs: PAUSE_MS };
  for (const r of a.worst) {
    const t = a.targets.find((x) => x.name === r.page);
    if (!t) continue;
    const ctx = await a.newContext();
    const page: Page = await ctx.newPage();
    await page.goto(`${a.base}${t.path}`);
    await page.locator('main').first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await settle(page);
    const sliders = await findSliders(page);
    const s = sliders.find((x) => x.index === r.index && x.label === r.label) ?? sliders.find((x) => x.label === r.label && x.widget === r.widget);
    if (!s) {
      console.log(`profile: ${r.page} › ${r.label} not found again`);
      await ctx.close();
      continue;
    }
    const mode: 'key' | 'drag' = (r.drag?.p50 ?? -1) > (r.key?.p50 ?? -1) || !r.focusable ? 'drag' : 'key';
    const drive = async (marks: boolean) => {
      if (mode === 'key') {
        await focusSlider(page, s.index);
        await driveKeys(page, s.index, EVENTS, o, marks);
      } else await driveDrag(page, s, EVENTS, o, marks);
    };
    await drive(false); // warm-up: lazy chunks, JIT
    await page.waitForTimeout(300);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await drive(false);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Profiler.disable');
    const events = await trace(cdp, () => drive(true));
    await ctx.close();
    const stem = `${a.out}/${r.page.replace(/\//g, '-')}--${s.index}`;
    writeFileSync(`${stem}.cpuprofile`, JSON.stringify(profile));
    writeFileSync(`${stem}.trace.json`, JSON.stringify({ traceEvents: events }));

    const n = EVENTS;
    const cpu = analyseProfile(profile, sym, a.base);
    const tr = analyseTrace(events, PAUSE_MS);
    const per = (x: number) => (x / n).toFixed(2);
    const lines = [
      `\nprofile: ${r.page} › ${r.widget ? `${r.widget} › ` : ''}${r.label} — ${n} ${mode === 'key' ? 'key presses' : 'drag moves'} (bench ${mode} p50 ${(mode === 'key' ? r.key : r.drag)?.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms)`,
      `  trace, main thread per event: busy ${per(tr.busy)} ms = ` +
        Object.entries(tr.phases)
          .sort((x, y) => y[1] - x[1])
          .map(([k, v]) => `${k} ${per(v)}`)
          .join(', ') +
        (tr.forcedLayouts ? `; forced from script: ${(tr.forcedLayouts / n).toFixed(1)} layouts ${per(tr.forcedLayoutMs)} ms, style ${per(tr.forcedStyleMs)} ms` : ''),
      `  CPU profile per event: app JS ${per(cpu.appSelf)} ms, GC ${per(cpu.gc)} ms, bench/Playwright JS ${per(cpu.other)} ms, (program) ${per(cpu.program)} ms (native: rendering, waits, time preempted — see the trace)`,
      `  self time, ms per event:`,
      ...cpu.fns
        .filter((f) => f.self > 0 && f.name !== '(program)')
        .sort((x, y) => y.self - x.self)
        .slice(0, 8)
        .map((f) => `    ${per(f.self).padStart(6)}  ${f.name}`),
      `  inclusive time (app code), ms per event:`,
      ...cpu.fns
        .filter((f) => !f.name.startsWith('(') && !/^node_modules\/(react-dom|scheduler|preact)\//.test(f.name))
        .sort((x, y) => y.total - x.total)
        .slice(0, 12)
        .map((f) => `    ${per(f.total).padStart(6)}  ${f.name}`),
      `  files: ${stem}.cpuprofile, ${stem}.trace.json`,
    ];
    console.log(lines.join('\n'));
  }
}
