/**
 * The intermediate values of the formulas the engine's hardware forms compute
 * (softmaxNaive/softmaxStable, sigmoidNaive/sigmoidStable, tanhNaive/tanhStable), for the
 * step tables. Same recipe as the engine contract: round every input to p, compute each
 * elementary step in float64 and round it to p. steps.test.ts checks that the last step
 * here is exactly the engine's answer, so the table can never disagree with it.
 */
import { roundTo, type Precision } from '../../engine';

export interface SoftmaxSteps {
  inputs: number[];
  /** Only for the stable form: max of the rounded inputs, and z_i − max. */
  max?: number;
  shifted?: number[];
  exps: number[];
  /** Σ after adding e_0 … e_i, left to right. */
  running: number[];
  sum: number;
  probs: number[];
}

export function softmaxSteps(z: readonly number[], p: Precision, stable: boolean): SoftmaxSteps {
  const r = (v: number) => roundTo(v, p);
  const inputs = z.map(r);
  const max = stable ? Math.max(...inputs) : undefined;
  const shifted = max === undefined ? undefined : inputs.map((v) => r(v - max));
  const exps = (shifted ?? inputs).map((v) => r(Math.exp(v)));
  const running: number[] = [];
  exps.forEach((e, i) => running.push(i === 0 ? e : r(running[i - 1] + e)));
  const sum = running[running.length - 1];
  return { inputs, max, shifted, exps, running, sum, probs: exps.map((e) => r(e / sum)) };
}

export interface Step {
  /** KaTeX-free label, e.g. "exp(−x)". */
  label: string;
  value: number;
}

/** 1/(1 + e^{−x}) step by step; the stable form branches on the sign of x. */
export function sigmoidSteps(x: number, p: Precision, stable: boolean): Step[] {
  const r = (v: number) => roundTo(v, p);
  const xr = r(x);
  if (!stable || xr >= 0) {
    const t = r(Math.exp(-xr));
    const d = r(1 + t);
    return [
      { label: 'e^(−x)', value: t },
      { label: '1 + e^(−x)', value: d },
      { label: '1 / (1 + e^(−x))', value: r(1 / d) },
    ];
  }
  const e = r(Math.exp(xr));
  const d = r(1 + e);
  return [
    { label: 'e^x', value: e },
    { label: '1 + e^x', value: d },
    { label: 'e^x / (1 + e^x)', value: r(e / d) },
  ];
}

/** (e^x − e^{−x})/(e^x + e^{−x}) naively; sign(x)(1 − e^{−2|x|})/(1 + e^{−2|x|}) stably. */
export function tanhSteps(x: number, p: Precision, stable: boolean): Step[] {
  const r = (v: number) => roundTo(v, p);
  const xr = r(x);
  if (!stable) {
    const a = r(Math.exp(xr));
    const b = r(Math.exp(-xr));
    const num = r(a - b);
    const den = r(a + b);
    return [
      { label: 'e^x', value: a },
      { label: 'e^(−x)', value: b },
      { label: 'e^x − e^(−x)', value: num },
      { label: 'e^x + e^(−x)', value: den },
      { label: 'ratio', value: r(num / den) },
    ];
  }
  const t = r(Math.exp(-r(2 * Math.abs(xr))));
  const num = r(1 - t);
  const den = r(1 + t);
  const v = r(num / den);
  return [
    { label: 'e^(−2|x|)', value: t },
    { label: '1 − e^(−2|x|)', value: num },
    { label: '1 + e^(−2|x|)', value: den },
    { label: 'sign(x) · ratio', value: xr < 0 ? -v : v },
  ];
}

export interface LogSoftmaxSteps {
  /** ln(p_i) with p from the stable softmax in format p: −∞ once p_i underflows to 0. */
  logOfSoftmax: number[];
  /** ln Σ exp(z_j − max), rounded to p. */
  logSum: number;
  /** z_i − max − ln Σ exp(z_j − max), every step rounded to p. */
  logSoftmax: number[];
}

export function logSoftmaxSteps(z: readonly number[], p: Precision): LogSoftmaxSteps {
  const r = (v: number) => roundTo(v, p);
  const s = softmaxSteps(z, p, true);
  const logSum = r(Math.log(s.sum));
  const shifted = s.shifted ?? [];
  return {
    logOfSoftmax: s.probs.map((q) => r(Math.log(q))),
    logSum,
    logSoftmax: shifted.map((d) => r(d - logSum)),
  };
}
