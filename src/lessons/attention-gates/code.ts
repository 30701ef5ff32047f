import { sigmoidAttentionBias, sigmoidGates, softmax, softmaxOne, softmaxOneAbstain, uniformGateSum } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { scalingCodeChecks } from './scalingCode';
import { presetScores } from './scores';

const list = (v: readonly number[]) => v.map((x) => String(x)).join(', ');

/** The needles widget: one row of scores as softmax weights and as sigmoid gates. */
export function needlesCode(z: readonly number[]): CodeSamples {
  const numpy = [
    'import numpy as np',
    '',
    `z = np.array([${list(z)}])`,
    'e = np.exp(z - z.max())',
    'weights = e / e.sum()             # softmax: one shared budget',
    'gates = 1 / (1 + np.exp(-z))      # sigmoid: one gate per token',
    'result = np.concatenate([weights, gates])',
    'print(weights.round(4), weights.sum())',
    'print(gates.round(4), gates.sum())',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `z = torch.tensor([${list(z)}], dtype=torch.float64)`,
    'weights = torch.softmax(z, dim=0)',
    'gates = torch.sigmoid(z)',
    'print(weights, weights.sum())',
    'print(gates, gates.sum())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The bias widget: n gates that all see score s, summed without and with b = −ln n. */
export function biasCode(n: number, s: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    '',
    `n, s = ${n}, ${s}`,
    'z = np.full(n, s, dtype=float)    # every position has the same score',
    'b = -np.log(n)                    # the sigmoid-attention bias',
    'plain = (1 / (1 + np.exp(-z))).sum()',
    'biased = (1 / (1 + np.exp(-(z + b)))).sum()',
    'result = np.array([plain, biased])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import math',
    'import torch',
    '',
    `n, s = ${n}, ${s}`,
    'z = torch.full((n,), s, dtype=torch.float64)',
    'print(torch.sigmoid(z).sum(), torch.sigmoid(z - math.log(n)).sum())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The softmax₁ widget: softmax and softmax₁ (an extra zero logit) of the shifted row. */
export function softmaxOneCode(z: readonly number[], shift: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    '',
    `z = np.array([${list(z)}]) + (${shift})`,
    'm = max(z.max(), 0.0)              # the implicit extra logit is 0',
    'e = np.exp(z - m)',
    'softmax = e / e.sum()',
    'softmax1 = e / (np.exp(-m) + e.sum())',
    'nothing = np.exp(-m) / (np.exp(-m) + e.sum())   # weight left on the extra logit, not 1 - sum',
    'result = np.concatenate([softmax, softmax1, [nothing]])',
    'print(softmax, softmax1, softmax1.sum(), nothing)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `z = torch.tensor([${list(z)}], dtype=torch.float64) + (${shift})`,
    'softmax = torch.softmax(z, dim=0)',
    '# softmax1: append a zero logit, take softmax, split it off: its weight is "nothing"',
    'w = torch.softmax(torch.cat([z, torch.zeros(1, dtype=z.dtype)]), dim=0)',
    'softmax1, nothing = w[:-1], w[-1]',
    'print(softmax, softmax1, softmax1.sum(), nothing)',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: the NumPy snippets against the engine. */
export function codeChecks(): CodeCheck[] {
  const rows = [presetScores('one'), presetScores('two'), presetScores('low'), [3.5, -12, 12, 0.25]];
  return [
    ...rows.map((z): CodeCheck => ({ name: `attention needles ${z.join(',')}`, numpy: needlesCode(z).numpy, expected: [...softmax(z), ...sigmoidGates(z)], rtol: 1e-12 })),
    ...([[256, 0], [2, -4], [4096, 1.5]] as const).map(([n, s]): CodeCheck => ({
      name: `attention bias n=${n} s=${s}`,
      numpy: biasCode(n, s).numpy,
      expected: [uniformGateSum(n, s, 0), uniformGateSum(n, s, sigmoidAttentionBias(n))],
      rtol: 1e-9,
    })),
    ...([[[2, 1, 0.5, 0, -1], 0], [[2, 1, 0.5, 0, -1], -10], [[5, 5, -3], 8]] as const).map(([z, shift]): CodeCheck => {
      const zs = z.map((v) => v + shift);
      return { name: `attention softmax1 shift=${shift}`, numpy: softmaxOneCode(z, shift).numpy, expected: [...softmax(zs), ...softmaxOne(zs), softmaxOneAbstain(zs)], rtol: 1e-12 };
    }),
    ...scalingCodeChecks(),
  ];
}
