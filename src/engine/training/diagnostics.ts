/**
 * Per-hidden-layer diagnostics computed from one full pass over the training data:
 * dead units, saturated fraction, pre-activation histograms. The pass is cached by the
 * trainer until the weights change, so a snapshot asking for all of them pays once.
 */
import { checkIndex, checkInteger } from '../numeric/errors';
import { derivativeExact } from './activationKernels';
import { forwardOne, type Net } from './network';
import type { Histogram } from './types';

export interface FullPass {
  /** Hidden pre-activations, layer-major then point-major: pre[hOff[l] + i·width_l + j]. */
  pre: Float64Array;
  hOff: Int32Array;
  /** Output logits, n×k row-major (k = 1 for a sigmoid net). */
  logits: Float64Array;
}

export const SATURATION_THRESHOLD = 1e-3;

export function fullPass(net: Net, x: Float64Array, n: number): FullPass {
  const H = net.L - 1;
  const hOff = new Int32Array(H + 1);
  for (let l = 0; l < H; l++) hOff[l + 1] = hOff[l] + n * net.sizes[l + 1];
  const pre = new Float64Array(hOff[H]);
  const k = net.sizes[net.L];
  const logits = new Float64Array(n * k);
  const n0 = net.sizes[0];
  for (let i = 0; i < n; i++) {
    forwardOne(net, x, i * n0);
    logits.set(net.z[net.L - 1], i * k);
    for (let l = 0; l < H; l++) {
      const w = net.sizes[l + 1];
      pre.set(net.z[l], hOff[l] + i * w);
    }
  }
  return { pre, hOff, logits };
}

/** Per hidden layer, per unit: on how many points |f′(z)| is below `threshold` (or exactly 0). */
function countPerUnit(net: Net, fp: FullPass, n: number, test: (d: number) => boolean): number[][] {
  const out: number[][] = [];
  for (let l = 0; l < net.L - 1; l++) {
    const w = net.sizes[l + 1];
    const counts = new Array<number>(w).fill(0);
    const base = fp.hOff[l];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < w; j++) if (test(derivativeExact(net.kernel, fp.pre[base + i * w + j]))) counts[j]++;
    }
    out.push(counts);
  }
  return out;
}

export function deadUnitsOf(net: Net, fp: FullPass, n: number): number[] {
  return countPerUnit(net, fp, n, (d) => d === 0).map((c) => c.filter((k) => k === n).length);
}

export function saturatedFractionOf(net: Net, fp: FullPass, n: number): number[] {
  return countPerUnit(net, fp, n, (d) => Math.abs(d) < SATURATION_THRESHOLD).map(
    (c) => c.filter((k) => k > n / 2).length / c.length,
  );
}

/** Equal-width bins; without a range, symmetric around 0 out to the largest |z| (at least 1). */
export function histogramOf(
  net: Net,
  fp: FullPass,
  layer: number,
  bins: number,
  range?: [number, number],
): Histogram {
  const H = net.L - 1;
  checkIndex('layer', layer, H); // a hidden layer
  checkInteger('bins', bins, 1, 10_000);
  const start = fp.hOff[layer];
  const end = fp.hOff[layer + 1];
  let lo: number, hi: number;
  if (range) {
    [lo, hi] = range;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
      throw new RangeError(`range must be two finite numbers lo < hi, got [${lo}, ${hi}]`);
    }
  } else {
    let m = 1;
    for (let k = start; k < end; k++) m = Math.max(m, Math.abs(fp.pre[k]));
    if (!Number.isFinite(m)) m = Number.MAX_VALUE / 2;
    lo = -m;
    hi = m;
  }
  const counts = new Uint32Array(bins);
  const scale = bins / (hi - lo);
  for (let k = start; k < end; k++) {
    const v = fp.pre[k];
    if (Number.isNaN(v)) continue;
    const b = Math.floor((v - lo) * scale);
    counts[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
  }
  return { lo, hi, counts };
}
