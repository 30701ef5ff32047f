/**
 * "Show the code" for the digit lab: load the same file, train 784-50-100-10 with softmax and
 * cross-entropy in NumPy (the backward pass written out) and in PyTorch.
 */
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import type { DigitConfig, DigitSet } from './digits';
import { DIGITS_ASSET } from './digitsAsset';

/** Python reading the file; `path` is where the reader saved it (the check uses the repo's copy). */
const loader = (path: string) => [
  'import numpy as np',
  '',
  `raw = open(${JSON.stringify(path)}, "rb").read()     # from this site: /${DIGITS_ASSET.path}`,
  'n_train, n_test, rows, cols = np.frombuffer(raw, "<u4", 4, 8)',
  'n, h = n_train + n_test, 24',
  'labels = np.frombuffer(raw, np.uint8, n, h).astype(int)',
  'X = np.frombuffer(raw, np.uint8, n * rows * cols, h + n).reshape(n, rows * cols) / 255.0',
  'Xtr, ytr, Xte, yte = X[:n_train], labels[:n_train], X[n_train:], labels[n_train:]',
];

export function digitsCode(cfg: DigitConfig, epochs: number, path = 'mnist-6000.bin', trainEpochs = epochs): CodeSamples {
  const relu = cfg.hidden === 'relu';
  const adam = cfg.optimizer === 'adam';
  const numpy = [
    ...loader(path),
    '',
    'rng = np.random.default_rng(1)',
    'sizes = [784, 50, 100, 10]',
    'W = [rng.uniform(-1, 1, (o, i)) * np.sqrt(6 / (i + o)) for i, o in zip(sizes, sizes[1:])]  # Xavier',
    'b = [np.zeros(o) for o in sizes[1:]]',
    relu ? 'f, df = (lambda z: np.maximum(z, 0)), (lambda z, a: (z > 0) * 1.0)' : 'f, df = (lambda z: 1 / (1 + np.exp(-z))), (lambda z, a: a * (1 - a))',
    '',
    'def forward(A):',
    '    zs, acts = [], [A]',
    '    for l in range(3):',
    '        z = acts[-1] @ W[l].T + b[l]               # one example per row',
    '        zs.append(z)',
    '        if l < 2: acts.append(f(z))',
    '    return zs, acts',
    '',
    'def softmax(z):',
    '    e = np.exp(z - z.max(axis=1, keepdims=True))',
    '    return e / e.sum(axis=1, keepdims=True)',
    '',
    `lr, B, params = ${cfg.learningRate}, ${cfg.batchSize}, W + b`,
    adam ? 'm = [np.zeros_like(p) for p in params]; v = [np.zeros_like(p) for p in params]; t = 0' : '',
    `for epoch in range(${trainEpochs}):`,
    '    order = rng.permutation(len(ytr))',
    '    for s in range(0, len(order), B):',
    '        idx = order[s:s + B]',
    '        zs, acts = forward(Xtr[idx])',
    '        delta = (softmax(zs[-1]) - np.eye(10)[ytr[idx]]) / len(idx)   # δ_L = (p − y)/B',
    '        gW, gb = [None] * 3, [None] * 3',
    '        for l in (2, 1, 0):',
    '            gW[l], gb[l] = delta.T @ acts[l], delta.sum(axis=0)       # ∂L/∂W = δᵀ a',
    '            if l: delta = df(zs[l - 1], acts[l]) * (delta @ W[l])     # δ_{l−1} = f′(z) ⊙ Wᵀδ',
    ...(adam
      ? [
          '        t += 1',
          '        for k, (p, g) in enumerate(zip(params, gW + gb)):',
          '            m[k] = 0.9 * m[k] + 0.1 * g; v[k] = 0.999 * v[k] + 0.001 * g * g',
          '            p -= lr * (m[k] / (1 - 0.9**t)) / (np.sqrt(v[k] / (1 - 0.999**t)) + 1e-8)',
        ]
      : ['        for p, g in zip(params, gW + gb): p -= lr * g']),
    '    acc = (forward(Xte)[0][-1].argmax(axis=1) == yte).mean()',
    '    print(f"epoch {epoch + 1}: test accuracy {acc:.3f}")',
    '',
    'result = np.concatenate([[n_train, n_test], np.bincount(ytr, minlength=10), np.bincount(yte, minlength=10), [Xtr.mean()]])',
  ].filter((l) => l !== '').join('\n');
  const pytorch = [
    ...loader(path),
    'import torch',
    '',
    'torch.manual_seed(1)',
    `act = torch.nn.${relu ? 'ReLU' : 'Sigmoid'}()`,
    'net = torch.nn.Sequential(torch.nn.Linear(784, 50), act, torch.nn.Linear(50, 100), act, torch.nn.Linear(100, 10))',
    `opt = torch.optim.${adam ? 'Adam' : 'SGD'}(net.parameters(), lr=${cfg.learningRate})`,
    'loss_fn = torch.nn.CrossEntropyLoss()       # takes logits: log-softmax + NLL inside',
    'Xtr, ytr = torch.tensor(Xtr, dtype=torch.float32), torch.tensor(ytr)',
    'Xte, yte = torch.tensor(Xte, dtype=torch.float32), torch.tensor(yte)',
    `for epoch in range(${epochs}):`,
    '    for idx in torch.randperm(len(ytr)).split(' + cfg.batchSize + '):',
    '        opt.zero_grad()',
    '        loss_fn(net(Xtr[idx]), ytr[idx]).backward()',
    '        opt.step()',
    '    with torch.no_grad():',
    '        print(epoch + 1, (net(Xte).argmax(1) == yte).float().mean().item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The check: the NumPy loader reads the file as the engine's parser does (the training runs, one epoch). */
export function digitsCodeCheck(set: DigitSet, cfg: DigitConfig): CodeCheck {
  const counts = (y: Float64Array) => Array.from({ length: 10 }, (_, c) => y.filter((v) => v === c).length);
  let sum = 0;
  for (const v of set.train.x) sum += v;
  return {
    name: `digits: loader and one epoch, ${cfg.hidden} ${cfg.optimizer}`,
    numpy: digitsCode(cfg, 1, `public/${DIGITS_ASSET.path}`, 1).numpy,
    expected: [set.train.y.length, set.test.y.length, ...counts(set.train.y), ...counts(set.test.y), sum / set.train.x.length],
    rtol: 1e-12,
  };
}
