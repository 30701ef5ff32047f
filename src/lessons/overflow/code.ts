import { formatInfo, roundTo, softmaxNaive, softmaxStable, type Precision } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';

const pyNum = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));
const NP_TYPES = ['float16', 'float32', 'float64'] as const;
const TORCH_TYPES: readonly Precision[] = ['float16', 'bfloat16', 'float32', 'float64'];

/** The exp-limits widget: ln(max) per format, and exp(x) in each format for the typed x. */
export function expLimitsCode(x: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    '',
    `x = ${pyNum(x)}`,
    '# NumPy has no bfloat16; it shares float32\'s exponent range (see the PyTorch tab)',
    'types = (np.float16, np.float32, np.float64)',
    '# exp overflows above ln(largest finite number)',
    'limits = np.array([np.log(float(np.finfo(t).max)) for t in types])',
    'exps = np.array([np.exp(t(x)) for t in types], dtype=np.float64)  # inf = overflow',
    'result = np.concatenate([limits, exps])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `x = ${pyNum(x)}`,
    `for dt in (${TORCH_TYPES.map((p) => `torch.${p}`).join(', ')}):`,
    '    limit = torch.log(torch.tensor(torch.finfo(dt).max, dtype=torch.float64))',
    '    print(dt, limit.item(), torch.exp(torch.tensor(x, dtype=dt)).item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The softmax-steps widget: naive and subtract-the-max softmax in one format. */
export function softmaxCode(z: readonly number[], p: Precision): CodeSamples {
  const list = z.map(pyNum).join(', ');
  const npType = p === 'bfloat16' ? 'float32' : p;
  const numpy = [
    'import numpy as np',
    '',
    ...(p === 'bfloat16' ? ['# NumPy has no bfloat16; float32 has the same exponent range, so the same overflows'] : []),
    `z = np.array([${list}], dtype=np.${npType})`,
    'e = np.exp(z)                     # overflows to inf above ln(max)',
    'naive = e / e.sum()               # inf / inf = nan',
    's = np.exp(z - z.max())           # every exponent <= 0: s <= 1',
    'stable = s / s.sum()              # the sum is >= 1',
    'result = np.stack([naive, stable])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `z = torch.tensor([${list}], dtype=torch.${p})`,
    'e = torch.exp(z)',
    'naive = e / e.sum()',
    'stable = torch.softmax(z, dim=0)  # subtracts the max internally',
    'print(naive, stable, sep="\\n")',
  ].join('\n');
  return { numpy, pytorch };
}

/** ∞ and NaN cannot travel through JSON: the checks compare the pattern (−1 = ∞, −2 = NaN) and finite values. */
const PATTERN = 'result = np.where(np.isnan(result), -2.0, np.where(np.isinf(result), -1.0, result))';
const pattern = (v: number) => (Number.isNaN(v) ? -2 : Math.abs(v) === Infinity ? -1 : v);

/**
 * Inputs chosen where NumPy and the engine provably agree. NumPy's float16 exp is float32's
 * expf rounded to float16 while the engine rounds the float64 exp once; at x = 11 the
 * float32 value is far from a float16 tie, and elsewhere the result is ∞ or exact. The
 * softmax inputs give only 0, 1, NaN or float32 values dominated by one term, so the
 * summation order (NumPy may sum pairwise) cannot change a digit that is compared.
 */
export function codeChecks(): CodeCheck[] {
  const exps = [11, 12, 89].map((x): CodeCheck => ({
    name: `overflow exp limits x=${x}`,
    numpy: `${expLimitsCode(x).numpy}\n${PATTERN}`,
    expected: [
      ...NP_TYPES.map((p) => formatInfo(p).expOverflowAt),
      ...NP_TYPES.map((p) => pattern(roundTo(Math.exp(roundTo(x, p)), p))),
    ],
    rtol: 1e-6,
  }));
  const softmaxes: [number[], Precision][] = [
    [[10, 2, 40, 4], 'float16'],
    [[10, 2, 40, 4], 'float32'],
    [[10, 2, 10000, 4], 'float64'],
  ];
  return [
    ...exps,
    ...softmaxes.map(([z, p]): CodeCheck => ({
      name: `overflow softmax ${p} [${z.join(', ')}]`,
      numpy: `${softmaxCode(z, p).numpy}\n${PATTERN}`,
      expected: [...softmaxNaive(z, p), ...softmaxStable(z, p)].map(pattern),
      rtol: 1e-6,
    })),
  ];
}
