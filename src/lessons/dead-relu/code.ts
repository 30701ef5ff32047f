import { activations, createTrainer, makeDataset, sampleFunction } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { N_POINTS, PRESETS, runConfigOf, usesOwnPoints, type LabState } from './schema';
import { classesOf } from './pointsData';

/** Up to this many of the reader's points are written into the code; more are read from their CSV. */
const INLINE_POINTS = 300;

/** The reader's own points as Python source: inline when few, else loaded from the CSV they pasted. */
function ownSource(flat: readonly number[], k: number): string[] {
  const n = Math.floor(flat.length / 3);
  const yType = k === 2 ? 'torch.float32' : 'torch.long';
  if (n > INLINE_POINTS) {
    return [
      `# Your ${n} points: the CSV you pasted or loaded (x, y, label; one header row).`,
      "data = torch.tensor(np.loadtxt('points.csv', delimiter=',', skiprows=1), dtype=torch.float32)",
      `X, y = data[:, :2], data[:, 2].to(${yType})`,
    ];
  }
  const rows: string[] = [];
  for (let i = 0; i < n; i += 5) rows.push(`    ${Array.from({ length: Math.min(5, n - i) }, (_, j) => `[${py(flat[3 * (i + j)])}, ${py(flat[3 * (i + j) + 1])}]`).join(', ')},`);
  return [`# Your ${n} points.`, 'X = torch.tensor([', ...rows, '])', `y = torch.tensor([${Array.from({ length: n }, (_, i) => py(flat[3 * i + 2])).join(', ')}], dtype=${yType})`];
}

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
const MODULE: Record<LabAct, string> = { relu: 'nn.ReLU()', leakyRelu: `nn.LeakyReLU(${alphaOf('leakyRelu')})`, elu: 'nn.ELU()', gelu: 'nn.GELU()', tanh: 'nn.Tanh()' };
/** The engine's inits in PyTorch (every weight layer, the output layer too), before the init scale. */
const INIT: Record<LabState['init'], string> = {
  he: "nn.init.kaiming_normal_(m.weight, nonlinearity='relu')  # He: std = sqrt(2 / fan_in)",
  xavier: 'nn.init.xavier_uniform_(m.weight)  # Glorot: uniform on ±sqrt(6 / (fan_in + fan_out))',
  normal: 'nn.init.normal_(m.weight, std=1.0)',
  uniform: 'nn.init.uniform_(m.weight, -1.0, 1.0)',
};
/** Python literal for a number: ASCII minus, shortest round-trip digits. */
const py = (v: number) => String(v);

/** The last datasetSource, by (data, seed): every other setting's slider step rebuilt the same 200 points. */
let lastSource: { key: string; lines: string[] } | null = null;

/** The lab's training points as Python source: rows of 5 points, rounded to 6 decimals. */
function datasetSource(s: LabState): string[] {
  const key = `${s.data}:${s.seed}`;
  if (lastSource?.key !== key) lastSource = { key, lines: datasetLines(s) };
  return lastSource.lines;
}

function datasetLines(s: LabState): string[] {
  const { x, y } = makeDataset(s.data, N_POINTS, s.seed);
  const rows: string[] = [];
  for (let i = 0; i < x.length; i += 10) {
    const pts: string[] = [];
    for (let k = i; k < Math.min(i + 10, x.length); k += 2) pts.push(`[${py(Number(x[k].toFixed(6)))}, ${py(Number(x[k + 1].toFixed(6)))}]`);
    rows.push(`    ${pts.join(', ')},`);
  }
  const alternating = Array.from(y).every((v, i) => v === i % 2);
  return [
    `# The lab's ${N_POINTS} training points (${s.data}, seed ${s.seed}), as the engine drew them, to 6 decimals.`,
    'X = torch.tensor([',
    ...rows,
    '])',
    alternating ? `y = torch.tensor([0.0, 1.0]).repeat(${N_POINTS / 2})  # labels alternate 0, 1, 0, 1, …` : `y = torch.tensor([${Array.from(y, py).join(', ')}])`,
  ];
}

/** NumPy: f′ of the lab's activation on 9 points of [−4, 4]. */
export function derivativeNumpy(act: LabAct): string {
  return ['import numpy as np', 'from scipy.special import erfc', '', 'x = np.linspace(-4, 4, 9)', `result = ${DERIV[act]()}  # f′(x), ${activations[act].label}`, 'print(result)', '# a unit is dead when f′(z) == 0 on every training point', 'print("exactly-zero slopes:", (result == 0).sum())'].join('\n');
}

