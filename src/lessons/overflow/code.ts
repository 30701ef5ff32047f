import { formatInfo, roundTo, softmaxNaive, softmaxStable, type Precision } from '../../engine';
import { logSoftmaxSteps, sigmoidSteps } from './softmaxSteps';
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
    ...(p === 'bfloat16' ? ['# NumPy has no bfloat16: float32 stands in (the same range for overflow, but far finer rounding)'] : []),
    `z = np.array([${list}], dtype=np.${npType})`,
    'with np.errstate(over="ignore", invalid="ignore"):',
    '    e = np.exp(z)                 # overflows to inf above ln(max)',
    '    naive = e / e.sum()           # inf / inf = nan',
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

/** The stable-sigmoid widget: the naive sigmoid and the sign-branching one, in one format. */
export function sigmoidCode(x: number, p: Precision): CodeSamples {
  const npType = p === 'bfloat16' ? 'float32' : p;
  const numpy = [
    'import numpy as np',
    '',
    ...(p === 'bfloat16' ? ['# NumPy has no bfloat16: float32 stands in (the same range for overflow, but far finer rounding)'] : []),
    `x = np.array([${pyNum(x)}], dtype=np.${npType})`,
    'with np.errstate(over="ignore"):',
    '    naive = 1 / (1 + np.exp(-x))  # e^(-x) overflows for very negative x: 1/inf = 0',
    'e = np.exp(-np.abs(x))            # e^(-|x|) <= 1: cannot overflow',
    'stable = np.where(x >= 0, 1 / (1 + e), e / (1 + e))',
    '# scipy.special.expit(x) is a library sigmoid that is safe in the same way',
    'result = np.concatenate([naive, stable])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `x = torch.tensor(${pyNum(x)}, dtype=torch.${p})`,
    'naive = 1 / (1 + torch.exp(-x))   # e^(-x) overflows for very negative x: 1/inf = 0',
    'e = torch.exp(-x.abs())           # e^(-|x|) <= 1: cannot overflow',
    'stable = torch.where(x >= 0, 1 / (1 + e), e / (1 + e))',
    'print(naive.item(), stable.item(), torch.sigmoid(x).item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The log-softmax widget: logits [0, −d]; ln of the softmax against log-softmax (z − max − LSE). */
export function logSoftmaxCode(d: number, p: Precision): CodeSamples {
  const npType = p === 'bfloat16' ? 'float32' : p;
  const numpy = [
    'import numpy as np',
    '',
    ...(p === 'bfloat16' ? ['# NumPy has no bfloat16: float32 stands in (finer rounding, and smaller subnormals: it underflows later)'] : []),
    `d = ${pyNum(d)}`,
    `z = np.array([0.0, -d], dtype=np.${npType})`,
    's = np.exp(z - z.max())           # the stable softmax\'s terms, each <= 1',
    'p = s / s.sum()',
    'with np.errstate(divide="ignore"):',
    '    log_of_softmax = np.log(p)    # p underflows to 0 first: ln(0) = -inf',
    'log_softmax = z - z.max() - np.log(s.sum())  # z - LSE(z): finite for finite z',
    'loss = -log_softmax[1]            # cross-entropy if the true class is the second',
    'result = np.stack([log_of_softmax, log_softmax])',
    'print(result, loss)',
  ].join('\n');
  const pytorch = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `z = torch.tensor([0.0, -${pyNum(d)}], dtype=torch.${p})`,
    'print(torch.log(torch.softmax(z, dim=0)))  # -inf once p underflows',
    'print(torch.log_softmax(z, dim=0))         # z - logsumexp(z): finite',
    '# cross_entropy takes the logits and applies log_softmax itself',
    'print(F.cross_entropy(z.unsqueeze(0), torch.tensor([1])))',
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
  const sigmoids: [number, Precision][] = [
    [-12, 'float16'],
    [3, 'float16'],
    [-800, 'float64'],
  ];
  const logs: [number, Precision][] = [
    [20, 'float16'],
    [20, 'float64'],
    [800, 'float64'],
  ];
  return [
    ...exps,
    ...sigmoids.map(([x, p]): CodeCheck => ({
      name: `overflow sigmoid ${p} x=${x}`,
      numpy: `${sigmoidCode(x, p).numpy}\n${PATTERN}`,
      expected: [sigmoidSteps(x, p, false), sigmoidSteps(x, p, true)].map((s) => pattern(s[s.length - 1].value)),
      rtol: 1e-6,
    })),
    ...logs.map(([d, p]): CodeCheck => {
      const s = logSoftmaxSteps([0, -d], p);
      return { name: `overflow log-softmax ${p} d=${d}`, numpy: `${logSoftmaxCode(d, p).numpy}\n${PATTERN}`, expected: [...s.logOfSoftmax, ...s.logSoftmax].map(pattern), rtol: 1e-6 };
    }),
    ...softmaxes.map(([z, p]): CodeCheck => ({
      name: `overflow softmax ${p} [${z.join(', ')}]`,
      numpy: `${softmaxCode(z, p).numpy}\n${PATTERN}`,
      expected: [...softmaxNaive(z, p), ...softmaxStable(z, p)].map(pattern),
      rtol: 1e-6,
    })),
  ];
}
