import { activations, sampleFunction, type ActivationName } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { gateCodeChecks } from './gateCode';

type Params = Record<string, number>;
const num = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));

/** f(x) for each activation as NumPy and PyTorch write it (x is an array / tensor). */
const FORMS: Record<ActivationName, (p: Params) => { np: string; torch: string }> = {
  identity: () => ({ np: 'x', torch: 'x' }),
  step: () => ({ np: 'np.where(x >= 0, 1.0, 0.0)', torch: '(x >= 0).double()' }),
  sigmoid: () => ({ np: 'expit(x)  # 1 / (1 + exp(-x)), without overflow', torch: 'torch.sigmoid(x)' }),
  tanh: () => ({ np: 'np.tanh(x)', torch: 'torch.tanh(x)' }),
  relu: () => ({ np: 'np.maximum(0.0, x)', torch: 'F.relu(x)' }),
  leakyRelu: (p) => ({ np: `np.where(x > 0, x, ${num(p.alpha)} * x)`, torch: `F.leaky_relu(x, negative_slope=${num(p.alpha)})` }),
  prelu: (p) => ({ np: `np.where(x > 0, x, ${num(p.alpha)} * x)`, torch: `F.prelu(x, torch.tensor([${num(p.alpha)}], dtype=torch.float64))` }),
  elu: (p) => ({ np: `np.where(x > 0, x, ${num(p.alpha)} * np.expm1(x))`, torch: `F.elu(x, alpha=${num(p.alpha)})` }),
  selu: (p) => ({ np: `${num(p.lambda)} * np.where(x > 0, x, ${num(p.alpha)} * np.expm1(x))`, torch: `${num(p.lambda)} * torch.where(x > 0, x, ${num(p.alpha)} * torch.expm1(x))` }),
  softplus: () => ({ np: 'np.logaddexp(0.0, x)', torch: 'F.softplus(x)' }),
  gelu: () => ({ np: 'x * 0.5 * erfc(-x / np.sqrt(2.0))', torch: 'F.gelu(x)' }),
  geluTanh: () => ({ np: '0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))', torch: "F.gelu(x, approximate='tanh')" }),
  geluSigmoid: () => ({ np: 'x * expit(1.702 * x)', torch: 'x * torch.sigmoid(1.702 * x)' }),
  silu: () => ({ np: 'x * expit(x)', torch: 'F.silu(x)' }),
  mish: () => ({ np: 'x * np.tanh(np.logaddexp(0.0, x))', torch: 'F.mish(x)' }),
  hardSigmoid: () => ({ np: 'np.clip(x + 3, 0, 6) / 6', torch: 'F.hardsigmoid(x)' }),
  hardTanh: () => ({ np: 'np.clip(x, -1, 1)', torch: 'F.hardtanh(x)' }),
  hardSwish: () => ({ np: 'x * np.clip(x + 3, 0, 6) / 6', torch: 'F.hardswish(x)' }),
};

/** NumPy and PyTorch for the gallery's current picks, evaluated on 9 points of the plotted range. */
export function galleryCode(picks: readonly ActivationName[], params: (n: ActivationName) => Params, xMax: number): CodeSamples {
  const np = ['import numpy as np', 'from scipy.special import erfc, expit', '', `x = np.linspace(${-xMax}, ${xMax}, 9)`, 'result = np.stack(['];
  const torch = ['import torch', 'import torch.nn.functional as F', '', `x = torch.linspace(${-xMax}, ${xMax}, 9, dtype=torch.float64)`, 'result = torch.stack(['];
  for (const n of picks) {
    const f = FORMS[n](params(n));
    np.push(`    ${f.np.replace(/\s+#.*$/, '')},  # ${activations[n].label}`);
    torch.push(`    ${f.torch},  # ${activations[n].label}`);
  }
  np.push('])', 'print(result)');
  torch.push('])', 'print(result)');
  return { numpy: np.join('\n'), pytorch: torch.join('\n') };
}

/** Every activation's NumPy form at its defaults, checked against the engine by the code test. */
export function codeChecks(): CodeCheck[] {
  const gallery = (Object.keys(FORMS) as ActivationName[]).map((n) => {
    const defaults = Object.fromEntries(activations[n].params.map((p) => [p.name, p.default]));
    const grid = sampleFunction((x) => activations[n].f(x, defaults), -8, 8, 9);
    return { name: `gallery ${n}`, numpy: galleryCode([n], () => defaults, 8).numpy, expected: Array.from(grid.y), rtol: 1e-12 };
  });
  return [...gallery, ...gateCodeChecks()];
}
