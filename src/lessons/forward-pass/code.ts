import { forwardSteps, mlpCost, randomNetwork, toRows, type ActivationName, type DenseNetwork } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { BIG_NET, TINY_NET } from './schema';

/** A number as a Python float literal; weights are multiples of 0.1, printed as such. */
const py = (v: number) => {
  const r = Number(v.toFixed(1));
  return Math.abs(r - v) < 1e-12 ? r.toFixed(1) : String(v);
};
const pyList = (v: ArrayLike<number>) => `[${Array.from(v, py).join(', ')}]`;

/** Weights of the tiny network in ForwardStepsWidget (multiples of 0.1 in [−1, 1]). */
export const tinyNetwork = (seed: number): DenseNetwork => randomNetwork(TINY_NET, seed, { lo: -1, hi: 1, quantum: 0.1 });

/**
 * The shapes widget: a batch of N through 784→50→100→10, its shapes, multiply-adds and
 * parameters. Both tabs build the same network: Xavier-uniform weights, zero biases, sigmoid on
 * the hidden layers, logits out.
 */
export function shapesCode(batch: number): CodeSamples {
  const sizes = `[${BIG_NET.join(', ')}]`;
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit  # σ',
    '',
    `sizes, N = ${sizes}, ${batch}`,
    'rng = np.random.default_rng(0)',
    'X = rng.standard_normal((N, sizes[0]))        # N x 784, one example per row',
    'A, madds, params = X, [], 0',
    'for l, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):',
    '    bound = np.sqrt(6 / (a + b))               # Xavier uniform: U(−B, B)',
    '    W = rng.uniform(-bound, bound, (a, b))      # a x b',
    '    bias = np.zeros(b)',
    '    madds.append(A.shape[0] * a * b)           # N·a·b multiply-adds',
    '    params += W.size + bias.size',
    '    Z = A @ W + bias                            # N x b: the bias row is broadcast to every row',
    '    A = Z if l == len(sizes) - 2 else expit(Z)  # sigmoid on hidden layers, logits out',
    'print(madds, sum(madds), params, A.shape)',
    'result = np.array([*madds, sum(madds), params, *A.shape])',
  ].join('\n');
  const pytorch = [
    'import torch',
    'from torch import nn',
    '',
    `N = ${batch}`,
    'model = nn.Sequential(',
    `    nn.Linear(${BIG_NET[0]}, ${BIG_NET[1]}), nn.Sigmoid(),`,
    `    nn.Linear(${BIG_NET[1]}, ${BIG_NET[2]}), nn.Sigmoid(),`,
    `    nn.Linear(${BIG_NET[2]}, ${BIG_NET[3]}),`,
    ')',
    'for m in model:',
    '    if isinstance(m, nn.Linear):',
    '        nn.init.xavier_uniform_(m.weight)       # U(−B, B), B = √(6 / (a + b))',
    '        nn.init.zeros_(m.bias)',
    `X = torch.randn(N, ${BIG_NET[0]})                # N x 784, one example per row`,
    `Y = model(X)                                 # N x ${BIG_NET[3]} logits`,
    'madds = [N * m.in_features * m.out_features for m in model if isinstance(m, nn.Linear)]',
    'params = sum(p.numel() for p in model.parameters())',
    'print(madds, sum(madds), params, tuple(Y.shape))',
  ].join('\n');
  return { numpy, pytorch };
}

const NP_ACT: Record<string, string> = { sigmoid: 'expit(z)', tanh: 'np.tanh(z)', relu: 'np.maximum(0.0, z)' };
const TORCH_ACT: Record<string, string> = { sigmoid: 'torch.sigmoid(z)', tanh: 'torch.tanh(z)', relu: 'torch.relu(z)' };

/** The forward-steps widget: its network's weights, z = W a + b, then f(z), softmax at the end. */
export function forwardCode(net: DenseNetwork, x: readonly number[], act: ActivationName): CodeSamples {
  const mats = net.weights.map((W) => `    [${toRows(W).map(pyList).join(', ')}],`);
  const bs = net.biases.map((b) => `    ${pyList(b)},`);
  const numpy = [
    'import numpy as np',
    ...(act === 'sigmoid' ? ['from scipy.special import expit  # σ'] : []),
    '',
    'W = [np.array(w) for w in [', ...mats, ']]',
    'b = [np.array(v) for v in [', ...bs, ']]',
    `a = np.array(${pyList(x)})`,
    'values = []',
    'for l in range(len(W)):',
    '    z = W[l] @ a + b[l]',
    `    a = np.exp(z - z.max()) / np.exp(z - z.max()).sum() if l == len(W) - 1 else ${NP_ACT[act]}`,
    '    values += [*z, *a]',
    'result = np.array(values)',
    'print(a)  # class probabilities',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    'W = [torch.tensor(w, dtype=torch.float64) for w in [', ...mats, ']]',
    'b = [torch.tensor(v, dtype=torch.float64) for v in [', ...bs, ']]',
    `a = torch.tensor(${pyList(x)}, dtype=torch.float64)`,
    'for l in range(len(W)):',
    '    z = W[l] @ a + b[l]',
    `    a = torch.softmax(z, dim=0) if l == len(W) - 1 else ${TORCH_ACT[act]}`,
    '    print(z, a)',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: the NumPy snippets against mlpCost and forwardSteps. */
export function codeChecks(): CodeCheck[] {
  const shapes = [1, 64, 100].map((n) => {
    const cost = mlpCost(BIG_NET, n);
    const out = cost.layers[cost.layers.length - 1].output;
    return { name: `shapes batch ${n}`, numpy: shapesCode(n).numpy, expected: [...cost.layers.map((l) => l.multiplyAdds), cost.multiplyAdds, cost.parameters, ...out], rtol: 0 };
  });
  const cases: [number, number[], ActivationName][] = [[3, [1, -0.5], 'sigmoid'], [11, [-2, 0.7], 'tanh'], [42, [1.5, 1.5], 'relu']];
  const fwd = cases.map(([seed, x, act]) => {
    const net = tinyNetwork(seed);
    return { name: `forward seed ${seed} ${act}`, numpy: forwardCode(net, x, act).numpy, expected: forwardSteps(net, x, act, 'softmax').flatMap((s) => Array.from(s.values)), rtol: 1e-9 };
  });
  return [...shapes, ...fwd];
}
