/**
 * Inference of a small trained MLP the way hls4ml's generated HLS runs it (dense_latency +
 * relu + sigmoid): weights, biases, inputs, accumulators and layer results each in their own
 * ap_fixed type. Per dense output jj, as nnet_dense_latency.h does:
 *   mult = (accum_t)(x_ii · w_ii,jj)      — the exact product, cast to the accumulator type
 *   acc  = (accum_t) b_jj;  acc += mult    — in input order, each sum cast to accum_t
 *   res  = (result_t) acc
 * ReLU keeps the result type; the output unit goes through a chosen sigmoid (hls4ml's own
 * table, an engine approximation, or the exact σ rounded to the output type).
 * Products and sums are exact in a double while both operands have ≤ 26 significant bits,
 * so formats are limited to W ≤ 26: every cast then sees the true ap_fixed intermediate.
 */
import type { ApproxName } from './approx/types';
import { APPROX_NAMES } from './approx/types';
import { sigmoidApprox } from './approx';
import { hls4mlSigmoid } from './approx/hls4mlSigmoid';
import { sigmoidExact } from './exact';
import { apFixed, validateFormat, type FixedFormat } from './fixed/format';
import { quantizer } from './fixed/quantize';

/** The output sigmoid: 'exact' σ rounded to the output type, 'hls4ml' (its LUT, bit-exact), or an engine approximation. */
export type QuantSigmoidName = 'exact' | 'hls4ml' | ApproxName;
export const QUANT_SIGMOID_NAMES: readonly QuantSigmoidName[] = ['exact', 'hls4ml', ...APPROX_NAMES];

/** One dense layer's types, as hls4ml names them. */
export interface QuantLayerFormats {
  weight: FixedFormat;
  bias: FixedFormat;
  accum: FixedFormat;
  result: FixedFormat;
}

export interface QuantNetwork {
  /** Layer widths, input first, one output unit (binary classifier), e.g. [2, 8, 8, 1]. */
  sizes: readonly number[];
  /** Trainer.getWeights() layout: per layer W (out × in, row-major) then b. */
  params: ArrayLike<number>;
  input: FixedFormat;
  /** One per weight layer. */
  layers: readonly QuantLayerFormats[];
  sigmoid: {
    method: QuantSigmoidName;
    /** The approximation's config (e.g. { entries: 1024 }), or for 'hls4ml' { tableSize }. */
    config?: Record<string, number>;
    /** The sigmoid's output type (and, for engine approximations, its datapath's type). */
    format: FixedFormat;
  };
}

/** Widest format this emulator keeps exact (see the header). */
export const QUANT_NET_MAX_WIDTH = 26;

/** hls4ml's default: ap_fixed<16,6> (AP_TRN, AP_WRAP) for every type, its 1024-entry sigmoid table. */
export function hls4mlDefaultNetwork(sizes: readonly number[], params: ArrayLike<number>, width = 16, intBits = 6): QuantNetwork {
  const f = apFixed(width, intBits);
  return {
    sizes,
    params,
    input: f,
    layers: sizes.slice(1).map(() => ({ weight: f, bias: f, accum: f, result: f })),
    sigmoid: { method: 'hls4ml', config: { tableSize: 1024 }, format: f },
  };
}

function check(net: QuantNetwork): void {
  const { sizes, params, layers } = net;
  if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new RangeError('quantized network: sizes must be ≥ 2 positive integers');
  if (sizes[sizes.length - 1] !== 1) throw new RangeError('quantized network: the last layer must have one (sigmoid) unit');
  let n = 0;
  for (let l = 0; l + 1 < sizes.length; l++) n += sizes[l] * sizes[l + 1] + sizes[l + 1];
  if (params.length !== n) throw new RangeError(`quantized network: params must hold ${n} values, got ${params.length}`);
  if (layers.length !== sizes.length - 1) throw new RangeError(`quantized network: layers must give ${sizes.length - 1} format sets, got ${layers.length}`);
  const all = [net.input, net.sigmoid.format, ...layers.flatMap((l) => [l.weight, l.bias, l.accum, l.result])];
  for (const f of all) {
    validateFormat(f);
    if (f.width > QUANT_NET_MAX_WIDTH) throw new RangeError(`quantized network: widths above ${QUANT_NET_MAX_WIDTH} are not emulated exactly (got ${f.width})`);
  }
  if (!QUANT_SIGMOID_NAMES.includes(net.sigmoid.method)) throw new RangeError(`quantized network: unknown sigmoid ${String(net.sigmoid.method)}`);
}

