/**
 * What quantization does to a trained classifier: accuracy and class flips against float64,
 * the decision map in both, and each tensor's values against its type's range (hls4ml's
 * profiling view). Builds on quantizedNetwork.ts; pure, no DOM.
 */
import { formatRange, formatStep, type FixedFormat } from './fixed/format';
import { floatNetworkLogit, prepareQuantNet, type QuantNetwork } from './quantizedNetwork';

export interface QuantEvaluation {
  n: number;
  /** Fraction right against the labels (σ > ½ ⇔ class 1), float64 and quantized. */
  accuracyFloat: number;
  accuracyQuant: number;
  /** Fraction of inputs whose predicted class differs between the two. */
  flipRate: number;
  /** Largest |σ̂ − σ| over the inputs. */
  maxProbError: number;
}

/** x: n × sizes[0] row-major; y: labels 0/1. */
export function evaluateQuantNet(net: QuantNetwork, x: ArrayLike<number>, y: ArrayLike<number>, n: number): QuantEvaluation {
  if (!Number.isInteger(n) || n < 1 || x.length < n * net.sizes[0] || y.length < n) throw new RangeError('evaluateQuantNet: n must be ≥ 1 and x, y must hold n rows');
  const p = prepareQuantNet(net);
  let rf = 0;
  let rq = 0;
  let flips = 0;
  let maxErr = 0;
  for (let r = 0; r < n; r++) {
    const pf = 1 / (1 + Math.exp(-floatNetworkLogit(net.sizes, net.params, x, r)));
    const pq = p.prob(x, r);
    const cf = pf > 0.5 ? 1 : 0;
    const cq = pq > 0.5 ? 1 : 0;
    const label = y[r] > 0.5 ? 1 : 0;
    rf += cf === label ? 1 : 0;
    rq += cq === label ? 1 : 0;
    flips += cf === cq ? 0 : 1;
    maxErr = Math.max(maxErr, Math.abs(pq - pf));
  }
  return { n, accuracyFloat: rf / n, accuracyQuant: rq / n, flipRate: flips / n, maxProbError: maxErr };
}

export interface QuantDecisionMap {
  gridSize: number;
  extent: number;
  /** Per cell (row 0 = top, y = +extent): σ in float64 and σ̂ quantized. */
  float: Float32Array;
  quant: Float32Array;
  /** Cells whose class differs. */
  flips: number;
}

/** Both decision maps over the plane; cell centres as the training grids (decisionGridOf) place them. */
export function quantDecisionMap(net: QuantNetwork, gridSize: number, extent: number): QuantDecisionMap {
  if (net.sizes[0] !== 2) throw new RangeError('quantDecisionMap: the network must take 2 inputs');
  if (!Number.isInteger(gridSize) || gridSize < 1 || gridSize > 256) throw new RangeError('quantDecisionMap: gridSize must be an integer in 1…256');
  const p = prepareQuantNet(net);
  const G = gridSize;
  const float = new Float32Array(G * G);
  const quant = new Float32Array(G * G);
  const step = (2 * extent) / G;
  const pt = new Float64Array(2);
  let flips = 0;
  for (let r = 0, k = 0; r < G; r++) {
    pt[1] = extent - (r + 0.5) * step;
    for (let c = 0; c < G; c++, k++) {
      pt[0] = -extent + (c + 0.5) * step;
      float[k] = 1 / (1 + Math.exp(-floatNetworkLogit(net.sizes, net.params, pt, 0)));
      quant[k] = p.prob(pt, 0);
      if (float[k] > 0.5 !== quant[k] > 0.5) flips++;
    }
  }
  return { gridSize, extent, float, quant, flips };
}

export type QuantTensorKind = 'input' | 'weight' | 'bias' | 'accum' | 'result';

export interface QuantProfileRow {
  /** Weight layer (0-based); −1 for the network input. */
  layer: number;
  kind: QuantTensorKind;
  format: FixedFormat;
  /** log₂ of the type's step and of its largest value: the span it can hold. */
  fmtLo: number;
  fmtHi: number;
  /** Histogram of log₂|v| over the nonzero float64 values, bins of width 1 from binLo. */
  binLo: number;
  counts: number[];
  /** Fractions of all values: beyond the type's range (overflow), nonzero but below one step (lost). */
  overflow: number;
  underflow: number;
  count: number;
}

const BIN_LO = -20;
const BIN_HI = 12;

function row(layer: number, kind: QuantTensorKind, format: FixedFormat, values: ArrayLike<number>): QuantProfileRow {
  const { min, max } = formatRange(format);
  const lsb = formatStep(format);
  const counts = new Array<number>(BIN_HI - BIN_LO).fill(0);
  let over = 0;
  let under = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v > max || v < min) over++;
    const a = Math.abs(v);
    if (a === 0) continue;
    if (a < lsb) under++;
    const b = Math.min(BIN_HI - BIN_LO - 1, Math.max(0, Math.floor(Math.log2(a)) - BIN_LO));
    counts[b]++;
  }
  const n = Math.max(1, values.length);
  return { layer, kind, format, fmtLo: Math.log2(lsb), fmtHi: Math.log2(max), binLo: BIN_LO, counts, overflow: over / n, underflow: under / n, count: values.length };
}

/**
 * Float64 values of every tensor (inputs over x, weights, biases, each layer's pre-activation
 * "accum" and its output "result") against the type the quantized network stores them in.
 */
export function profileQuantNet(net: QuantNetwork, x: ArrayLike<number>, n: number): QuantProfileRow[] {
  const { sizes, params } = net;
  const L = sizes.length - 1;
  const acts: number[][] = sizes.map(() => []);
  const pre: number[][] = sizes.slice(1).map(() => []);
  for (let r = 0; r < n; r++) {
    let a: number[] = Array.from({ length: sizes[0] }, (_, i) => x[r * sizes[0] + i]);
    acts[0].push(...a);
    let off = 0;
    for (let l = 0; l < L; l++) {
      const nin = sizes[l];
      const nout = sizes[l + 1];
      const next: number[] = [];
      for (let o = 0; o < nout; o++) {
        let z = params[off + nin * nout + o];
        for (let i = 0; i < nin; i++) z += a[i] * params[off + o * nin + i];
        pre[l].push(z);
        next.push(l < L - 1 ? Math.max(0, z) : z);
      }
      off += nin * nout + nout;
      acts[l + 1].push(...next);
      a = next;
    }
  }
  const rows: QuantProfileRow[] = [row(-1, 'input', net.input, acts[0])];
  let off = 0;
  for (let l = 0; l < L; l++) {
    const nw = sizes[l] * sizes[l + 1];
    const f = net.layers[l];
    rows.push(row(l, 'weight', f.weight, Array.prototype.slice.call(params, off, off + nw) as number[]));
    rows.push(row(l, 'bias', f.bias, Array.prototype.slice.call(params, off + nw, off + nw + sizes[l + 1]) as number[]));
    rows.push(row(l, 'accum', f.accum, pre[l]));
    rows.push(row(l, 'result', f.result, acts[l + 1]));
    off += nw + sizes[l + 1];
  }
  return rows;
}
