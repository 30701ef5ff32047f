/**
 * A multilayer perceptron on one flat Float64Array of parameters (no object per neuron):
 * per weight layer l, W_l (out×in, row-major) followed by b_l, so a layer is one
 * contiguous slice [wOff[l], end(l)) and optimizers sweep a single array.
 * Forward/backward work one sample at a time into preallocated per-layer buffers; for
 * networks this small that is faster than batched matrices and allocates nothing.
 */
import type { ActKernel } from './activationKernels';
import { activate, mulDerivative } from './activationKernels';
import type { Rng } from '../random';
import type { InitName } from './types';

export interface Net {
  sizes: Int32Array; // layer widths, input first
  L: number; // number of weight layers
  wOff: Int32Array;
  bOff: Int32Array;
  params: Float64Array;
  grads: Float64Array;
  kernel: ActKernel;
  z: Float64Array[]; // z[l]: pre-activation of layer l+1
  a: Float64Array[]; // a[0]: input; a[l+1] = f(z[l]) for hidden layers
  delta: Float64Array[]; // dLoss/dz[l]
}

export function createNet(sizes: readonly number[], kernel: ActKernel): Net {
  const L = sizes.length - 1;
  const wOff = new Int32Array(L + 1);
  const bOff = new Int32Array(L);
  let off = 0;
  for (let l = 0; l < L; l++) {
    wOff[l] = off;
    off += sizes[l] * sizes[l + 1];
    bOff[l] = off;
    off += sizes[l + 1];
  }
  wOff[L] = off; // end sentinel: layer l spans [wOff[l], wOff[l + 1])
  return {
    sizes: Int32Array.from(sizes),
    L,
    wOff,
    bOff,
    params: new Float64Array(off),
    grads: new Float64Array(off),
    kernel,
    z: sizes.slice(1).map((w) => new Float64Array(w)),
    a: sizes.map((w) => new Float64Array(w)),
    delta: sizes.slice(1).map((w) => new Float64Array(w)),
  };
}

/** Draws weights layer by layer, row-major, from `rng`; biases are the constant `biasInit`. */
export function initNet(net: Net, init: InitName, scale: number, biasInit: number, rng: Rng): void {
  const { sizes, wOff, bOff, params: p, L } = net;
  for (let l = 0; l < L; l++) {
    const fin = sizes[l];
    const fout = sizes[l + 1];
    const end = bOff[l];
    const bound = scale * Math.sqrt(6 / (fin + fout)); // Glorot uniform
    const heStd = scale * Math.sqrt(2 / fin);
    for (let k = wOff[l]; k < end; k++) {
      switch (init) {
        case 'zeros': p[k] = 0; break;
        case 'uniform': p[k] = rng.uniform(-scale, scale); break;
        case 'normal': p[k] = scale * rng.normal(); break;
        case 'xavier': p[k] = rng.uniform(-bound, bound); break;
        case 'he': p[k] = heStd * rng.normal(); break;
      }
    }
    for (let j = 0; j < fout; j++) p[end + j] = biasInit;
  }
}

/**
 * Runs one input row x[off .. off+in) through the net; returns the first output logit (the
 * only one of a sigmoid net; a softmax net reads all k from net.z[L − 1]).
 */
export function forwardOne(net: Net, x: ArrayLike<number>, off: number): number {
  const { sizes, wOff, bOff, params: p, L, kernel, z: zs, a: as } = net;
  const a0 = as[0];
  const n0 = sizes[0];
  for (let i = 0; i < n0; i++) a0[i] = x[off + i];
  for (let l = 0; l < L; l++) {
    const nin = sizes[l];
    const nout = sizes[l + 1];
    const ain = as[l];
    const z = zs[l];
    const bo = bOff[l];
    let r = wOff[l];
    for (let j = 0; j < nout; j++, r += nin) {
      let s = p[bo + j];
      for (let i = 0; i < nin; i++) s += p[r + i] * ain[i];
      z[j] = s;
    }
    if (l < L - 1) activate(kernel, z, as[l + 1], nout);
  }
  return zs[L - 1][0];
}

/**
 * Back-propagates dLoss/dlogit = g (single-output nets) for the sample last passed to
 * forwardOne and adds its parameter gradient into net.grads.
 */
export function backwardOne(net: Net, g: number): void {
  net.delta[net.L - 1][0] = g;
  backpropFromOutput(net);
}

/**
 * The backward pass proper, for a caller that has already written dLoss/dz of the output
 * layer into net.delta[L − 1] (one entry per output unit: the softmax trainer writes k of
 * them). Adds this sample's gradient into net.grads and leaves every δ in net.delta.
 */
export function backpropFromOutput(net: Net): void {
  const { sizes, wOff, bOff, params: p, grads: gr, L, kernel, z: zs, a: as, delta } = net;
  for (let l = L - 1; l >= 0; l--) {
    const nin = sizes[l];
    const nout = sizes[l + 1];
    const ain = as[l];
    const d = delta[l];
    const bo = bOff[l];
    const wo = wOff[l];
    let r = wo;
    for (let j = 0; j < nout; j++, r += nin) {
      const dj = d[j];
      if (dj === 0) continue; // dead ReLU units cost nothing
      gr[bo + j] += dj;
      for (let i = 0; i < nin; i++) gr[r + i] += dj * ain[i];
    }
    if (l === 0) break;
    const dp = delta[l - 1];
    for (let i = 0; i < nin; i++) {
      let s = 0;
      for (let j = 0, k = wo + i; j < nout; j++, k += nin) s += p[k] * d[j];
      dp[i] = s;
    }
    mulDerivative(kernel, dp, zs[l - 1], ain, nin);
  }
}

/** L2 norm of each weight layer's slice of `v` (weights and biases together). */
export function layerNorms(net: Net, v: Float64Array): number[] {
  const out: number[] = [];
  for (let l = 0; l < net.L; l++) {
    let s = 0;
    for (let k = net.wOff[l], e = net.wOff[l + 1]; k < e; k++) s += v[k] * v[k];
    out.push(Math.sqrt(s));
  }
  return out;
}
