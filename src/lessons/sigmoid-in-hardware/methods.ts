/**
 * The lesson's seven methods: the engine's six hardware approximations plus the framework
 * hard sigmoid, behind one shape (evaluate / cost / published error) so the widgets can
 * treat them alike. No math here beyond routing to the engine.
 */
import {
  activations, quantize, referenceSigmoids, sigmoidApprox,
  type ApproxName, type FixedFormat, type HardwareCost,
} from '../../engine';

export type MethodKey = ApproxName | 'hard';
export const METHOD_KEYS: readonly MethodKey[] = ['plan', 'sonf', 'lut', 'hybrid', 'cordic', 'taylor', 'hard'];

/** The per-method settings the lesson exposes (each method's "main knob"). */
export interface MethodSettings {
  taylorOrder: number;
  lutEntries: number;
  lutInterp: boolean;
  cordicIter: number;
  hybridEntries: number;
}

/** Engine config object for one method under the given settings. */
export function configOf(key: MethodKey, s: MethodSettings): Record<string, number> | undefined {
  switch (key) {
    case 'taylor': return { order: s.taylorOrder };
    case 'lut': return { entries: s.lutEntries, interpolate: s.lutInterp ? 1 : 0 };
    case 'cordic': return { iterations: s.cordicIter };
    case 'hybrid': return { entries: s.hybridEntries };
    default: return undefined;
  }
}

/**
 * The hard sigmoid as a datapath: input and output stored in the format, the clip and
 * the ×1/6 done by the engine's float formula in between (a constant multiplier at full
 * width, as HLS would build it). Should move into the engine's fpga module.
 */
function hardFixed(x: number, fmt: FixedFormat | undefined): number {
  const f = activations.hardSigmoid.f;
  return fmt ? quantize(f(quantize(x, fmt)), fmt) : f(x);
}

/** x ↦ the method's output, through the format's datapath when one is given. */
export function evaluatorOf(key: MethodKey, s: MethodSettings, fmt: FixedFormat | undefined): (x: number) => number {
  if (key === 'hard') return (x) => hardFixed(x, fmt);
  const a = sigmoidApprox[key];
  const cfg = configOf(key, s);
  return (x) => a.evaluate(x, cfg, fmt);
}

/**
 * Cost per evaluation. The hard sigmoid's is counted here (the engine has no cost model
 * for it yet): a constant multiplier by 1/6, the +½ adder, two comparators for the clip,
 * two dependent stages.
 */
export function costOf(key: MethodKey, s: MethodSettings, fmt: FixedFormat | undefined): HardwareCost {
  if (key === 'hard') return { multipliers: 1, adders: 1, shifts: 0, comparators: 2, tableBits: 0, latencyCycles: 2 };
  return sigmoidApprox[key].cost(configOf(key, s), fmt);
}

export function publishedOf(key: MethodKey): number | undefined {
  return key === 'hard' ? undefined : sigmoidApprox[key].publishedMaxError;
}

/** Citation of each method, from the engine (the hard sigmoid's from its reference set). */
export function sourceOf(key: MethodKey): string {
  return key === 'hard' ? referenceSigmoids.hardSigmoid.source : sigmoidApprox[key].source;
}

/** Short names for legends and table rows (the engine's labels are long). */
export const SHORT_LABEL: Record<MethodKey, string> = {
  plan: 'PLAN', sonf: 'SONF', lut: 'LUT', hybrid: 'SONF + dLUT', cordic: 'CORDIC', taylor: 'Taylor', hard: 'Hard sigmoid',
};

/** Dash pattern per method: the second cue beside colour, fixed per method. */
export const DASH: Record<MethodKey, string | undefined> = {
  plan: undefined, sonf: '8 4', lut: '2 3', hybrid: '10 3 2 3', cordic: '4 4', taylor: '12 4', hard: '1 5',
};

export const COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)'];
