/**
 * One unit, one weight: ŷᵢ = f(w·xᵢ + b) with mean squared error. Small enough to plot the
 * whole loss landscape over w and to watch gradient descent on it — the step function's
 * landscape is flat terraces, so f′ = 0 hands descent a gradient of exactly 0.
 */
import { activationNames, activations, type ActivationName } from '../numeric';
import { checkFinite, checkInteger, checkName, checkPositive } from '../numeric/errors';

export interface UnitData {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

function check(act: ActivationName, w: number, b: number, data: UnitData): void {
  checkName('activation', act, activationNames);
  checkFinite('w', w);
  checkFinite('b', b);
  if (data.x.length === 0 || data.x.length !== data.y.length) {
    throw new RangeError(`data must have equally many x and y, at least one; got ${data.x.length} and ${data.y.length}`);
  }
}

/** L(w) = (1/n) Σ (f(w xᵢ + b) − yᵢ)². */
export function unitLoss(act: ActivationName, w: number, b: number, data: UnitData): number {
  check(act, w, b, data);
  const f = activations[act].f;
  let s = 0;
  for (let i = 0; i < data.x.length; i++) {
    const e = f(w * data.x[i] + b) - data.y[i];
    s += e * e;
  }
  return s / data.x.length;
}

/** dL/dw = (2/n) Σ (f(zᵢ) − yᵢ) f′(zᵢ) xᵢ — the chain rule, with the activation's own f′. */
export function unitLossGrad(act: ActivationName, w: number, b: number, data: UnitData): number {
  check(act, w, b, data);
  const { f, df } = activations[act];
  let s = 0;
  for (let i = 0; i < data.x.length; i++) {
    const z = w * data.x[i] + b;
    s += (f(z) - data.y[i]) * df(z) * data.x[i];
  }
  return (2 * s) / data.x.length;
}

/** Plain gradient descent on one number: [w₀, w₁, …, w_steps] with w ← w − lr·g(w). */
export function gradientDescent1D(grad: (w: number) => number, w0: number, learningRate: number, steps: number): Float64Array {
  checkFinite('w0', w0);
  checkPositive('learningRate', learningRate);
  checkInteger('steps', steps, 0, 1e6);
  const path = new Float64Array(steps + 1);
  path[0] = w0;
  for (let k = 1; k <= steps; k++) path[k] = path[k - 1] - learningRate * grad(path[k - 1]);
  return path;
}
