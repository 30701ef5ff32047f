import type { MaxoutFit } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { gateRun } from './gateView';
import { maxoutView } from './maxoutView';

const py = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));

/** GELU's gate sampled with NumPy's / PyTorch's own generator: a different stream, the same limit x·Φ(x). */
export function gateCode(x: number, n: number, seed: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from math import erf, sqrt',
    '',
    `x, n = ${py(x)}, ${n}`,
    'p = 0.5 * (1 + erf(x / sqrt(2)))            # Φ(x): the gate opens with this probability',
    `m = np.random.default_rng(${seed}).random(n) < p  # n Bernoulli(Φ(x)) gates`,
    'running = np.cumsum(x * m) / np.arange(1, n + 1)  # the sample mean after 1, 2, … draws',
    'exact = x * p                                 # GELU(x)',
    'result = [exact, running[-1]]',
    'print(exact, running[-1])',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `x, n = torch.tensor(${py(x)}, dtype=torch.float64), ${n}`,
    'p = 0.5 * (1 + torch.erf(x / 2 ** 0.5))',
    `g = torch.Generator().manual_seed(${seed})`,
    'm = torch.bernoulli(p.expand(n), generator=g)   # the gates',
    'running = torch.cumsum(x * m, 0) / torch.arange(1, n + 1)',
    'print(torch.nn.functional.gelu(x), running[-1])  # F.gelu is exactly x·Φ(x)',
  ].join('\n');
  return { numpy, pytorch };
}

/** The fitted maxout unit, evaluated: max over the pieces, and its error against the target. */
export function maxoutCode(fit: MaxoutFit): CodeSamples {
  const w = `[${fit.pieces.map((p) => py(p.w)).join(', ')}]`;
  const b = `[${fit.pieces.map((p) => py(p.b)).join(', ')}]`;
  const numpy = [
    'import numpy as np',
    '',
    `x = np.linspace(${py(fit.xs[0])}, ${py(fit.xs[fit.xs.length - 1])}, ${fit.xs.length})`,
    `target = np.array(${JSON.stringify(Array.from(fit.target.filter((_, i) => i % 20 === 0)))})  # every 20th grid value, for reference`,
    `w = np.array(${w})  # the k slopes found by alternating least squares`,
    `b = np.array(${b})`,
    'h = np.max(w[:, None] * x + b[:, None], axis=0)  # maxout: the largest of the k lines',
    'result = h[::20]',
    'print(np.abs(h[::20] - target).max())',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `x = torch.linspace(${py(fit.xs[0])}, ${py(fit.xs[fit.xs.length - 1])}, ${fit.xs.length}, dtype=torch.float64)`,
    `w = torch.tensor(${w}, dtype=torch.float64)`,
    `b = torch.tensor(${b}, dtype=torch.float64)`,
    'h = (w[:, None] * x + b[:, None]).max(dim=0).values  # maxout over k pieces',
    'print(h[::20])',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts. */
export function gateCodeChecks(): CodeCheck[] {
  const gates = ([[-1, 10000, 1], [0.5, 20000, 7]] as const).map(([x, n, seed]) => {
    const r = gateRun(x, n, seed);
    // NumPy draws its own gates: its sample mean must sit within a few standard errors of x·Φ(x).
    return { name: `gelu gate x=${x} n=${n}`, numpy: gateCode(x, n, seed).numpy, expected: [r.exact, r.exact], rtol: (5 * r.se) / Math.abs(r.exact) };
  });
  const fits = (['square', 'exp', 'softplus'] as const).map((target) => {
    const v = maxoutView(target, 3);
    return { name: `maxout ${target} k=3`, numpy: maxoutCode(v.fit).numpy, expected: Array.from(v.fit.fitted.filter((_, i) => i % 20 === 0)), rtol: 1e-12 };
  });
  return [...gates, ...fits];
}
