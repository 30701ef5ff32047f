/**
 * The trainer's batch gradient with float32 operands (kernels 'blocked32'): blockedStep.ts's
 * algorithm with the inputs, a float32 copy of the weights, the activations and the δs stored
 * as Float32Array (blockedKernels32.ts says why that is faster in JS). The element functions
 * (activation, its derivative, the softmax δ) run on small float64 scratch rows so they are the
 * very same code as the float64 path; the gradient lands in net.grads (float64) and the
 * optimizer updates the float64 weights, so only the matrix products see float32 rounding.
 */
import { activate, mulDerivative } from './activationKernels';
import { backBlock32, forwardBlock32, gradBlock32 } from './blockedKernels32';
import { lossGradAt } from './losses';
import type { Net } from './network';
import type { BlockedStepper } from './blockedStep';
import { softmaxDeltaInto } from './softmaxOutput';
import type { LossName } from './types';

export function createBlocked32Stepper(net: Net, maxBatch: number, loss: LossName, x: Float64Array): BlockedStepper {
  const { sizes, L } = net;
  const k = sizes[L];
  const n0 = sizes[0];
  // The inputs are converted once: a step then copies float32 rows, as a float32 framework would.
  const x32 = Float32Array.from(x);
  const p32 = new Float32Array(net.params.length);
  const input = new Float32Array(maxBatch * n0);
  const Z = Array.from({ length: L }, (_, l) => new Float32Array(maxBatch * sizes[l + 1]));
  const A = Array.from({ length: L - 1 }, (_, l) => new Float32Array(maxBatch * sizes[l + 1]));
  const D = Array.from({ length: L }, (_, l) => new Float32Array(maxBatch * sizes[l + 1]));
  let widest = k;
  for (let l = 1; l < L; l++) widest = Math.max(widest, sizes[l]);
  const s1 = new Float64Array(maxBatch * widest);
  const s2 = new Float64Array(maxBatch * widest);
  const s3 = new Float64Array(maxBatch * widest);

  return {
    gradient(xs, y, order, start, end, inv) {
      if (xs.length !== x.length) throw new Error('blocked32 stepper built for another data set');
      const B = end - start;
      const { params, grads: g, wOff, bOff, kernel } = net;
      for (let i = 0; i < params.length; i++) p32[i] = params[i];
      for (let r = 0; r < B; r++) input.set(x32.subarray(order[start + r] * n0, (order[start + r] + 1) * n0), r * n0);
      let a = input;
      for (let l = 0; l < L; l++) {
        const w = B * sizes[l + 1];
        forwardBlock32(a, p32, wOff[l], p32, bOff[l], Z[l], B, sizes[l], sizes[l + 1]);
        if (l < L - 1) {
          s1.set(Z[l].subarray(0, w));
          activate(kernel, s1, s2, w);
          A[l].set(s2.subarray(0, w));
          a = A[l];
        }
      }
      const zOut = Z[L - 1];
      for (let r = 0; r < B; r++) {
        const t = y[order[start + r]];
        if (loss === 'crossEntropy') softmaxDeltaInto(s1, r * k, zOut, r * k, k, t, inv);
        else s1[r] = lossGradAt(loss, zOut[r], t) * inv;
      }
      D[L - 1].set(s1.subarray(0, B * k));
      for (let l = L - 1; l >= 0; l--) {
        const nin = sizes[l];
        const nout = sizes[l + 1];
        gradBlock32(D[l], l === 0 ? input : A[l - 1], g, wOff[l], g, bOff[l], B, nin, nout);
        if (l === 0) break;
        backBlock32(D[l], p32, wOff[l], D[l - 1], B, nin, nout);
        const w = B * nin;
        s1.set(D[l - 1].subarray(0, w));
        s2.set(Z[l - 1].subarray(0, w));
        s3.set(A[l - 1].subarray(0, w));
        mulDerivative(kernel, s1, s2, s3, w);
        D[l - 1].set(s1.subarray(0, w));
      }
    },
  };
}