/** PyTorch: the lab's current network, data, init, optimizer and batches, counting dead units as it trains. */
export function labCode(s: LabState): CodeSamples {
  const own = usesOwnPoints(s) ? s.pts : null;
  const k = own ? classesOf(own) : 2;
  // Three or more classes: k logits, softmax inside CrossEntropyLoss; two: one logit, as before.
  const out = k === 2 ? 1 : k;
  const squeeze = k === 2 ? '.squeeze(1)' : '';
  const hidden = Array.from({ length: s.layers }, (_, l) => `    nn.Linear(${l === 0 ? 2 : s.width}, ${s.width}), ${MODULE[s.act]},`);
  const reluOnly =
    s.act === 'relu'
      ? []
      : [`# ${activations[s.act].label}: its slope is 0 on no interval (no flat side), so no unit counts as dead.`];
  const pytorch = [
    ...(own && own.length / 3 > INLINE_POINTS ? ['import numpy as np'] : []),
    'import torch',
    'from torch import nn',
    '',
    `torch.manual_seed(${s.seed})`,
    ...(own ? ownSource(own, k) : datasetSource(s)),
    '',
    'model = nn.Sequential(',
    ...hidden,
    `    nn.Linear(${s.width}, ${out}),`,
    ')',
    'with torch.no_grad():',
    '    for m in model:',
    '        if isinstance(m, nn.Linear):',
    `            ${INIT[s.init]}`,
    ...(s.scale === 1 ? [] : [`            m.weight.mul_(${py(s.scale)})  # init scale`]),
    `            nn.init.constant_(m.bias, ${py(s.bias)})`,
    '',
    `opt = torch.optim.SGD(model.parameters(), lr=${py(s.lr)})`,
    k === 2 ? 'loss_fn = nn.BCEWithLogitsLoss()' : `loss_fn = nn.CrossEntropyLoss()  # ${k} classes: log-softmax + NLL from the logits`,
    '',
    'def dead_units(model, X):',
    '    """Per hidden layer: ReLU units with z ≤ 0 on every training point (ReLU′(z) = 0 there)."""',
    '    dead, z = [], X',
    '    with torch.no_grad():',
    '        for m in model[:-1]:',
    '            if not isinstance(m, nn.Linear):  # z is this activation\'s input',
    '                dead.append(int((z <= 0).all(dim=0).sum()) if isinstance(m, nn.ReLU) else 0)',
    '            z = m(z)',
    '    return dead',
    ...reluOnly,
    '',
    'print("step 0, dead per layer:", dead_units(model, X))',
    'step = 0',
    'while step < 2000:',
    '    order = torch.randperm(len(X))  # a fresh shuffle every pass, as in the lab',
    `    for idx in order.split(${s.batch}):`,
    '        opt.zero_grad()',
    `        loss_fn(model(X[idx])${squeeze}, y[idx]).backward()`,
    '        opt.step()',
    '        step += 1',
    '        if step % 500 == 0:',
    '            with torch.no_grad():',
    `                loss = loss_fn(model(X)${squeeze}, y).item()  # over all points`,
    '            print(step, round(loss, 4), "dead per layer:", dead_units(model, X))',
  ].join('\n');
  return { numpy: derivativeNumpy(s.act), pytorch };
}

/**
 * The PyTorch panel's dead test (ReLU layers: z ≤ 0 on every training point) in NumPy, on the
 * lab's own network and data after `steps` engine steps, so it can be checked against the engine.
 */
export function labDeadNumpy(preset: LabState, steps: number): { numpy: string; expected: number[] } {
  const { dataset: _d, ...cfg } = runConfigOf(preset);
  const data = makeDataset(preset.data, N_POINTS, preset.seed);
  const tr = createTrainer({ ...cfg, data });
  for (let k = 0; k < steps; k++) tr.step();
  const w = tr.getWeights();
  const sizes = cfg.layers;
  const layers: string[] = [];
  let off = 0;
  for (let l = 0; l + 1 < sizes.length - 1; l++) {
    const [nin, nout] = [sizes[l], sizes[l + 1]];
    layers.push(`    (np.array([${list(w.slice(off, off + nin * nout))}]).reshape(${nout}, ${nin}), np.array([${list(w.slice(off + nin * nout, off + nin * nout + nout))}])),`);
    off += nin * nout + nout;
  }
  const numpy = [
    'import numpy as np',
    '',
    `X = np.array([${list(data.x)}]).reshape(-1, 2)`,
    'hidden = [  # (W, b) of each hidden layer, from the engine',
    ...layers,
    ']',
    'result, a = [], X',
    'for W, b in hidden:',
    '    z = a @ W.T + b',
    '    result.append((z <= 0).all(axis=0).sum())  # ReLU units with z ≤ 0 on every point',
    '    a = np.maximum(z, 0.0)',
  ].join('\n');
  return { numpy, expected: tr.deadUnits() };
}

/** f′ of every lab activation, and the dead test on the presets' networks, checked against the engine. */
export function codeChecks(): CodeCheck[] {
  const derivs = (Object.keys(DERIV) as LabAct[]).map((a) => {
    const p = Object.fromEntries(activations[a].params.map((q) => [q.name, q.default]));
    return { name: `dead-relu f′ ${a}`, numpy: derivativeNumpy(a), expected: Array.from(sampleFunction((x) => activations[a].df(x, p), -4, 4, 9).y), rtol: 1e-12 };
  });
  return [
    ...derivs,
    { name: 'dead-relu dead test, negative-bias net at step 0', ...labDeadNumpy(PRESETS.negBias, 0) },
    { name: 'dead-relu dead test, learning rate 2 at step 200', ...labDeadNumpy(PRESETS.lrHigh, 200) },
    { name: 'dead-relu dead test, He init at step 500', ...labDeadNumpy(PRESETS.heInit, 500) },
  ];
}
