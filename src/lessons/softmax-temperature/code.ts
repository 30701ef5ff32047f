import { softmax } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { CANDIDATES, DEFAULT_LOGITS } from './candidates';

/** A number as a Python float literal (38 → 38.0; 1e-7 stays 1e-7). */
const py = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));
const list = (z: readonly number[]) => z.map(py).join(', ');

/** softmax(z / T) for the temperature widget's current logits and T, in NumPy and PyTorch. */
export function temperatureCode(z: readonly number[], T: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    '',
    `z = np.array([${list(z)}])  # ${CANDIDATES.join(', ')}`,
    `T = ${py(T)}`,
    'e = np.exp((z - z.max()) / T)   # subtract the max first: exp never overflows',
    'result = e / e.sum()',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `z = torch.tensor([${list(z)}], dtype=torch.float64)  # ${CANDIDATES.join(', ')}`,
    `result = torch.softmax(z / ${py(T)}, dim=0)`,
    'print(result)',
  ].join('\n');
  return { numpy, pytorch };
}

/** Lists longer than this are read from a file in the snippet rather than spelled out. */
const INLINE_MAX = 40;

/** The own-logits widget: softmax(z / T) of the pasted vector, its entropy and top entries. */
export function ownLogitsCode(z: readonly number[], T: number): CodeSamples {
  const load = z.length <= INLINE_MAX ? `z = np.array([${list(z)}])` : `z = np.loadtxt("my_logits.csv", delimiter=",").ravel()  # the ${z.length} values you pasted`;
  const numpy = ['import numpy as np', '', load, `T = ${py(T)}`, 'e = np.exp((z - z.max()) / T)', 'result = e / e.sum()', 'print(result)', 'nz = result[result > 0]', 'print("entropy", -(nz * np.log(nz)).sum())', 'print("top 10 (1-based)", np.argsort(-result, kind="stable")[:10] + 1)'].join('\n');
  const tload = z.length <= INLINE_MAX ? `z = torch.tensor([${list(z)}], dtype=torch.float64)` : 'z = torch.from_numpy(np.loadtxt("my_logits.csv", delimiter=",").ravel())';
  const pytorch = ['import torch', ...(z.length <= INLINE_MAX ? [] : ['import numpy as np']), '', tload, `p = torch.softmax(z / ${py(T)}, dim=0)`, 'print(p)', 'print("entropy", torch.special.entr(p).sum().item())'].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: the NumPy snippet against the engine's softmax. */
export function codeChecks(): CodeCheck[] {
  const cases: [readonly number[], number][] = [
    [DEFAULT_LOGITS, 1],
    [DEFAULT_LOGITS, 0.05],
    [DEFAULT_LOGITS, 100],
    [[-100, 3.5, 0, 100], 0.01],
  ];
  const own: [readonly number[], number][] = [
    [[2.1, -0.3, 1.25, 0, 7.5e-3], 0.5],
    [Array.from({ length: 40 }, (_, i) => (i * 7) % 13 - 6), 3],
  ];
  return [
    ...cases.map(([z, T]) => ({ name: `temperature z=${z.join(',')} T=${T}`, numpy: temperatureCode(z, T).numpy, expected: Array.from(softmax(z, T)), rtol: 1e-12 })),
    ...own.map(([z, T]) => ({ name: `own-logits n=${z.length} T=${T}`, numpy: ownLogitsCode(z, T).numpy, expected: Array.from(softmax(z, T)), rtol: 1e-12 })),
  ];
}
