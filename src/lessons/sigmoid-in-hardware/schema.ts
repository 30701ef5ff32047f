/**
 * Parameters of the lesson's widgets (URL-mirrored: every state is a permalink).
 * Table sizes are stored as log2 so sliders step through powers of two.
 */
import { OVERFLOW_MODES, QUANTIZATION_MODES, type FixedFormat, type OverflowMode, type QuantizationMode } from '../../engine';
import type { Schema } from '../../components/state/schema';
import { METHOD_KEYS, type MethodSettings } from './methods';

export const MAX_PICKED = 4;

/** The methods the engine generates hardware for (all but the framework hard sigmoid). */
export const HDL_METHODS = ['plan', 'sonf', 'lut', 'hybrid', 'cordic', 'taylor'] as const;

/** The fixed-point format controls, shared by the widgets that take a format. */
export const formatSpecs = {
  fixed: { kind: 'boolean', default: false },
  w: { kind: 'number', default: 16, min: 4, max: 32, integer: true },
  i: { kind: 'number', default: 6, min: 2, max: 12, integer: true },
  q: { kind: 'enum', default: 'TRN', options: QUANTIZATION_MODES },
  o: { kind: 'enum', default: 'WRAP', options: OVERFLOW_MODES },
} satisfies Schema;

export interface FormatState {
  fixed: boolean;
  w: number;
  i: number;
  q: QuantizationMode;
  o: OverflowMode;
}

/** undefined means float64 (the method's exact formula). I is kept below W. */
export function formatOf(s: FormatState): FixedFormat | undefined {
  if (!s.fixed) return undefined;
  return {
    width: s.w,
    intBits: Math.min(s.i, s.w - 1),
    signed: true,
    quantization: s.q,
    overflow: s.o,
  };
}

export const settingSpecs = {
  order: { kind: 'number', default: 5, min: 1, max: 9, integer: true },
  lut: { kind: 'number', default: 10, min: 4, max: 12, integer: true },
  interp: { kind: 'boolean', default: false },
  iter: { kind: 'number', default: 16, min: 2, max: 24, integer: true },
  hyb: { kind: 'number', default: 5, min: 3, max: 8, integer: true },
} satisfies Schema;

export function settingsOf(s: { order: number; lut: number; interp: boolean; iter: number; hyb: number }): MethodSettings {
  return { taylorOrder: s.order, lutEntries: 2 ** s.lut, lutInterp: s.interp, cordicIter: s.iter, hybridEntries: 2 ** s.hyb };
}

export const SORT_KEYS = ['method', 'max', 'mean', 'rms', 'published', 'multipliers', 'adders', 'shifts', 'comparators', 'tableBits', 'latency'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const workbenchSchema = {
  pick: { kind: 'enums', default: ['plan', 'sonf', 'lut'], options: METHOD_KEYS, maxLength: MAX_PICKED },
  ...formatSpecs,
  ...settingSpecs,
  scale: { kind: 'enum', default: 'log', options: ['linear', 'log'] as const },
  sort: { kind: 'enum', default: 'max', options: SORT_KEYS },
  dir: { kind: 'enum', default: 'asc', options: ['asc', 'desc'] as const },
  // The hardware panel: which method's Verilog / testbench / HLS C++ is shown (the six with hardware).
  hdl: { kind: 'enum', default: 'plan', options: HDL_METHODS },
  file: { kind: 'enum', default: 'module', options: ['module', 'testbench', 'hls'] as const },
} satisfies Schema;

export const datapathSchema = {
  x: { kind: 'number', default: 1.5, min: -8, max: 8 },
  step: { kind: 'number', default: 0, min: 0, max: 5, integer: true },
  w: { kind: 'number', default: 16, min: 6, max: 24, integer: true },
  i: { kind: 'number', default: 6, min: 4, max: 8, integer: true },
} satisfies Schema;

export const paretoSchema = {
  ...formatSpecs,
  // The sweep is about hardware budgets, so it opens on hls4ml's default type ap_fixed<16,6>.
  fixed: { kind: 'boolean', default: true },
  cost: { kind: 'enum', default: 'area', options: ['area', 'latency'] as const },
  // Where the area axis comes from: the cost model, or Yosys's generic gate count of the designs synthesized so far.
  areaFrom: { kind: 'enum', default: 'model', options: ['model', 'yosys'] as const },
} satisfies Schema;

/** The CORDIC step-through: one input, n micro-rotations (up to the third repeat, 40), float64 or ap_fixed<W, I>. */
export const cordicSchema = {
  x: { kind: 'number', default: 1.5, min: -8, max: 8 },
  n: { kind: 'number', default: 16, min: 2, max: 48, integer: true },
  step: { kind: 'number', default: 1, min: 1, max: 48, integer: true },
  fixed: { kind: 'boolean', default: false },
  w: { kind: 'number', default: 16, min: 8, max: 32, integer: true },
  i: { kind: 'number', default: 4, min: 2, max: 8, integer: true },
} satisfies Schema;

/** The network on the chip: per-layer ap_fixed<W, I> (hls4ml's default <16,6>), the output sigmoid and its table. */
export const QNET_SIGMOIDS = ['hls4ml', 'plan', 'lut', 'sonf', 'cordic', 'exact'] as const;
export const qnetSchema = {
  w: { kind: 'numbers', default: [16, 16, 16], min: 4, max: 24, minLength: 3, maxLength: 3 },
  i: { kind: 'numbers', default: [6, 6, 6], min: 1, max: 12, minLength: 3, maxLength: 3 },
  sig: { kind: 'enum', default: 'hls4ml', options: QNET_SIGMOIDS },
  tab: { kind: 'number', default: 10, min: 4, max: 12, integer: true },
} satisfies Schema;
