/**
 * The activation registry: formula (KaTeX), value, derivative, parameters and the
 * qualitative facts the gallery shows. Values and derivatives are accurate to a few ulps
 * everywhere (see scalar.ts); `range` minima of the non-monotonic ones are the exact
 * minima, rounded outward in the last printed digit.
 */
import { checkFinite, checkName, checkNumber } from './errors';
import {
  geluK, geluPrimeK, geluSigmoidK, geluSigmoidPrimeK, geluTanhK, geluTanhPrimeK, mishK, mishPrimeK,
  sigmoidK, sigmoidPrimeK, siluK, siluPrimeK, softplusK, tanhPrimeK,
} from './scalar';

export type ActivationName =
  | 'identity' | 'step' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'prelu'
  | 'elu' | 'selu' | 'softplus' | 'gelu' | 'geluTanh' | 'geluSigmoid' | 'silu' | 'mish'
  | 'hardSigmoid' | 'hardTanh' | 'hardSwish';

export const activationNames: readonly ActivationName[] = [
  'identity', 'step', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'prelu', 'elu', 'selu', 'softplus',
  'gelu', 'geluTanh', 'geluSigmoid', 'silu', 'mish', 'hardSigmoid', 'hardTanh', 'hardSwish',
];

export interface ActivationParam { name: string; default: number; min: number; max: number }

export type ActivationGroup = 'classic' | 'relu' | 'smooth' | 'hard';

export interface Activation {
  name: ActivationName;
  label: string;
  /** KaTeX source of the formula. */
  latex: string;
  f(x: number, params?: Record<string, number>): number;
  /** The derivative; at a kink, one of the one-sided derivatives. */
  df(x: number, params?: Record<string, number>): number;
  params: ActivationParam[];
  range: [number, number];
  /** |E f(z)| < 0.05 for z ~ N(0, 1) at the default parameters (checked by zeroCentered.test.ts). */
  zeroCentered: boolean;
  monotonic: boolean;
  saturates: 'none' | 'negative' | 'positive' | 'both';
  /** Whether evaluating it costs an exponential (or erf), for the hardware-cost lessons. */
  needsExp: boolean;
  /** Gallery section. */
  group: ActivationGroup;
}

/** SELU's constants (Klambauer et al. 2017), as doubles. */
export const SELU_LAMBDA = 1.0507009873554805;
export const SELU_ALPHA = 1.6732632423543772;

/** A parameter's value: the default when absent, a RangeError when not finite. */
function param(params: Record<string, number> | undefined, name: string, def: number): number {
  if (params === undefined) return def;
  const v = params[name];
  if (v === undefined) return def;
  return checkFinite(name, v);
}

function x0(x: number): number {
  if (x !== x) checkNumber('x', x);
  return x;
}

const relu6 = (v: number): number => (v < 0 ? 0 : v > 6 ? 6 : v);
const ALPHA = (def: number, min: number, max: number): ActivationParam => ({ name: 'alpha', default: def, min, max });
const INF = Infinity;

type Spec = Omit<Activation, 'name'>;

