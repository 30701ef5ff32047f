import { activations, createTrainer, makeDataset, sampleFunction } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import type { LabState } from './schema';

type LabAct = LabState['act'];
const list = (v: ArrayLike<number>) => Array.from(v, (x) => String(x)).join(', ');
const alphaOf = (a: LabAct) => activations[a].params.find((p) => p.name === 'alpha')?.default ?? 0;

/** f′(x) for each lab activation in NumPy (x is an array). */
const DERIV: Record<LabAct, () => string> = {
  relu: () => 'np.where(x > 0, 1.0, 0.0)',
  leakyRelu: () => `np.where(x > 0, 1.0, ${alphaOf('leakyRelu')})`,
  elu: () => `np.where(x > 0, 1.0, ${alphaOf('elu')} * np.exp(np.minimum(x, 0.0)))`,
  gelu: () => '0.5 * erfc(-x / np.sqrt(2.0)) + x * np.exp(-x**2 / 2) / np.sqrt(2 * np.pi)',
  tanh: () => '1.0 - np.tanh(x) ** 2',
};
const MODULE: Record<LabAct, string> = { relu: 'nn.ReLU()', leakyRelu: 'nn.LeakyReLU(0.01)', elu: 'nn.ELU()', gelu: 'nn.GELU()', tanh: 'nn.Tanh()' };
const INIT: Record<LabState['init'], (s: number) => string> = {
  he: (s) => `nn.init.normal_(m.weight, std=${s} * math.sqrt(2 / m.in_features))  # He (Kaiming) normal`,
  xavier: (s) => `nn.init.xavier_uniform_(m.weight, gain=${s})`,
  normal: (s) => `nn.init.normal_(m.weight, std=${s})`,
  uniform: (s) => `nn.init.uniform_(m.weight, -${s}, ${s})`,
};
const DATA: Record<LabState['data'], string> = {
  moons: 'X, y = make_moons(200, noise=0.1, random_state=seed)',
  circles: 'X, y = make_circles(200, noise=0.05, factor=0.5, random_state=seed)',
  xor: 'X = np.random.default_rng(seed).uniform(-1, 1, (200, 2)); y = (X[:, 0] * X[:, 1] > 0)',
  spiral: 'X, y = make_moons(200, noise=0.1, random_state=seed)  # the lab draws two spirals; any 2-D set works',
  gaussians: 'X, y = make_blobs(200, centers=[[-1, -1], [1, 1]], random_state=seed)',
  linear: 'X = np.random.default_rng(seed).uniform(-1, 1, (200, 2)); y = (X.sum(axis=1) > 0)',
};

/** NumPy: f′ of the lab's activation on 9 points of [−4, 4]. */
export function derivativeNumpy(act: LabAct): string {
  return ['import numpy as np', 'from scipy.special import erfc', '', 'x = np.linspace(-4, 4, 9)', `result = ${DERIV[act]()}  # f′(x), ${activations[act].label}`, 'print(result)', '# a unit is dead when f′(z) == 0 on every training point', 'print("exactly-zero slopes:", (result == 0).sum())'].join('\n');
}

/** PyTorch: the lab's current network, init, optimizer and loop, counting dead units as it trains. */
export function labCode(s: LabState): CodeSamples {
  const hidden = Array.from({ length: s.layers }, (_, l) => `    nn.Linear(${l === 0 ? 2 : s.width}, ${s.width}), ${MODULE[s.act]},`);
  const pytorch = [
    'import math',
    'import numpy as np',
    'import torch',
    'from torch import nn',
    'from sklearn.datasets import make_blobs, make_circles, make_moons',
    '',
    `seed = ${s.seed}`,
    'torch.manual_seed(seed)',
    DATA[s.data],
    'X = torch.tensor(X, dtype=torch.float32); y = torch.tensor(y, dtype=torch.float32)',
    '',
    'model = nn.Sequential(',
    ...hidden,
    `    nn.Linear(${s.width}, 1),`,
    ')',
    'for m in model:',
    '    if isinstance(m, nn.Linear):',
    `        ${INIT[s.init](s.scale)}`,
    `        nn.init.constant_(m.bias, ${s.bias})`,
    '',
    `opt = torch.optim.SGD(model.parameters(), lr=${s.lr})`,
    'loss_fn = nn.BCEWithLogitsLoss()',
    '',
    'def dead_units(model, X):',
    '    """Per hidden layer: units whose pre-activation is ≤ 0 on every point (ReLU′ = 0)."""',
    '    dead, h = [], X',
    '    with torch.no_grad():',
    '        for m in model[:-1]:',
    '            h = m(h)',
    '            if isinstance(m, nn.Linear):',
    '                dead.append(int((h <= 0).all(dim=0).sum()))',
    '    return dead',
    '',
    'print("step 0, dead:", dead_units(model, X))',
    'for step in range(1, 2001):',
    `    idx = torch.randint(0, len(X), (${s.batch},))`,
    '    opt.zero_grad()',
    '    loss = loss_fn(model(X[idx]).squeeze(1), y[idx])',
    '    loss.backward()',
    '    opt.step()',
    '    if step % 500 == 0:',
    '        print(step, loss.item(), "dead:", dead_units(model, X))',
  ].join('\n');
  return { numpy: derivativeNumpy(s.act), pytorch };
}

/** A tiny network with the negative-bias init (engine weights, embedded) and its dead units, in NumPy. */
export function tinyDeadNumpy(): { numpy: string; expected: number[] } {
  const data = makeDataset('moons', 8, 1);
  const tr = createTrainer({ layers: [2, 3, 1], hidden: 'relu', output: 'sigmoid', loss: 'bce', init: 'normal', initScale: 0.1, biasInit: -0.3, learningRate: 0.1, batchSize: 8, seed: 1, data });
  const w = tr.getWeights(); // layer 1: W (3×2, row-major) then b (3)
  const numpy = [
    'import numpy as np',
    '',
    `X = np.array([${list(data.x)}]).reshape(-1, 2)  # 8 points of the moons`,
    `W1 = np.array([${list(w.slice(0, 6))}]).reshape(3, 2)  # the engine's initial weights`,
    `b1 = np.array([${list(w.slice(6, 9))}])`,
    'pre = X @ W1.T + b1',
    'result = [(pre <= 0).all(axis=0).sum()]  # dead units in the hidden layer',
    'print(pre.max(axis=0), result)',
  ].join('\n');
  return { numpy, expected: tr.deadUnits() };
}

/** f′ of every lab activation, and the tiny network's dead count, checked against the engine. */
export function codeChecks(): CodeCheck[] {
  const derivs = (Object.keys(DERIV) as LabAct[]).map((a) => {
    const p = Object.fromEntries(activations[a].params.map((q) => [q.name, q.default]));
    return { name: `dead-relu f′ ${a}`, numpy: derivativeNumpy(a), expected: Array.from(sampleFunction((x) => activations[a].df(x, p), -4, 4, 9).y), rtol: 1e-12 };
  });
  return [...derivs, { name: 'dead-relu tiny net dead units', ...tinyDeadNumpy() }];
}