/** A network prepared once: quantized weights and the quantizers, reused for every input. */
export interface PreparedQuantNet {
  /** Last layer's result (the logit as the sigmoid receives it) for row r of x (n × in). */
  logit(x: ArrayLike<number>, r: number): number;
  /** σ̂ of that logit through the configured sigmoid. */
  prob(x: ArrayLike<number>, r: number): number;
}

export function prepareQuantNet(net: QuantNetwork): PreparedQuantNet {
  check(net);
  const { sizes, params } = net;
  const L = sizes.length - 1;
  const qIn = quantizer(net.input).q;
  const W: Float64Array[] = [];
  const B: Float64Array[] = [];
  const qa: ((v: number) => number)[] = [];
  const qr: ((v: number) => number)[] = [];
  let off = 0;
  for (let l = 0; l < L; l++) {
    const nin = sizes[l];
    const nout = sizes[l + 1];
    const qw = quantizer(net.layers[l].weight).q;
    const qb = quantizer(net.layers[l].bias).q;
    const w = new Float64Array(nin * nout);
    for (let k = 0; k < w.length; k++) w[k] = qw(params[off + k]);
    off += w.length;
    const b = new Float64Array(nout);
    for (let k = 0; k < nout; k++) b[k] = qb(params[off + k]);
    off += nout;
    W.push(w);
    B.push(b);
    qa.push(quantizer(net.layers[l].accum).q);
    qr.push(quantizer(net.layers[l].result).q);
  }
  const bufs = sizes.map((s) => new Float64Array(s));
  const { method, config, format } = net.sigmoid;
  const qOut = quantizer(format).q;
  const sig =
    method === 'exact'
      ? (z: number) => qOut(sigmoidExact(z))
      : method === 'hls4ml'
        ? (z: number) => hls4mlSigmoid(z, { inputFormat: net.layers[L - 1].result, resultFormat: format, tableSize: config?.tableSize })
        : (z: number) => qOut(sigmoidApprox[method].evaluate(z, config, format));

  function logit(x: ArrayLike<number>, r: number): number {
    const a0 = bufs[0];
    for (let i = 0; i < sizes[0]; i++) a0[i] = qIn(x[r * sizes[0] + i]);
    for (let l = 0; l < L; l++) {
      const nin = sizes[l];
      const nout = sizes[l + 1];
      const a = bufs[l];
      const out = bufs[l + 1];
      const w = W[l];
      const q = qa[l];
      for (let o = 0; o < nout; o++) {
        let acc = q(B[l][o]);
        for (let i = 0; i < nin; i++) acc = q(acc + q(a[i] * w[o * nin + i]));
        const z = qr[l](acc);
        out[o] = l < L - 1 && z < 0 ? 0 : z; // hls4ml relu: res = data > 0 ? data : 0, same type
      }
    }
    return bufs[L][0];
  }
  return { logit, prob: (x, r) => sig(logit(x, r)) };
}

/** The same network in float64 (no quantization, exact σ): the reference every figure compares against. */
export function floatNetworkLogit(sizes: readonly number[], params: ArrayLike<number>, x: ArrayLike<number>, r: number): number {
  let a: number[] = [];
  for (let i = 0; i < sizes[0]; i++) a.push(x[r * sizes[0] + i]);
  let off = 0;
  const L = sizes.length - 1;
  for (let l = 0; l < L; l++) {
    const nin = sizes[l];
    const nout = sizes[l + 1];
    const next: number[] = [];
    for (let o = 0; o < nout; o++) {
      let z = params[off + nin * nout + o];
      for (let i = 0; i < nin; i++) z += a[i] * params[off + o * nin + i];
      next.push(l < L - 1 ? Math.max(0, z) : z);
    }
    off += nin * nout + nout;
    a = next;
  }
  return a[0];
}
