/**
 * The Pareto sweep: every method at each value of its main setting, placed by error and
 * cost. Cost definitions (stated in the widget too):
 *   area    = table bits + W·(adders + comparators) + W²·(multipliers + dividers)
 *             — a W-bit adder or comparator is about W cells, an array multiplier or
 *             divider about W²; constant shifts are wiring and cost nothing;
 *   latency = the engine's latencyCycles.
 * W is the format's width (64 for float64, matching the engine's float table words).
 */
import type { FixedFormat, HardwareCost } from '../../engine';
import { costOf, type MethodKey, type MethodSettings } from './methods';
import { methodStats } from './stats';

export type CostKind = 'area' | 'latency';
export type SweepGroup = MethodKey | 'lutInterp';

const BASE: MethodSettings = { taylorOrder: 5, lutEntries: 1024, lutInterp: false, cordicIter: 16, hybridEntries: 32 };
// Every 0.02 on [−8, 8] (x = ±1, PLAN's worst point, is on the grid): coarse, but the
// plot spans decades and ~40 designs must be evaluated per format.
const PARETO_SAMPLES = 801;

export function areaOf(c: HardwareCost, width: number): number {
  return c.tableBits + width * (c.adders + c.comparators) + width * width * (c.multipliers + (c.dividers ?? 0));
}

export interface SweepPoint {
  id: string;
  group: SweepGroup;
  method: MethodKey;
  /** Human-readable setting, e.g. "256 entries" (the widget translates the unit). */
  setting: { name: 'order' | 'entries' | 'iterations' | null; value: number | null };
  error: number;
  area: number;
  latency: number;
  /** The method's settings at this point (the hardware panel and Yosys need them). */
  settings: MethodSettings;
}

interface SweepSpec {
  group: SweepGroup;
  method: MethodKey;
  name: SweepPoint['setting']['name'];
  values: number[];
  apply: (v: number) => Partial<MethodSettings>;
}

const pow2 = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, k) => 2 ** (lo + k));

const SWEEPS: SweepSpec[] = [
  { group: 'plan', method: 'plan', name: null, values: [0], apply: () => ({}) },
  { group: 'sonf', method: 'sonf', name: null, values: [0], apply: () => ({}) },
  { group: 'hard', method: 'hard', name: null, values: [0], apply: () => ({}) },
  { group: 'taylor', method: 'taylor', name: 'order', values: [1, 3, 5, 7, 9], apply: (v) => ({ taylorOrder: v }) },
  { group: 'lut', method: 'lut', name: 'entries', values: pow2(4, 12), apply: (v) => ({ lutEntries: v, lutInterp: false }) },
  { group: 'lutInterp', method: 'lut', name: 'entries', values: pow2(4, 10), apply: (v) => ({ lutEntries: v, lutInterp: true }) },
  { group: 'hybrid', method: 'hybrid', name: 'entries', values: pow2(3, 8), apply: (v) => ({ hybridEntries: v }) },
  { group: 'cordic', method: 'cordic', name: 'iterations', values: [4, 6, 8, 10, 12, 14, 16, 20, 24], apply: (v) => ({ cordicIter: v }) },
];

export const SWEEP_GROUPS: readonly SweepGroup[] = SWEEPS.map((s) => s.group);

/** One design of the sweep: a method at one value of its main setting. */
export interface Design {
  spec: SweepSpec;
  value: number;
}

export function sweepDesigns(): Design[] {
  return SWEEPS.flatMap((spec) => spec.values.map((value) => ({ spec, value })));
}

export function evaluateDesign({ spec, value }: Design, fmt: FixedFormat | undefined): SweepPoint {
  const width = fmt?.width ?? 64;
  const s = { ...BASE, ...spec.apply(value) };
  const c = costOf(spec.method, s, fmt);
  return {
    id: `${spec.group}-${value}`,
    group: spec.group,
    method: spec.method,
    setting: { name: spec.name, value: spec.name ? value : null },
    error: methodStats(spec.method, s, fmt, PARETO_SAMPLES).maxAbs,
    area: areaOf(c, width),
    latency: c.latencyCycles,
    settings: s,
  };
}

export function sweep(fmt: FixedFormat | undefined): SweepPoint[] {
  return sweepDesigns().map((d) => evaluateDesign(d, fmt));
}

/**
 * The points no other point beats on both axes (cheaper-or-equal and strictly more
 * accurate), ordered by cost: the designer's menu.
 */
export function frontier<T extends { error: number }>(points: readonly T[], cost: (p: T) => number): T[] {
  const sorted = [...points].filter((p) => Number.isFinite(p.error)).sort((a, b) => cost(a) - cost(b) || a.error - b.error);
  const out: T[] = [];
  let best = Infinity;
  for (const p of sorted) {
    if (p.error < best) {
      out.push(p);
      best = p.error;
    }
  }
  return out;
}
