/**
 * gradientCheck: backpropagation against central finite differences, in float64, for one
 * example — the test every hand-written backward pass should pass.
 *
 *   numeric_k = [L(θ + h e_k) − L(θ − h e_k)] / (2h),  every parameter k in turn
 *
 * The truncation error is h²/6 · ∂³L, the rounding error about ε|L|/h, so h ≈ 1e−5 leaves
 * ~1e−10 absolute: far below any real disagreement. The divisor is the step actually taken
 * ((θ + h) − (θ − h) in floating point), not 2h, so a parameter like 1e3 doesn't add error.
 *
 * Where it fails for the right reason: at a kink. If some ReLU pre-activation lies within
 * the perturbation's reach of 0, L(θ ± h) sit on different linear pieces and the difference
 * quotient averages the two one-sided slopes, while backprop uses one of them (relu′(0) = 0):
 * errors of order 1 in the parameters feeding that unit. Smooth activations have no such
 * points, so there the check agrees to ~1e−8 or better.
 */
import { checkPositive } from '../numeric/errors';
import { internalsOf } from './internals';
import { backwardTrace, checkExample, cloneNet, exampleLoss } from './trace';
import type { Trainer } from './types';

export interface GradientCheckOptions {
  /** Finite-difference step, default 1e−5. */
  h?: number;
  /**
   * Gradients smaller than this in both methods are compared absolutely (default 1e−6):
   * finite differences carry only ~ε|L|/h ≈ 1e−11 absolute, so a relative error on a 1e−9
   * gradient would measure their rounding, not backprop.
   */
  floor?: number;
}

export interface GradientCheckLayer {
  /** Central differences for W_l (out×in row-major) and b_l. */
  numericW: Float64Array;
  numericB: Float64Array;
  /** max over this layer's parameters of |backprop − numeric|. */
  maxAbsError: number;
  /** max of |backprop − numeric| / max(|backprop|, |numeric|, floor). */
  maxRelError: number;
}

export interface GradientCheck {
  h: number;
  /** Per weight layer, 0 = first. */
  layers: GradientCheckLayer[];
  /** The worst layer's maxRelError. */
  maxRelError: number;
  /** The backprop side, exactly backwardTrace(trainer, x, y)'s gradients. */
  gradW: Float64Array[];
  gradB: Float64Array[];
}

export function gradientCheck(trainer: Trainer, x: Float64Array, y: number, opts: GradientCheckOptions = {}): GradientCheck {
  const { net: live, config } = internalsOf(trainer);
  checkExample(config, x, y);
  const h = checkPositive('h', opts.h ?? 1e-5);
  const floor = checkPositive('floor', opts.floor ?? 1e-6);
  const { gradW, gradB } = backwardTrace(trainer, x, y);
  const net = cloneNet(live);
  const p = net.params;
  const numeric = new Float64Array(p.length);
  for (let k = 0; k < p.length; k++) {
    const p0 = p[k];
    const up = p0 + h;
    const down = p0 - h;
    p[k] = up;
    const lUp = exampleLoss(net, config, x, y);
    p[k] = down;
    const lDown = exampleLoss(net, config, x, y);
    p[k] = p0;
    numeric[k] = (lUp - lDown) / (up - down);
  }
  const layers: GradientCheckLayer[] = [];
  for (let l = 0; l < net.L; l++) {
    const numericW = numeric.slice(net.wOff[l], net.bOff[l]);
    const numericB = numeric.slice(net.bOff[l], net.wOff[l + 1]);
    let maxAbsError = 0;
    let maxRelError = 0;
    const compare = (an: Float64Array, fd: Float64Array) => {
      for (let i = 0; i < an.length; i++) {
        const d = Math.abs(an[i] - fd[i]);
        maxAbsError = Math.max(maxAbsError, d);
        maxRelError = Math.max(maxRelError, d / Math.max(Math.abs(an[i]), Math.abs(fd[i]), floor));
      }
    };
    compare(gradW[l], numericW);
    compare(gradB[l], numericB);
    layers.push({ numericW, numericB, maxAbsError, maxRelError });
  }
  return { h, layers, maxRelError: Math.max(...layers.map((r) => r.maxRelError)), gradW, gradB };
}
