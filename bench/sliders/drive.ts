/**
 * The Node half of the slider bench: finds the sliders of a page, drives each by keyboard
 * and by pointer drag, one input event at a time, and turns the probe's measures
 * (bench/sliders/probe.ts) into per-slider figures.
 */
import type { Page } from '@playwright/test';
import type { ArmOptions, EventEntry, Measure, Probe } from './probe';

export interface SliderInfo {
  index: number;
  kind: 'range' | 'aria';
  label: string;
  widget: string;
  disabled: boolean;
}

/** One input event's work, ms (see probe.ts). */
export interface Sample {
  work: number;
  js: number;
  frame: number;
  tail: number;
  /** keydown → first task after it, vsync wait included (the figure issue 20 quoted). */
  toTask: number;
  /** The tail was still busy at capMs (cut there): frame-sliced work such as training. */
  cut: boolean;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  js50: number;
  frame50: number;
  tail50: number;
  tail95: number;
  toTask50: number;
  toTask95: number;
  /** Events whose tail was cut at capMs. */
  cut: number;
}

export interface SliderResult extends SliderInfo {
  page: string;
  focusable: boolean;
  skipped?: string;
  key?: Stats;
  drag?: Stats;
  /** Work of the first (unmeasured) press, which pays for lazy code and JIT. */
  firstPress?: number;
  eventTiming: { n: number; byName: Record<string, number>; worst?: { name: string; duration: number; inputDelay: number; processing: number; presentation: number } };
  /** p95 of the work per key press or pointer move, whichever is worse: what the budget applies to. */
  p95: number;
  /** Every measured event, ms: work and its parts. */
  samples: { key: Columns; drag: Columns };
}

export interface Columns {
  work: number[];
  js: number[];
  frame: number[];
  tail: number[];
}

const columns = (xs: Sample[]): Columns => ({ work: xs.map((x) => round(x.work)), js: xs.map((x) => round(x.js)), frame: xs.map((x) => round(x.frame)), tail: xs.map((x) => round(x.tail)) });

export interface DriveOptions {
  presses: number;
  moves: number;
  warmup: number;
  /** Quiet time that ends a key press's tail (and precedes the next press). */
  keyQuietMs: number;
  moveQuietMs: number;
  capMs: number;
  /** A fixed pause after each event (profiles, which run without the probe's ping chains). */
  pauseMs?: number;
}

export const SLIDERS = 'main input[type=range], main [role=slider]';

export const pct = (xs: number[], q: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Tags every slider in main with data-bench-slider="<i>" and describes it. */
export async function findSliders(page: Page): Promise<SliderInfo[]> {
  return page.evaluate((sel) => {
    const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll<HTMLElement>(sel)].map((el, index) => {
      el.dataset.benchSlider = String(index);
      const input = el instanceof HTMLInputElement ? el : null;
      const labelledBy = el.getAttribute('aria-labelledby');
      const label =
        el.getAttribute('aria-label') ??
        (input?.labels?.[0] ? text(input.labels[0]) : null) ??
        (labelledBy ? labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ') : null) ??
        el.getAttribute('title') ??
        `slider ${index + 1}`;
      const host = el.closest('.widget[id]') ?? el.closest('section[id], [data-widget], [id]:not(input)');
      return { index, kind: input ? ('range' as const) : ('aria' as const), label, widget: host?.id ?? '', disabled: input?.disabled ?? el.getAttribute('aria-disabled') === 'true' };
    });
  }, SLIDERS);
}

/** Scrolls through the page so widgets that mount near the viewport do, then waits for quiet. */
export async function settle(page: Page, quietMs = 200, capMs = 8000): Promise<void> {
  await page.evaluate(async () => {
    // Lessons mount far widgets as the reader approaches (src/components/deferredMount.ts): all of them, now.
    document.dispatchEvent(new Event('logit-lab:mount-all'));
    const h = document.documentElement.scrollHeight;
    for (let y = 0; y < h; y += window.innerHeight * 0.8) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, 0);
  });
  await page.evaluate(({ q, c }) => (window as unknown as { __bench: Probe }).__bench.quiet(q, c), { q: quietMs, c: capMs });
}