const specs: Record<ActivationName, Spec> = {
  identity: {
    label: 'Identity', latex: 'f(x) = x',
    f: (x) => x0(x), df: (x) => (x0(x), 1),
    params: [], range: [-INF, INF], zeroCentered: true, monotonic: true, saturates: 'none', needsExp: false, group: 'classic',
  },
  step: {
    label: 'Step', latex: 'H(x) = \\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}',
    f: (x) => (x0(x) >= 0 ? 1 : 0), df: (x) => (x0(x), 0),
    params: [], range: [0, 1], zeroCentered: false, monotonic: true, saturates: 'both', needsExp: false, group: 'classic',
  },
  sigmoid: {
    label: 'Sigmoid', latex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    f: (x) => sigmoidK(x0(x)), df: (x) => sigmoidPrimeK(x0(x)),
    params: [], range: [0, 1], zeroCentered: false, monotonic: true, saturates: 'both', needsExp: true, group: 'classic',
  },
  tanh: {
    label: 'tanh', latex: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    f: (x) => Math.tanh(x0(x)), df: (x) => tanhPrimeK(x0(x)),
    params: [], range: [-1, 1], zeroCentered: true, monotonic: true, saturates: 'both', needsExp: true, group: 'classic',
  },
  relu: {
    label: 'ReLU', latex: '\\mathrm{ReLU}(x) = \\max(0, x)',
    f: (x) => (x0(x) > 0 ? x : 0), df: (x) => (x0(x) > 0 ? 1 : 0),
    params: [], range: [0, INF], zeroCentered: false, monotonic: true, saturates: 'negative', needsExp: false, group: 'relu',
  },
  leakyRelu: {
    label: 'Leaky ReLU', latex: '\\mathrm{LeakyReLU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}',
    f: (x, p) => (x0(x) > 0 ? x : param(p, 'alpha', 0.01) * x),
    df: (x, p) => (x0(x) > 0 ? 1 : param(p, 'alpha', 0.01)),
    params: [ALPHA(0.01, 0, 0.5)], range: [-INF, INF], zeroCentered: false, monotonic: true, saturates: 'none', needsExp: false, group: 'relu',
  },
  prelu: {
    label: 'PReLU', latex: '\\mathrm{PReLU}(x) = \\begin{cases} x & x > 0 \\\\ a x & x \\le 0 \\end{cases}',
    f: (x, p) => (x0(x) > 0 ? x : param(p, 'alpha', 0.25) * x),
    df: (x, p) => (x0(x) > 0 ? 1 : param(p, 'alpha', 0.25)),
    params: [ALPHA(0.25, 0, 1)], range: [-INF, INF], zeroCentered: false, monotonic: true, saturates: 'none', needsExp: false, group: 'relu',
  },
  elu: {
    label: 'ELU', latex: '\\mathrm{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    f: (x, p) => (x0(x) > 0 ? x : param(p, 'alpha', 1) * Math.expm1(x)),
    df: (x, p) => (x0(x) > 0 ? 1 : param(p, 'alpha', 1) * Math.exp(x)),
    params: [ALPHA(1, 0, 3)], range: [-1, INF], zeroCentered: false, monotonic: true, saturates: 'negative', needsExp: true, group: 'relu',
  },
  selu: {
    label: 'SELU',
    latex: '\\mathrm{SELU}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    f: (x, p) => {
      const l = param(p, 'lambda', SELU_LAMBDA);
      return x0(x) > 0 ? l * x : l * (param(p, 'alpha', SELU_ALPHA) * Math.expm1(x));
    },
    df: (x, p) => {
      const l = param(p, 'lambda', SELU_LAMBDA);
      return x0(x) > 0 ? l : l * param(p, 'alpha', SELU_ALPHA) * Math.exp(x);
    },
    params: [
      { name: 'lambda', default: SELU_LAMBDA, min: 0.5, max: 2 },
      { name: 'alpha', default: SELU_ALPHA, min: 0, max: 3 },
    ],
    range: [-SELU_LAMBDA * SELU_ALPHA, INF], zeroCentered: true, monotonic: true, saturates: 'negative', needsExp: true, group: 'relu',
  },
  softplus: {
    label: 'Softplus', latex: '\\mathrm{softplus}(x) = \\ln(1 + e^{x})',
    f: (x) => softplusK(x0(x)), df: (x) => sigmoidK(x0(x)),
    params: [], range: [0, INF], zeroCentered: false, monotonic: true, saturates: 'negative', needsExp: true, group: 'smooth',
  },
  gelu: {
    label: 'GELU',
    latex: '\\mathrm{GELU}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt{2}}\\right)',
    f: (x) => geluK(x0(x)), df: (x) => geluPrimeK(x0(x)),
    params: [], range: [-0.169971207479904, INF], zeroCentered: false, monotonic: false, saturates: 'negative', needsExp: true, group: 'smooth',
  },
  geluTanh: {
    label: 'GELU (tanh approx.)',
    latex: '\\frac{x}{2}\\left(1 + \\tanh\\!\\left[\\sqrt{2/\\pi}\\,\\left(x + 0.044715\\,x^{3}\\right)\\right]\\right)',
    f: (x) => geluTanhK(x0(x)), df: (x) => geluTanhPrimeK(x0(x)),
    params: [], range: [-0.170040750571255, INF], zeroCentered: false, monotonic: false, saturates: 'negative', needsExp: true, group: 'smooth',
  },
  geluSigmoid: {
    label: 'GELU (sigmoid approx.)', latex: 'x\\,\\sigma(1.702\\,x)',
    f: (x) => geluSigmoidK(x0(x)), df: (x) => geluSigmoidPrimeK(x0(x)),
    params: [], range: [-0.163610189636354, INF], zeroCentered: false, monotonic: false, saturates: 'negative', needsExp: true, group: 'smooth',
  },
  silu: {
    label: 'SiLU / Swish', latex: '\\mathrm{SiLU}(x) = x\\,\\sigma(x) = \\frac{x}{1 + e^{-x}}',
    f: (x) => siluK(x0(x)), df: (x) => siluPrimeK(x0(x)),
    params: [], range: [-0.278464542761074, INF], zeroCentered: false, monotonic: false, saturates: 'negative', needsExp: true, group: 'smooth',
  },
  mish: {
    label: 'Mish', latex: '\\mathrm{Mish}(x) = x \\tanh\\left(\\ln(1 + e^{x})\\right)',
    f: (x) => mishK(x0(x)), df: (x) => mishPrimeK(x0(x)),
    params: [], range: [-0.308843413017251, INF], zeroCentered: false, monotonic: false, saturates: 'negative', needsExp: true, group: 'smooth',
  },
  hardSigmoid: {
    label: 'Hard sigmoid', latex: '\\frac{\\mathrm{ReLU6}(x + 3)}{6}',
    f: (x) => relu6(x0(x) + 3) / 6, df: (x) => (x0(x) > -3 && x < 3 ? 1 / 6 : 0),
    params: [], range: [0, 1], zeroCentered: false, monotonic: true, saturates: 'both', needsExp: false, group: 'hard',
  },
  hardTanh: {
    label: 'Hard tanh', latex: '\\max(-1, \\min(1, x))',
    f: (x) => (x0(x) < -1 ? -1 : x > 1 ? 1 : x), df: (x) => (x0(x) > -1 && x < 1 ? 1 : 0),
    params: [], range: [-1, 1], zeroCentered: true, monotonic: true, saturates: 'both', needsExp: false, group: 'hard',
  },
  hardSwish: {
    label: 'Hard swish', latex: 'x\\,\\frac{\\mathrm{ReLU6}(x + 3)}{6}',
    f: (x) => (x0(x) <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
    df: (x) => (x0(x) <= -3 ? 0 : x >= 3 ? 1 : (2 * x + 3) / 6),
    params: [], range: [-0.375, INF], zeroCentered: false, monotonic: false, saturates: 'negative', needsExp: false, group: 'hard',
  },
};

function build(): Record<ActivationName, Activation> {
  const out = {} as Record<ActivationName, Activation>;
  for (const name of activationNames) out[name] = { name, ...specs[name] };
  return out;
}

export const activations: Record<ActivationName, Activation> = build();

/** Looks an activation up by a name that may come from outside (URL, embed attribute). */
export function getActivation(name: unknown): Activation {
  return activations[checkName('activation', name, activationNames)];
}
