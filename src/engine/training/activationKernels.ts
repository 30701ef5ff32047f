/**
 * Hidden-layer activation kernels. The common activations are specialised inline (one
 * switch per layer, not per unit) because a registry call per unit would dominate the
 * cost of a 2-8-8-1 step; everything else falls back to the registry's f/df.
 */
import { getActivation, type Activation, type ActivationName } from '../numeric';
import { sigmoidBySign } from '../numeric/scalar';

/** Stable logistic: never exp of a large positive number (the same function as fpga's exact reference). */
export const sigmoid = sigmoidBySign;

export const Kind = { Identity: 0, Relu: 1, Leaky: 2, Tanh: 3, Sigmoid: 4, Generic: 5 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface ActKernel {
  kind: Kind;
  alpha: number; // leakyRelu slope
  act: Activation;
  params: Record<string, number> | undefined;
}

export function makeKernel(name: ActivationName, params?: Record<string, number>): ActKernel {
  const act = getActivation(name);
  const kind: Kind =
    name === 'identity' ? Kind.Identity
    : name === 'relu' ? Kind.Relu
    : name === 'leakyRelu' ? Kind.Leaky
    : name === 'tanh' ? Kind.Tanh
    : name === 'sigmoid' ? Kind.Sigmoid
    : Kind.Generic;
  const alphaDefault = act.params?.find((p) => p.name === 'alpha')?.default ?? 0.01;
  return { kind, alpha: params?.alpha ?? alphaDefault, act, params };
}

/** out[j] = f(z[j]) for j < n. */
export function activate(k: ActKernel, z: Float64Array, out: Float64Array, n: number): void {
  switch (k.kind) {
    case Kind.Identity:
      for (let j = 0; j < n; j++) out[j] = z[j];
      return;
    case Kind.Relu:
      for (let j = 0; j < n; j++) out[j] = z[j] > 0 ? z[j] : 0;
      return;
    case Kind.Leaky: {
      const a = k.alpha;
      for (let j = 0; j < n; j++) out[j] = z[j] > 0 ? z[j] : a * z[j];
      return;
    }
    case Kind.Tanh:
      for (let j = 0; j < n; j++) out[j] = Math.tanh(z[j]);
      return;
    case Kind.Sigmoid:
      for (let j = 0; j < n; j++) out[j] = sigmoid(z[j]);
      return;
    default: {
      const { act, params } = k;
      for (let j = 0; j < n; j++) out[j] = act.f(z[j], params);
    }
  }
}

/**
 * d[i] *= f′(z[i]), with a = f(z) already known. For tanh and sigmoid the derivative comes
 * from the output (1 − a², a(1 − a)): cheap, and accurate enough for training, where the
 * 1e-17-sized tails the saturation plots need don't change any update.
 */
export function mulDerivative(k: ActKernel, d: Float64Array, z: Float64Array, a: Float64Array, n: number): void {
  switch (k.kind) {
    case Kind.Identity:
      return;
    case Kind.Relu:
      // Kink convention: f′(0) = 0, so "dead" means z ≤ 0 on every point.
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) d[i] = 0;
      return;
    case Kind.Leaky: {
      const al = k.alpha;
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) d[i] *= al;
      return;
    }
    case Kind.Tanh:
      for (let i = 0; i < n; i++) d[i] *= 1 - a[i] * a[i];
      return;
    case Kind.Sigmoid:
      for (let i = 0; i < n; i++) d[i] *= a[i] * (1 - a[i]);
      return;
    default: {
      const { act, params } = k;
      for (let i = 0; i < n; i++) d[i] *= act.df(z[i], params);
    }
  }
}

/** f′(z) for diagnostics: the registry's derivative (keeps tiny tails), relu's kink as above. */
export function derivativeExact(k: ActKernel, z: number): number {
  if (k.kind === Kind.Relu) return z > 0 ? 1 : 0;
  if (k.kind === Kind.Leaky) return z > 0 ? 1 : k.alpha;
  if (k.kind === Kind.Identity) return 1;
  return k.act.df(z, k.params);
}

