/**
 * The lesson's code checks, run by src/lessons/code.test.ts (Node only: it reads the digit file
 * from disk, so widgets import backwardCode.ts and digitsCode.ts, never this file).
 */
import type { ActivationName } from '../../engine';
import type { CodeCheck } from '../../components/code/types';
import { backwardRun, exampleGradients, parameterCount, sgdData, sgdTrainer } from './model';
import { sgdCode } from './sgdCode';
import { SGD_SEED } from './schema';
import { backwardCode } from './backwardCode';
import { digitsCodeCheck } from './digitsCode';
import { DIGIT_DEFAULTS, parseDigits } from './digits';
import { loadDigitFile } from './loadDigitFile';

/** Run by src/lessons/code.test.ts: the NumPy snippet against backwardTrace. */
export function codeChecks(): CodeCheck[] {
  const cases: [ActivationName, number, number, [number, number], number][] = [
    ['sigmoid', 1, 3, [1, -0.5], 0],
    ['tanh', 2, 11, [-1.2, 0.7], 2],
    ['relu', 1, 42, [1.5, 1.5], 1],
  ];
  const digits = parseDigits(loadDigitFile());
  const checks = cases.map(([act, scale, seed, x, cls]): CodeCheck => {
    const { trainer, trace } = backwardRun({ act, scale, seed }, x, cls);
    const expected = [...trace.delta.flatMap((d) => Array.from(d)), ...trace.gradW.flatMap((g) => Array.from(g)), trace.loss];
    return { name: `backward ${act} scale ${scale} seed ${seed}`, numpy: backwardCode(trainer, x, cls, act).numpy, expected, rtol: 1e-9 };
  });
  // The SGD snippet's full-batch gradient at the starting weights, against the engine's per-example gradients.
  const data = sgdData(SGD_SEED);
  const tr = sgdTrainer(8, 0.3, SGD_SEED, data);
  const n = data.y.length;
  const p = parameterCount(tr);
  const G = new Float64Array(n * p);
  exampleGradients(tr, data, 0, n, G);
  const full = Array.from({ length: p }, (_, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += G[i * p + j];
    return s / n;
  });
  checks.push({ name: 'sgd: full-batch gradient at the starting weights', numpy: sgdCode(tr, data, 8, 0.3, 1).numpy, expected: full, rtol: 1e-9 });
  return [...checks, digitsCodeCheck(digits, DIGIT_DEFAULTS), digitsCodeCheck(digits, { ...DIGIT_DEFAULTS, hidden: 'relu', optimizer: 'sgd', learningRate: 0.2 })];
}