function sample(m: Measure): Sample | null {
  if (m.t0 === undefined || m.raf === undefined || m.frameEnd === undefined || m.tail === undefined) return null;
  const js = Math.max(0, (m.jsEnd ?? m.t0) - m.t0);
  const frame = m.frameEnd - m.raf;
  return { js, frame, tail: m.tail, work: js + frame + m.tail, toTask: (m.toTask ?? m.frameEnd) - m.t0, cut: m.quiet === false };
}

export function stats(xs: Sample[]): Stats | undefined {
  if (xs.length === 0) return undefined;
  const col = (k: Exclude<keyof Sample, 'cut'>) => xs.map((x) => x[k]);
  const w = col('work');
  return {
    n: xs.length,
    p50: pct(w, 0.5),
    p95: pct(w, 0.95),
    max: Math.max(...w),
    js50: pct(col('js'), 0.5),
    frame50: pct(col('frame'), 0.5),
    tail50: pct(col('tail'), 0.5),
    tail95: pct(col('tail'), 0.95),
    toTask50: pct(col('toTask'), 0.5),
    toTask95: pct(col('toTask'), 0.95),
    cut: xs.filter((x) => x.cut).length,
  };
}

type Value = { v: number; min: number; max: number };

const readValue = (el: Element): Value => {
  if (el instanceof HTMLInputElement) return { v: Number(el.value), min: Number(el.min || 0), max: Number(el.max || 100) };
  return { v: Number(el.getAttribute('aria-valuenow')), min: Number(el.getAttribute('aria-valuemin')), max: Number(el.getAttribute('aria-valuemax')) };
};

/** Focuses slider i; false if it cannot take focus (then keys would go elsewhere). */
export async function focusSlider(page: Page, i: number): Promise<boolean> {
  return page.locator(`[data-bench-slider="${i}"]`).evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    (el as HTMLElement).focus({ preventScroll: true });
    return document.activeElement === el;
  });
}

/**
 * Presses ArrowRight/ArrowLeft on the focused slider i, turning at either end so every press
 * moves the value. Keydown and keyup are sent apart: the keyup (a discrete input of its own)
 * goes after the measure, so it does not hold the measured tail's tasks. A random wait of up
 * to a frame before each press keeps presses from locking to the frame clock.
 */
export async function driveKeys(page: Page, i: number, count: number, o: DriveOptions, marks = false): Promise<{ samples: Sample[]; missed: number }> {
  // A handle, not a locator: a locator re-runs Playwright's selector engine in the page on every
  // call, and that would land in the middle of the press being measured.
  const el = await page.locator(`[data-bench-slider="${i}"]`).elementHandle();
  if (!el) return { samples: [], missed: count };
  let value = await el.evaluate(readValue);
  let dir = value.v >= value.max ? -1 : 1;
  const samples: Sample[] = [];
  let missed = 0;
  for (let k = 0; k < count; k++) {
    if (value.v >= value.max) dir = -1;
    else if (value.v <= value.min) dir = 1;
    const key = dir > 0 ? 'ArrowRight' : 'ArrowLeft';
    const arm: ArmOptions = { quietMs: o.keyQuietMs, capMs: o.capMs, jitterMs: Math.random() * 16.7, marks };
    await page.evaluate((a) => (window as unknown as { __bench: Probe }).__bench.arm('key', a), arm);
    await page.keyboard.down(key);
    const got = await el.evaluate(async (e, timeout) => {
      const m = await (window as unknown as { __bench: Probe }).__bench.collect(timeout);
      const v = e instanceof HTMLInputElement ? { v: Number(e.value), min: Number(e.min || 0), max: Number(e.max || 100) } : { v: Number(e.getAttribute('aria-valuenow')), min: Number(e.getAttribute('aria-valuemin')), max: Number(e.getAttribute('aria-valuemax')) };
      return { m, v, focused: document.activeElement === e };
    }, o.capMs + 3000);
    await page.keyboard.up(key);
    value = got.v;
    const s = sample(got.m);
    if (s) samples.push(s);
    else if (++missed >= 3 && samples.length === 0) break; // the keys go elsewhere
    if (!got.focused) await el.evaluate((e) => (e as HTMLElement).focus({ preventScroll: true }));
    if (o.pauseMs) await page.waitForTimeout(o.pauseMs);
  }
  await el.dispose();
  return { samples, missed };
}

