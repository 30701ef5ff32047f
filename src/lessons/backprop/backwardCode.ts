/** "Show the code" for the backward widget (the checks that run it are in code.ts). */
import type { ActivationName, Trainer } from '../../engine';
import type { CodeSamples } from '../../components/code/types';
import { layerWeights } from './model';

/** Python float literals: JS's shortest round-trip form is Python's repr too. */
const pyList = (v: ArrayLike<number>) => `[${Array.from(v, (x) => String(x)).join(', ')}]`;
const pyRows = (flat: ArrayLike<number>, rows: number, cols: number) =>
  `[${Array.from({ length: rows }, (_, i) => pyList(Array.from({ length: cols }, (_, j) => flat[i * cols + j]))).join(', ')}]`;

const NP_ACT: Record<string, [string, string]> = {
  sigmoid: ['1 / (1 + np.exp(-z))', 'a * (1 - a)'],
  tanh: ['np.tanh(z)', '1 - a**2'],
  relu: ['np.maximum(0.0, z)', '(z > 0).astype(float)'],
};
const TORCH_ACT: Record<string, string> = { sigmoid: 'torch.sigmoid', tanh: 'torch.tanh', relu: 'torch.relu' };

/** The backward widget: its network's weights, the forward pass, then δ and ∂L/∂W layer by layer. */
export function backwardCode(trainer: Trainer, x: readonly number[], cls: number, act: ActivationName): CodeSamples {
  const sizes = trainer.layers;
  const L = sizes.length - 1;
  const w = trainer.getWeights();
  const mats: string[] = [];
  const bs: string[] = [];
  let off = 0;
  for (let l = 0; l < L; l++) {
    const [inn, out] = [sizes[l], sizes[l + 1]];
    mats.push(`    ${pyRows(layerWeights(trainer, l), out, inn)},`);
    off += inn * out;
    bs.push(`    ${pyList(w.slice(off, off + out))},`);
    off += out;
  }
  const [f, df] = NP_ACT[act];
  const numpy = [
    'import numpy as np',
    '',
    'W = [np.array(m) for m in [', ...mats, ']]',
    'b = [np.array(v) for v in [', ...bs, ']]',
    `x, label = np.array(${pyList(x)}), ${cls}`,
    '# forward: keep every z and a',
    'a, zs, acts = x, [], [x]',
    'for l in range(len(W)):',
    '    z = W[l] @ a + b[l]',
    `    a = np.exp(z - z.max()) / np.exp(z - z.max()).sum() if l == len(W) - 1 else ${f}`,
    '    zs.append(z); acts.append(a)',
    'y = np.eye(len(a))[label]',
    'loss = -np.log(a[label])',
    '# backward: δ_L = p − y, ∂L/∂W = δ aᵀ, δ_{l−1} = f′(z) ⊙ Wᵀδ',
    'delta = a - y',
    'deltas, grads = [None] * len(W), [None] * len(W)',
    'for l in reversed(range(len(W))):',
    '    deltas[l] = delta',
    '    grads[l] = np.outer(delta, acts[l])     # δ aᵀ',
    '    if l > 0:',
    `        z, a = zs[l - 1], acts[l]`,
    `        delta = (${df}) * (W[l].T @ delta)`,
    'print(loss, deltas, grads, sep="\\n")',
    'result = np.concatenate([*deltas, *[g.ravel() for g in grads], [loss]])',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    'W = [torch.tensor(m, dtype=torch.float64, requires_grad=True) for m in [', ...mats, ']]',
    'b = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in [', ...bs, ']]',
    `x, label = torch.tensor(${pyList(x)}, dtype=torch.float64), torch.tensor([${cls}])`,
    'a = x',
    'for l in range(len(W)):',
    '    z = W[l] @ a + b[l]',
    `    a = z if l == len(W) - 1 else ${TORCH_ACT[act]}(z)`,
    'loss = torch.nn.functional.cross_entropy(a.unsqueeze(0), label)  # softmax + −ln p_y, from the logits',
    'loss.backward()                     # autograd runs the same chain rule',
    'for l in reversed(range(len(W))):',
    '    print(l + 1, b[l].grad, W[l].grad, sep="\\n")  # ∂L/∂b = δ, ∂L/∂W = δ aᵀ',
  ].join('\n');
  return { numpy, pytorch };
}
