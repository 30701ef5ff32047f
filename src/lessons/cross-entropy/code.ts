import { bceWithLogits, bceWithLogitsGrad, crossEntropyWithLogits, crossEntropyWithLogitsGrad, sigmoid, sigmoidMseGrad, softmax } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { lossMapCodeChecks } from './lossMapCode';

const list = (v: readonly number[]) => v.map((x) => String(x)).join(', ');

/** The binary-gradient widget: p, BCE, its gradient p − y, and MSE's gradient (p − y)·σ′(z). */
export function binaryGradCode(z: number, y: 0 | 1): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit          # the logistic sigmoid',
    '',
    `z, y = ${z}, ${y}.0`,
    'p = expit(z)',
    'bce = np.logaddexp(0.0, z) - y * z       # BCE with logits: ln(1 + e^z) - y z, stable',
    'grad_bce = p - y                         # dBCE/dz',
    'dsig = expit(z) * expit(-z)              # sigmoid\'(z), without the cancellation in 1 - p',
    'grad_mse = (p - y) * dsig                # d(0.5 (p - y)^2)/dz carries sigmoid\'',
    'result = np.array([p, bce, grad_bce, grad_mse])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `z = torch.tensor(${z}, dtype=torch.float64, requires_grad=True)`,
    `y = torch.tensor(${y}.0, dtype=torch.float64)`,
    'bce = F.binary_cross_entropy_with_logits(z, y)',
    'grad_bce, = torch.autograd.grad(bce, z)',
    'mse = 0.5 * (torch.sigmoid(z) - y) ** 2',
    'grad_mse, = torch.autograd.grad(mse, z)',
    'print(torch.sigmoid(z).item(), bce.item(), grad_bce.item(), grad_mse.item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The softmax-gradient widget: probabilities, CE, and the gradient softmax(z) − one-hot. */
export function softmaxGradCode(z: readonly number[], target: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import logsumexp',
    '',
    `z = np.array([${list(z)}], dtype=float)   # cat, dog, pig`,
    `target = ${target}`,
    'lse = logsumexp(z)                        # ln sum_k e^(z_k), with the max trick',
    'ce = lse - z[target]                      # -ln softmax(z)[target], never ln 0',
    'p = np.exp(z - lse)                       # softmax',
    'grad = p - np.eye(len(z))[target]         # softmax(z) - one-hot',
    'result = np.concatenate([p, [ce], grad])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `z = torch.tensor([[${list(z)}]], dtype=torch.float64, requires_grad=True)`,
    `ce = F.cross_entropy(z, torch.tensor([${target}]))`,
    'ce.backward()',
    'print(torch.softmax(z, dim=1), ce.item(), z.grad)',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: the NumPy snippets against the engine. */
export function codeChecks(): CodeCheck[] {
  const cases: [number, 0 | 1][] = [[-6, 1], [0.5, 0], [-10, 1], [3.2, 0], [-12, 1], [12, 0]];
  const logits: [number[], number][] = [[[2, 1, -1], 1], [[4, -2, 1.5], 2], [[-8, 8, 0], 0]];
  return [
    ...cases.map(([z, y]): CodeCheck => ({
      name: `cross-entropy bingrad z=${z} y=${y}`,
      numpy: binaryGradCode(z, y).numpy,
      expected: [sigmoid(z), bceWithLogits(z, y), bceWithLogitsGrad(z, y), sigmoidMseGrad(z, y)],
      rtol: 1e-9,
    })),
    ...logits.map(([z, k]): CodeCheck => ({
      name: `cross-entropy smgrad z=${z.join(',')} target=${k}`,
      numpy: softmaxGradCode(z, k).numpy,
      expected: [...softmax(z), crossEntropyWithLogits(z, k), ...crossEntropyWithLogitsGrad(z, k)],
      rtol: 1e-9,
    })),
    ...lossMapCodeChecks(),
  ];
}
