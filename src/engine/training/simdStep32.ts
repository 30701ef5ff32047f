/**
 * The trainer's batch gradient on WebAssembly SIMD kernels (kernels 'simd32'): blockedStep32.ts's
 * algorithm with the three matrix products — forward Z = A·Wᵀ + b, weight gradient G = Dᵀ·A,
 * back-propagated E = D·W — run by the f32x4 kernel of simd/kernels.wat on float32 operands in
 * the instance's memory, with float32 accumulation (4 lanes of multiply + add per instruction;
 * JS numbers cannot do that). Everything else is the other paths' code: the element functions
 * (activation, its derivative, the softmax δ) run on float64 scratch rows, gb is a float64 sum,
 * the gradient lands in net.grads (float64) and the optimizer updates the float64 weights, so
 * results differ from 'blocked' only by float32 rounding in the products (simd32.test.ts).
 *
 * Layout (simd/kernels.wat explains the padding): every matrix is row-major with rows padded to
 * a multiple of 4 floats; the weights are copied from net.params each step twice, as Wᵀ (for
 * the forward, so a row of Wᵀ is 4-wide vectors over the outputs) and as W (for E = D·W).
 * Without WebAssembly SIMD, or without the memory, this falls back to 'blocked32'.
 */
import { activate, mulDerivative } from './activationKernels';
import type { BlockedStepper } from './blockedStep';
import { createBlocked32Stepper } from './blockedStep32';
import { lossGradAt } from './losses';
import type { Net } from './network';
import { instantiateSimdKernels, simdKernelsModule } from './simd/kernels';
import { softmaxDeltaInto } from './softmaxOutput';
import type { LossName } from './types';

const pad4 = (n: number) => (n + 3) & ~3;

/** dst[r·n + c] = src[so + r·ns + c]: padded float32 rows → packed float64 rows. */
function unpack(src: Float32Array, so: number, ns: number, dst: Float64Array, rows: number, n: number): void {
  for (let r = 0; r < rows; r++) for (let c = 0, s = so + r * ns, d = r * n; c < n; c++) dst[d + c] = src[s + c];
}

/** The inverse of unpack; padding columns are left as they are. */
function pack(src: Float64Array, dst: Float32Array, dO: number, ns: number, rows: number, n: number): void {
  for (let r = 0; r < rows; r++) for (let c = 0, d = dO + r * ns, s = r * n; c < n; c++) dst[d + c] = src[s + c];
}

export function createSimd32Stepper(net: Net, maxBatch: number, loss: LossName, x: Float64Array, module: WebAssembly.Module | null = simdKernelsModule()): BlockedStepper {
  const { sizes, L } = net;
  const k = sizes[L];
  const n0 = sizes[0];
  const P = Array.from(sizes, pad4); // padded widths
  // Float offsets into the memory. Address 0 means "no bias" to the kernel, so start at 16 floats.
  let top = 16;
  const take = (floats: number) => ((top += floats), top - floats);
  const input = take(maxBatch * P[0]);
  const Wt = Array.from({ length: L }, (_, l) => take(sizes[l] * P[l + 1]));
  const W = Array.from({ length: L }, (_, l) => (l > 0 ? take(sizes[l + 1] * P[l]) : -1));
  const bias = Array.from({ length: L }, (_, l) => take(P[l + 1]));
  const Z = Array.from({ length: L }, (_, l) => take(maxBatch * P[l + 1]));
  const A = Array.from({ length: L - 1 }, (_, l) => take(maxBatch * P[l + 1]));
  const D = Array.from({ length: L }, (_, l) => take(maxBatch * P[l + 1]));
  const G = Array.from({ length: L }, (_, l) => take(sizes[l + 1] * P[l]));
  const kern = module && instantiateSimdKernels(module, 4 * top);
  if (!kern) return createBlocked32Stepper(net, maxBatch, loss, x);
  const { gemm } = kern;
  const m = new Float32Array(kern.memory.buffer); // the memory never grows after this
  // The inputs are converted once; a step copies float32 rows into the memory.
  const x32 = Float32Array.from(x);
  let widest = k;
  for (let l = 1; l < L; l++) widest = Math.max(widest, sizes[l]);
  const s1 = new Float64Array(maxBatch * widest);
  const s2 = new Float64Array(maxBatch * widest);
  const s3 = new Float64Array(maxBatch * widest);

  function loadWeights(params: Float64Array, wOff: Int32Array, bOff: Int32Array): void {
    for (let l = 0; l < L; l++) {
      const nin = sizes[l];
      const nout = sizes[l + 1];
      const po = P[l + 1];
      const t = Wt[l];
      for (let j = 0, q = wOff[l]; j < nout; j++) for (let i = 0; i < nin; i++, q++) m[t + i * po + j] = params[q];
      if (l > 0) for (let j = 0, q = wOff[l]; j < nout; j++, q += nin) m.set(params.subarray(q, q + nin), W[l] + j * P[l]);
      m.set(params.subarray(bOff[l], bOff[l] + nout), bias[l]);
    }
  }

  return {
    gradient(xs, y, order, start, end, inv) {
      if (xs.length !== x.length) throw new Error('simd32 stepper built for another data set');
      const B = end - start;
      const { params, grads: g, wOff, bOff, kernel } = net;
      loadWeights(params, wOff, bOff);
      for (let r = 0; r < B; r++) m.set(x32.subarray(order[start + r] * n0, (order[start + r] + 1) * n0), input + r * P[0]);
      let a = input;
      for (let l = 0; l < L; l++) {
        const nout = sizes[l + 1];
        gemm(4 * a, P[l], 1, 4 * Wt[l], 4 * Z[l], 4 * bias[l], B, sizes[l], P[l + 1] >> 2);
        if (l < L - 1) {
          unpack(m, Z[l], P[l + 1], s1, B, nout);
          activate(kernel, s1, s2, B * nout);
          pack(s2, m, A[l], P[l + 1], B, nout);
          a = A[l];
        }
      }
      const zo = Z[L - 1];
      const kp = P[L];
      for (let r = 0; r < B; r++) {
        const t = y[order[start + r]];
        if (loss === 'crossEntropy') softmaxDeltaInto(s1, r * k, m, zo + r * kp, k, t, inv);
        else s1[r] = lossGradAt(loss, m[zo + r * kp], t) * inv;
      }
      pack(s1, m, D[L - 1], kp, B, k);
      for (let l = L - 1; l >= 0; l--) {
        const nin = sizes[l];
        const nout = sizes[l + 1];
        const pi = P[l];
        const po = P[l + 1];
        const d = D[l];
        gemm(4 * d, 1, po, 4 * (l === 0 ? input : A[l - 1]), 4 * G[l], 0, nout, B, pi >> 2);
        for (let j = 0, q = wOff[l]; j < nout; j++, q += nin) g.set(m.subarray(G[l] + j * pi, G[l] + j * pi + nin), q);
        for (let j = 0; j < nout; j++) {
          let s = 0;
          for (let r = 0; r < B; r++) s += m[d + r * po + j];
          g[bOff[l] + j] = s;
        }
        if (l === 0) break;
        gemm(4 * d, po, 1, 4 * W[l], 4 * D[l - 1], 0, B, nout, pi >> 2);
        unpack(m, D[l - 1], pi, s1, B, nin);
        unpack(m, Z[l - 1], pi, s2, B, nin);
        unpack(m, A[l - 1], pi, s3, B, nin);
        mulDerivative(kernel, s1, s2, s3, B * nin);
        pack(s1, m, D[l - 1], pi, B, nin);
      }
    },
  };
}