/**
 * Drags slider i: presses on its thumb (range) or bar (aria), then `count` pointer moves of
 * 1/40 of its length, half one way and half back, each measured alone.
 */
export async function driveDrag(page: Page, s: SliderInfo, count: number, o: DriveOptions, marks = false): Promise<Sample[]> {
  const el = page.locator(`[data-bench-slider="${s.index}"]`);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const box = await el.boundingBox();
  if (!box || box.width === 0 || box.height === 0) return [];
  const value = await el.evaluate(readValue);
  const f = value.max > value.min ? (value.v - value.min) / (value.max - value.min) : 0.5;
  const horizontal = s.kind === 'range';
  // Chromium's default thumb is 16 px wide: its centre runs from 8 px to width − 8 px.
  const x0 = horizontal ? box.x + 8 + f * Math.max(0, box.width - 16) : box.x + box.width / 2;
  const y0 = horizontal ? box.y + box.height / 2 : box.y + box.height / 2;
  const step = (horizontal ? box.width : box.height) / 40;
  const dir = horizontal ? (f > 0.5 ? -1 : 1) : -1;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const samples: Sample[] = [];
  let pos = 0;
  for (let k = 0; k < count; k++) {
    pos += k < count / 2 ? dir : -dir;
    const arm: ArmOptions = { quietMs: o.moveQuietMs, capMs: o.capMs, jitterMs: 0, marks };
    await page.evaluate((a) => (window as unknown as { __bench: Probe }).__bench.arm('move', a), arm);
    await page.mouse.move(horizontal ? x0 + pos * step : x0, horizontal ? y0 : y0 + pos * step);
    const m = await page.evaluate((timeout) => (window as unknown as { __bench: Probe }).__bench.collect(timeout), o.capMs + 3000);
    const x = sample(m);
    if (x) samples.push(x);
    if (o.pauseMs) await page.waitForTimeout(o.pauseMs);
  }
  await page.mouse.up();
  return samples;
}

export async function eventEntries(page: Page): Promise<EventEntry[]> {
  return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.entries());
}

export function summariseEntries(es: EventEntry[]): SliderResult['eventTiming'] {
  const byName: Record<string, number> = {};
  for (const e of es) byName[e.name] = (byName[e.name] ?? 0) + 1;
  const w = es.reduce<EventEntry | undefined>((a, e) => (!a || e.duration > a.duration ? e : a), undefined);
  return {
    n: es.length,
    byName,
    worst: w && {
      name: w.name,
      duration: w.duration,
      inputDelay: w.processingStart - w.startTime,
      processing: w.processingEnd - w.processingStart,
      presentation: w.startTime + w.duration - w.processingEnd,
    },
  };
}

/** Drives one slider fully: warm-up presses, measured presses, a drag. */
export async function benchSlider(page: Page, pageName: string, s: SliderInfo, o: DriveOptions): Promise<SliderResult> {
  const base: SliderResult = { ...s, page: pageName, focusable: false, eventTiming: { n: 0, byName: {} }, p95: NaN, samples: { key: columns([]), drag: columns([]) } };
  if ((await page.locator(`[data-bench-slider="${s.index}"]`).count()) === 0) return { ...base, skipped: 'gone (re-rendered away)' };
  if (s.disabled) return { ...base, skipped: 'disabled' };
  const entriesBefore = (await eventEntries(page)).length;
  const focusable = await focusSlider(page, s.index);
  let key: Sample[] = [];
  let firstPress: number | undefined;
  if (focusable) {
    const warm = await driveKeys(page, s.index, o.warmup, o);
    firstPress = warm.samples[0]?.work;
    key = (await driveKeys(page, s.index, o.presses, o)).samples;
  }
  const drag = o.moves > 0 ? await driveDrag(page, s, o.moves, o) : [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  const es = (await eventEntries(page)).slice(entriesBefore);
  const k = stats(key);
  const d = stats(drag);
  return {
    ...base,
    focusable,
    skipped: !focusable && drag.length === 0 ? 'not focusable, no drag' : undefined,
    key: k,
    drag: d,
    firstPress,
    eventTiming: summariseEntries(es),
    p95: Math.max(k?.p95 ?? -Infinity, d?.p95 ?? -Infinity),
    samples: { key: columns(key), drag: columns(drag) },
  };
}

export const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;
