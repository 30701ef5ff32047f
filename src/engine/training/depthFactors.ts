/**
 * depthFactors: where the gradient goes on its way down backwardThroughDepth's network.
 * The same network, batch and backward pass (same seed, same draws, the same gradient norms,
 * bit for bit: the test holds it to that), and on the way down, per hidden layer k (1 = nearest the input) and per example:
 *
 *   u_k = W_{k+1}ᵀ δ_{k+1}        (the weight matrix above layer k)
 *   δ_k = f′(z_k) ⊙ u_k           (the slopes of layer k)
 *
 * so ‖δ_1‖ / ‖δ_out‖ = Π_k (‖u_k‖ / ‖δ_{k+1}‖) · (‖δ_k‖ / ‖u_k‖) exactly, one factor for
 * each matrix and one for each layer of slopes. Each factor is averaged over the batch
 * geometrically (the mean of its log), so the products of the averages are the geometric
 * mean of the per-example chain.
 */
import { mulDerivative } from './activationKernels';
import { buildProbe, type DepthProbeOptions } from './depth';
import { lossGradAt } from './losses';
import { backwardOne, forwardOne, layerNorms } from './network';

export interface DepthFactors {
  /** Each weight layer's gradient norm, exactly as backwardThroughDepth returns them. */
  norms: number[];
  /** Per hidden layer (index 0 = nearest the input): f′(z) averaged over the batch and the units. */
  meanSlope: number[];
  /** Per hidden layer: how much the slopes shrink the backward signal, ‖f′(z) ⊙ u‖ / ‖u‖ (geometric mean over the batch). */
  slopeGain: number[];
  /**
   * Per hidden layer: how much the weight matrix above it scales the backward signal,
   * ‖Wᵀδ‖ / ‖δ‖ (geometric mean over the batch). The last entry is the output row (width → 1).
   */
  weightGain: number[];
  /** Geometric mean over the batch of ‖δ_1‖ / ‖δ_out‖: the whole per-example chain, = Π slopeGain · Π weightGain. */
  chain: number;
  /** How many examples of the batch the geometric means average (those whose signal reaches layer 1 nonzero). */
  examples: number;
}

/** Decomposes one backward pass of backwardThroughDepth(opts) into its matrix and slope factors. */
export function depthFactors(opts: DepthProbeOptions): DepthFactors {
  const { net, kernel, rng, depth, width, batch } = buildProbe(opts);
  const L = net.L; // weight layers = depth + 1; hidden layer h has pre-activation z[h], h < depth
  const slopeSum = new Float64Array(depth);
  const logSlope = new Float64Array(depth);
  const logWeight = new Float64Array(depth);
  let logChain = 0;
  const u = new Float64Array(width);
  const ones = new Float64Array(width);
  const exLogSlope = new Float64Array(depth);
  const exLogWeight = new Float64Array(depth);
  let used = 0;
  const pt = new Float64Array(2);
  const norm = (v: Float64Array, n: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i] * v[i];
    return Math.sqrt(s);
  };
  for (let b = 0; b < batch; b++) {
    pt[0] = rng.normal();
    pt[1] = rng.normal();
    const label = rng.next() < 0.5 ? 0 : 1;
    const z = forwardOne(net, pt, 0);
    backwardOne(net, lossGradAt('bce', z, label) / batch);
    // net.delta[l] now holds dLoss/dz[l] for every layer; redo each step down to split it.
    for (let l = L - 1; l >= 1; l--) {
      const h = l - 1; // the hidden layer below weight layer l
      const nin = net.sizes[l];
      const nout = net.sizes[l + 1];
      const d = net.delta[l];
      const wo = net.wOff[l];
      for (let i = 0; i < nin; i++) {
        let s = 0;
        for (let j = 0, k = wo + i; j < nout; j++, k += nin) s += net.params[k] * d[j];
        u[i] = s;
      }
      const nd = norm(d, nout);
      const nu = norm(u, nin);
      const nb = norm(net.delta[h], nin);
      exLogWeight[h] = Math.log(nu / nd);
      exLogSlope[h] = Math.log(nb / nu);
      // f′(z) as the backward pass applied it (the kernel's own derivative), averaged over the units.
      ones.fill(1);
      mulDerivative(kernel, ones, net.z[h], net.a[h + 1], nin);
      let s = 0;
      for (let i = 0; i < nin; i++) s += ones[i];
      slopeSum[h] += s / nin / batch;
    }
    // An example whose signal dies on the way (every ReLU below it off) has no finite chain.
    const top = Math.abs(net.delta[L - 1][0]);
    const bottom = norm(net.delta[0], width);
    if (!(top > 0 && bottom > 0)) continue;
    used++;
    for (let h = 0; h < depth; h++) {
      logWeight[h] += exLogWeight[h];
      logSlope[h] += exLogSlope[h];
    }
    logChain += Math.log(bottom / top);
  }
  return {
    norms: layerNorms(net, net.grads),
    meanSlope: Array.from(slopeSum),
    slopeGain: Array.from(logSlope, (v) => Math.exp(v / used)),
    weightGain: Array.from(logWeight, (v) => Math.exp(v / used)),
    chain: used > 0 ? Math.exp(logChain / used) : 0,
    examples: used,
  };
}
