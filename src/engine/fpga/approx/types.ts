/**
 * Shared shapes of the hardware approximations, and the config/argument checks every
 * method uses (bad input → RangeError naming the argument and the value).
 */
import type { FixedFormat } from '../fixed/format';

export type ApproxName = 'taylor' | 'lut' | 'plan' | 'sonf' | 'cordic' | 'hybrid';

export const APPROX_NAMES: readonly ApproxName[] = ['taylor', 'lut', 'plan', 'sonf', 'cordic', 'hybrid'];

/**
 * Per evaluation: multipliers, adders/subtractors, shifts, comparators, table bits and
 * latency (one cycle per dependent adder or multiplier stage, per CORDIC iteration, per
 * table read). PLAN: 0 multipliers, comparators for the segment, one shift and one add.
 * SONF: 1 multiplier (a squarer), no table. CORDIC: 2 adders + 2 shifts + 1 table read per
 * iteration, plus range reduction and a divider. See docs/engine.md.
 */
export interface HardwareCost {
  multipliers: number;
  adders: number;
  shifts: number;
  comparators: number;
  /** entries × entry width (the format's W; 64 for a float64 table). */
  tableBits: number;
  /** One cycle per dependent adder or multiplier stage, one per CORDIC iteration, one per table read. */
  latencyCycles: number;
  /** Dividers (CORDIC's final 1/(1+e^−|x|)); absent when there are none. Extra to the contract. */
  dividers?: number;
}

export interface ConfigParam {
  name: string;
  default: number;
  min: number;
  max: number;
  /** Granularity (1 for integer parameters). Extra to the contract, for sliders. */
  step?: number;
}

export interface Approximation {
  name: ApproxName;
  label: string;
  /** Citation of the method's paper. */
  source: string;
  /** Max |error| as the paper reports it. */
  publishedMaxError?: number;
  config: ConfigParam[];
  evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number;
  cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost;
}

/** Word width used for table bits when no format is given: a float64 table. */
export const FLOAT_WORD_BITS = 64;

/**
 * Fills defaults and checks every given key: unknown names, non-numbers, out-of-range and
 * non-integer values (for step-1 parameters) throw, naming method and parameter.
 */
export function resolveConfig(
  method: string,
  params: readonly ConfigParam[],
  config: Record<string, number> | undefined,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of params) out[p.name] = p.default;
  if (config === undefined) return out;
  if (config === null || typeof config !== 'object') {
    throw new RangeError(`${method}: config must be an object, got ${String(config)}`);
  }
  for (const [key, value] of Object.entries(config)) {
    const p = params.find((q) => q.name === key);
    if (!p) {
      const known = params.map((q) => q.name).join(', ') || 'none';
      throw new RangeError(`${method}: unknown config parameter "${key}" (known: ${known})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < p.min || value > p.max) {
      throw new RangeError(`${method}: config.${key} must be in [${p.min}, ${p.max}], got ${String(value)}`);
    }
    if (p.step === 1 && !Number.isInteger(value)) {
      throw new RangeError(`${method}: config.${key} must be an integer, got ${String(value)}`);
    }
    out[key] = value;
  }
  return out;
}

/** x must be a number (±Infinity allowed: every method saturates). */
export function checkInput(method: string, x: number): void {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new RangeError(`${method}: x must be a number, got ${String(x)}`);
  }
}

/** Fills the optional cost fields so every method reports the same shape. */
export function makeCost(c: Partial<HardwareCost>): HardwareCost {
  return {
    multipliers: c.multipliers ?? 0,
    adders: c.adders ?? 0,
    shifts: c.shifts ?? 0,
    comparators: c.comparators ?? 0,
    tableBits: c.tableBits ?? 0,
    latencyCycles: c.latencyCycles ?? 0,
    ...(c.dividers !== undefined ? { dividers: c.dividers } : {}),
  };
}

/**
 * |x| of a stored value. Held in a magnitude register ap_ufixed<W, I> (same word, same
 * step, the sign bit reused as an integer bit), which represents |x| exactly for every
 * input — including the signed minimum, whose negation would wrap in ap_fixed<W, I>.
 * So no quantization is needed here.
 */
export function magnitude(xq: number): number {
  return Math.abs(xq);
}
