/**
 * "Show the code" for the SGD widget: the same 256 points and starting weights, per-example
 * gradients, the spread of minibatch means for the chosen B, and minibatch SGD at rate η.
 */
import type { CodeSamples } from '../../components/code/types';
import type { Trainer, TrainingDataset } from '../../engine';
import { layerWeights } from './model';

const pyList = (v: ArrayLike<number>) => `[${Array.from(v, (x) => String(x)).join(', ')}]`;

/** W_l (out×in) and b_l of every layer, as Python literals. */
function weightLiterals(tr: Trainer): { W: string; b: string } {
  const sizes = tr.layers;
  const w = tr.getWeights();
  const Ws: string[] = [];
  const bs: string[] = [];
  let off = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const [inn, out] = [sizes[l], sizes[l + 1]];
    const m = layerWeights(tr, l);
    Ws.push(`np.array(${pyList(m)}, dtype=float).reshape(${out}, ${inn})`);
    off += inn * out;
    bs.push(`np.array(${pyList(w.slice(off, off + out))}, dtype=float)`);
    off += out;
  }
  return { W: `[${Ws.join(',\n     ')}]`, b: `[${bs.join(', ')}]` };
}

/** The literals of a trainer's weights and of a data set, kept per object: an η key press rebuilds the snippet, not its few thousand numbers. */
const weightCache = new WeakMap<Trainer, { W: string; b: string }>();
const dataCache = new WeakMap<TrainingDataset, { x: string; y: string }>();

export function sgdCode(tr: Trainer, data: TrainingDataset, batch: number, lr: number, epochs: number): CodeSamples {
  let lits = weightCache.get(tr);
  if (!lits) weightCache.set(tr, (lits = weightLiterals(tr)));
  const { W, b } = lits;
  let xy = dataCache.get(data);
  if (!xy) dataCache.set(data, (xy = { x: pyList(data.x), y: pyList(data.y) }));
  const n = data.y.length;
  const numpy = [
    'import numpy as np',
    '',
    `X = np.array(${xy.x}).reshape(${n}, 2)`,
    `y = np.array(${xy.y}, dtype=int)`,
    `W = ${W}`,
    `b = ${b}`,
    '',
    'def grads(W, b, X, y):',
    '    """Per-example gradients of the 2-16-16-3 tanh net, softmax + cross-entropy, one row each."""',
    '    a1 = np.tanh(X @ W[0].T + b[0]); a2 = np.tanh(a1 @ W[1].T + b[1]); z = a2 @ W[2].T + b[2]',
    '    p = np.exp(z - z.max(1, keepdims=True)); p /= p.sum(1, keepdims=True)',
    '    d3 = p - np.eye(3)[y]                         # δ = p − y',
    '    d2 = (1 - a2**2) * (d3 @ W[2])',
    '    d1 = (1 - a1**2) * (d2 @ W[1])',
    '    outer = lambda d, a: (d[:, :, None] * a[:, None, :]).reshape(len(d), -1)',
    '    return np.hstack([outer(d1, X), d1, outer(d2, a1), d2, outer(d3, a2), d3])',
    '',
    'G = grads(W, b, X, y)                            # n × parameters',
    'full = G.mean(0)                                 # the full-batch gradient',
    `B, rng = ${batch}, np.random.default_rng(1)`,
    'draws = [G[rng.choice(len(G), B, replace=False)].mean(0) for _ in range(200)]',
    'print("spread at B =", B, np.sqrt(np.mean([((d - full)**2).sum() for d in draws])))',
    '',
    `lr = ${lr}`,
    `for epoch in range(${epochs}):                      # minibatch SGD: n/B steps an epoch`,
    '    for idx in np.array_split(rng.permutation(len(y)), int(np.ceil(len(y) / B))):',
    '        g = grads(W, b, X[idx], y[idx]).mean(0)',
    '        k = 0',
    '        for P in [W[0], b[0], W[1], b[1], W[2], b[2]]:',
    '            P -= lr * g[k:k + P.size].reshape(P.shape); k += P.size',
    '',
    'result = full',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `X = torch.tensor(${xy.x}).reshape(${n}, 2)`,
    `y = torch.tensor(${xy.y}).long()`,
    'net = torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.Tanh(), torch.nn.Linear(16, 16), torch.nn.Tanh(), torch.nn.Linear(16, 3))',
    `opt = torch.optim.SGD(net.parameters(), lr=${lr})`,
    `loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size=${batch}, shuffle=True)`,
    `for epoch in range(${epochs}):                      # one epoch = len(loader) iterations`,
    '    for xb, yb in loader:',
    '        opt.zero_grad()',
    '        torch.nn.functional.cross_entropy(net(xb), yb).backward()',
    '        opt.step()',
    '    print(epoch + 1, torch.nn.functional.cross_entropy(net(X), y).item())',
  ].join('\n');
  return { numpy, pytorch };
}
