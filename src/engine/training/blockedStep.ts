/**
 * The trainer's gradient for one mini-batch computed a whole batch at a time (kernel
 * 'blocked'), instead of one example at a time (network.ts). Same formulas, same element
 * functions (activate, mulDerivative, lossGradAt, softmaxDeltaInto) and the same summation
 * order for every number, so net.grads comes out bit-identical for finite values — only
 * faster on wide layers (see blockedKernels.ts). Buffers are allocated once per trainer.
 */
import { activate, mulDerivative } from './activationKernels';
import { backBlock, forwardBlock, gradBlock } from './blockedKernels';
import { lossGradAt } from './losses';
import type { FullPass } from './diagnostics';
import type { Net } from './network';
import { softmaxDeltaInto } from './softmaxOutput';
import type { LossName } from './types';

export interface BlockedStepper {
  /** Overwrites net.grads with the batch's gradient: rows order[start .. end) of x, each δ scaled by `inv`. */
  gradient(x: Float64Array, y: Float64Array, order: Uint32Array, start: number, end: number, inv: number): void;
}

export function createBlockedStepper(net: Net, maxBatch: number, loss: LossName): BlockedStepper {
  const { sizes, L } = net;
  const k = sizes[L];
  const n0 = sizes[0];
  const input = new Float64Array(maxBatch * n0);
  const Z = Array.from({ length: L }, (_, l) => new Float64Array(maxBatch * sizes[l + 1]));
  const A = Array.from({ length: L - 1 }, (_, l) => new Float64Array(maxBatch * sizes[l + 1]));
  const D = Array.from({ length: L }, (_, l) => new Float64Array(maxBatch * sizes[l + 1]));

  return {
    gradient(x, y, order, start, end, inv) {
      const B = end - start;
      const { params: p, grads: g, wOff, bOff, kernel } = net;
      for (let r = 0; r < B; r++) input.set(x.subarray(order[start + r] * n0, (order[start + r] + 1) * n0), r * n0);
      let a = input;
      for (let l = 0; l < L; l++) {
        forwardBlock(a, p, wOff[l], p, bOff[l], Z[l], B, sizes[l], sizes[l + 1]);
        if (l < L - 1) {
          activate(kernel, Z[l], A[l], B * sizes[l + 1]);
          a = A[l];
        }
      }
      const zOut = Z[L - 1];
      const dOut = D[L - 1];
      for (let r = 0; r < B; r++) {
        const t = y[order[start + r]];
        if (loss === 'crossEntropy') softmaxDeltaInto(dOut, r * k, zOut, r * k, k, t, inv);
        else dOut[r] = lossGradAt(loss, zOut[r], t) * inv;
      }
      for (let l = L - 1; l >= 0; l--) {
        const nin = sizes[l];
        const nout = sizes[l + 1];
        gradBlock(D[l], l === 0 ? input : A[l - 1], g, wOff[l], g, bOff[l], B, nin, nout);
        if (l === 0) break;
        backBlock(D[l], p, wOff[l], D[l - 1], B, nin, nout);
        mulDerivative(kernel, D[l - 1], Z[l - 1], A[l - 1], B * nin);
      }
    },
  };
}

/** Rows per chunk of the blocked full pass: the chunk's activations stay in cache. */
const CHUNK = 64;

/**
 * diagnostics.fullPass with the blocked forward kernel: the same FullPass, bit for bit (each z
 * is the same ordered sum), ~3× faster on wide nets. Hidden pre-activations are written
 * straight into their place in `pre` (a chunk of rows is a contiguous block there).
 */
export function blockedFullPass(net: Net, x: Float64Array, n: number): FullPass {
  const { sizes, L, params: p, wOff, bOff, kernel } = net;
  const H = L - 1;
  const hOff = new Int32Array(H + 1);
  for (let l = 0; l < H; l++) hOff[l + 1] = hOff[l] + n * sizes[l + 1];
  const pre = new Float64Array(hOff[H]);
  const k = sizes[L];
  const logits = new Float64Array(n * k);
  const A = Array.from({ length: H }, (_, l) => new Float64Array(CHUNK * sizes[l + 1]));
  for (let start = 0; start < n; start += CHUNK) {
    const B = Math.min(CHUNK, n - start);
    let a = x.subarray(start * sizes[0], (start + B) * sizes[0]);
    for (let l = 0; l < L; l++) {
      const w = sizes[l + 1];
      const z = l < H ? pre.subarray(hOff[l] + start * w, hOff[l] + (start + B) * w) : logits.subarray(start * k, (start + B) * k);
      forwardBlock(a, p, wOff[l], p, bOff[l], z, B, sizes[l], w);
      if (l < H) {
        activate(kernel, z, A[l], B * w);
        a = A[l];
      }
    }
  }
  return { pre, hOff, logits };
}
