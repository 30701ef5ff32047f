import { chainProduct, toRows, transformPoints, type Matrix } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { bendActivation, landmarks, layerStack, type Bend } from './collapse';
import { universalCodeChecks } from './universalCode';

export { universalCode } from './universalCode';

/** A number as a Python float literal; layer entries are multiples of 0.1, printed as such. */
const py = (v: number) => {
  const r = Number(v.toFixed(1));
  return Math.abs(r - v) < 1e-12 ? r.toFixed(1) : String(v);
};
const mat = (m: Matrix) => `[${toRows(m).map((r) => `[${r.map(py).join(', ')}]`).join(', ')}]`;

/** The collapse widget's table points (its landmarks), one per row, as a Python list. */
const pointsPy = (layers: readonly Matrix[]) => `[${landmarks(layers, 'none').map((l) => `[${l.from.map(py).join(', ')}]`).join(', ')}]`;

const NP_BEND: Record<Exclude<Bend, 'none'>, string> = { tanh: 'np.tanh(h)', relu: 'np.maximum(0.0, h)' };
const TORCH_BEND: Record<Exclude<Bend, 'none'>, string> = { tanh: 'torch.tanh(h)', relu: 'torch.relu(h)' };

/** The stack W₁…W_n (with a bend between layers, if any): the product matrix and where the table's points land. */
export function collapseCode(layers: readonly Matrix[], bend: Bend): CodeSamples {
  const list = layers.map((m) => `    ${mat(m)},`);
  const numpy = [
    'import numpy as np',
    '',
    'W = [np.array(w) for w in [  # W1 first',
    ...list,
    ']]',
    'P = np.eye(2)',
    'for w in W:',
    '    P = w @ P                 # the product W_n ... W1',
    `h = np.array(${pointsPy(layers)}).T  # points as columns`,
    'for i, w in enumerate(W):',
    '    h = w @ h',
    bend === 'none' ? '    # no bend: the stack is P @ points' : `    if i < len(W) - 1: h = ${NP_BEND[bend]}  # bend between layers`,
    'result = np.concatenate([P.ravel(), h.T.ravel()])',
    'print(P, h.T, sep="\\n")',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    'W = [torch.tensor(w, dtype=torch.float64) for w in [  # W1 first',
    ...list,
    ']]',
    'P = torch.linalg.multi_dot(W[::-1]) if len(W) > 1 else W[0]',
    `h = torch.tensor(${pointsPy(layers)}, dtype=torch.float64).T`,
    'for i, w in enumerate(W):',
    '    h = w @ h',
    bend === 'none' ? '    # no bend: the stack is P @ points' : `    if i < len(W) - 1: h = ${TORCH_BEND[bend]}`,
    'print(P, h.T, sep="\\n")',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: product and point images against chainProduct / transformPoints. */
export function codeChecks(): CodeCheck[] {
  const cases: [number, number, Bend][] = [[1, 9, 'none'], [2, 9, 'none'], [4, 9, 'none'], [6, 3, 'tanh'], [3, 17, 'relu']];
  return [
    ...cases.map(([count, seed, bend]) => {
      const layers = layerStack(count, seed);
      const images = transformPoints(layers, landmarks(layers, bend).flatMap((l) => l.from), bendActivation(bend));
      return { name: `collapse ${count} layers seed ${seed} ${bend}`, numpy: collapseCode(layers, bend).numpy, expected: [...chainProduct(layers).data, ...images], rtol: 1e-9 };
    }),
    ...universalCodeChecks(),
  ];
}
