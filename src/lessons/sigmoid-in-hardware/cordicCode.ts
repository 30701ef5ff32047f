/** "Show the code" for the CORDIC step-through: the float64 micro-rotations in NumPy and PyTorch. */
import { cordicTrace } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';

/** NumPy and PyTorch printing the residual after each micro-rotation, then σ(x). */
export function cordicCode(x: number, n: number, fixedNote?: string): CodeSamples {
  const build = (lib: 'np' | 'torch') => {
    const T = lib === 'np' ? { ln2: 'np.log(2)', atanh: 'np.arctanh(2.0 ** -i)', sqrt: 'np.sqrt' } : { ln2: 'math.log(2)', atanh: 'torch.atanh(torch.tensor(2.0 ** -i, dtype=torch.float64)).item()', sqrt: 'math.sqrt' };
    return [
      lib === 'np' ? 'import numpy as np' : 'import math\nimport torch',
      '',
      `x, n = ${x}, ${n}`,
      ...(fixedNote ? [`# float64 only: the widget also quantizes every register to ${fixedNote}`] : []),
      'shifts, i, rep = [], 1, 4   # shifts 4, 13, 40, ... (k -> 3k + 1) are used twice',
      'while len(shifts) < n:',
      '    shifts.append(i)',
      '    if i == rep and len(shifts) < n:',
      '        shifts.append(i)',
      '        rep = 3 * rep + 1',
      '    i += 1',
      'K = 1.0',
      'for i in shifts:',
      `    K *= ${T.sqrt}(1 - 2.0 ** (-2 * i))   # each step also scales the vector by this`,
      'a = abs(x)',
      `k = int(a * (1 / ${T.ln2}) + 0.5)   # |x| = k ln2 - r, |r| <= ln2 / 2`,
      `z = k * ${T.ln2} - a`,
      'cx, cy = 1 / K, 0.0',
      'residual = []',
      'for i in shifts:',
      '    d = 1.0 if z >= 0 else -1.0',
      '    cx, cy = cx + d * cy * 2.0 ** -i, cy + d * cx * 2.0 ** -i',
      `    z -= d * ${T.atanh}`,
      '    residual.append(z)',
      'e = (cx + cy) * 2.0 ** -k   # e^r = cosh r + sinh r, then e^-|x| by a shift',
      'sigma = 1 / (1 + e) if x >= 0 else e / (1 + e)',
      lib === 'np' ? 'result = np.array(residual + [sigma])' : 'result = torch.tensor(residual + [sigma], dtype=torch.float64)',
      'print(result)',
    ].join('\n');
  };
  return { numpy: build('np'), pytorch: build('torch') };
}

/** Run by src/lessons/code.test.ts: the NumPy residuals and σ against the engine's trace. */
export function cordicCodeChecks(): CodeCheck[] {
  return ([[1.5, 16], [-3.2, 24], [0.2, 8]] as const).map(([x, n]) => {
    const tr = cordicTrace(x, n);
    return { name: `hardware cordic x=${x} n=${n}`, numpy: cordicCode(x, n).numpy, expected: [...tr.steps.map((s) => s.z), tr.output], rtol: 1e-9 };
  });
}
