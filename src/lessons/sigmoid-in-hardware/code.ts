import { sampleFunction, TAYLOR_COEFFS } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { evaluatorOf, SHORT_LABEL, type MethodKey, type MethodSettings } from './methods';

type Lib = 'np' | 'torch';
const COEFFS = TAYLOR_COEFFS.map((c) => String(c)).join(', ');
const SAMPLES = 17;

/** One method in float64, as NumPy or PyTorch writes it; undefined when not shown (CORDIC, hybrid). */
function form(key: MethodKey, s: MethodSettings, lib: Lib): string[] | undefined {
  const L = lib === 'np' ? { where: 'np.where', abs: 'np.abs', clip: 'np.clip', sig: 'expit' } : { where: 'torch.where', abs: 'torch.abs', clip: 'torch.clamp', sig: 'torch.sigmoid' };
  const ar = lib === 'np' ? 'np.arange' : 'torch.arange';
  switch (key) {
    case 'plan':
      return [
        `a = ${L.abs}(x)   # PLAN: power-of-two slopes, so each product is a shift`,
        `y = ${L.where}(a >= 5, 1.0, ${L.where}(a >= 2.375, 0.03125 * a + 0.84375,`,
        `    ${L.where}(a >= 1, 0.125 * a + 0.625, 0.25 * a + 0.5)))`,
        `out['PLAN'] = ${L.where}(x < 0, 1 - y, y)`,
      ];
    case 'sonf':
      return [
        `u = 1 - ${L.clip}(${L.abs}(x), 0, 4) / 4   # SONF: a parabola per side`,
        `out['SONF'] = ${L.where}(x >= 0, 1 - u * u / 2, u * u / 2)`,
      ];
    case 'lut': {
      const N = s.lutEntries;
      if (!s.lutInterp)
        return [
          `N, R = ${N}, 8.0   # LUT over [-R, R), entry i = sigmoid(2R (i - N/2) / N)`,
          `table = ${L.sig}((${ar}(N) - N // 2) * (2 * R / N))`,
          lib === 'np'
            ? 'idx = np.clip(np.trunc(x * N / (2 * R)).astype(int) + N // 2, 0, N - 1)   # int cast truncates toward 0'
            : 'idx = torch.clamp(torch.trunc(x * N / (2 * R)).long() + N // 2, 0, N - 1)',
          "out['LUT'] = table[idx]",
        ];
      return [
        `N, R = ${N}, 8.0   # N + 1 nodes over [-R, R], linear interpolation`,
        `nodes = ${L.sig}(-R + ${ar}(N + 1) * (2 * R / N))`,
        `u = (${L.clip}(x, -R, R) + R) * N / (2 * R)`,
        lib === 'np' ? 'i = np.minimum(np.floor(u).astype(int), N - 1)' : 'i = torch.clamp(torch.floor(u).long(), max=N - 1)',
        "out['LUT'] = nodes[i] + (u - i) * (nodes[i + 1] - nodes[i])",
      ];
    }
    case 'taylor': {
      const m = Math.floor((s.taylorOrder + 1) / 2);
      const c = lib === 'np' ? `np.array([${COEFFS}])[:${m}]` : `[${COEFFS}][:${m}]`;
      return [
        `c = ${c}   # x, x^3, x^5, ... terms up to order ${s.taylorOrder}`,
        'p = c[-1]',
        'for ck in c[-2::-1]:   # Horner in x^2',
        '    p = p * x**2 + ck',
        "out['Taylor'] = 0.5 + x * p",
      ];
    }
    case 'hard':
      return [`out['Hard sigmoid'] = ${L.clip}(x + 3, 0, 6) / 6`];
    default:
      return undefined;
  }
}

/** NumPy and PyTorch for the workbench's picked methods (float64), on 17 points of [−8, 8]. */
export function workbenchCode(picked: readonly MethodKey[], s: MethodSettings, fixedNote?: string): CodeSamples {
  const build = (lib: Lib) => {
    const head =
      lib === 'np'
        ? ['import numpy as np', 'from scipy.special import expit', '', `x = np.linspace(-8, 8, ${SAMPLES})`]
        : ['import torch', '', `x = torch.linspace(-8, 8, ${SAMPLES}, dtype=torch.float64)`];
    const lines = [...head];
    if (fixedNote) lines.push(`# float64 formulas only: the widget also quantizes every stored value to ${fixedNote}`);
    lines.push('out = {}');
    for (const k of picked) {
      const f = form(k, s, lib);
      lines.push('', ...(f ?? [`# ${SHORT_LABEL[k]}: ${k === 'cordic' ? 'an iterative datapath' : 'a correction table in the engine’s own layout'}, not written out here`]));
    }
    const keys = picked.filter((k) => form(k, s, lib)).map((k) => `out['${SHORT_LABEL[k]}']`);
    lines.push('', lib === 'np' ? `result = np.stack([${keys.join(', ')}])` : `result = torch.stack([${keys.join(', ')}])`, 'print(result)');
    return lines.join('\n');
  };
  return { numpy: build('np'), pytorch: build('torch') };
}

const BASE: MethodSettings = { taylorOrder: 5, lutEntries: 1024, lutInterp: false, cordicIter: 16, hybridEntries: 32 };

/** Run by src/lessons/code.test.ts: each shown method in float64 against the engine's emulator. */
export function codeChecks(): CodeCheck[] {
  const cases: [MethodKey, Partial<MethodSettings>][] = [
    ['plan', {}], ['sonf', {}], ['lut', {}], ['lut', { lutEntries: 64 }], ['lut', { lutInterp: true, lutEntries: 256 }],
    ['taylor', {}], ['taylor', { taylorOrder: 9 }], ['taylor', { taylorOrder: 1 }], ['hard', {}],
  ];
  const methodChecks = cases.map(([k, over]) => {
    const s = { ...BASE, ...over };
    const grid = sampleFunction(evaluatorOf(k, s, undefined), -8, 8, SAMPLES);
    return { name: `hardware ${k} ${JSON.stringify(over)}`, numpy: workbenchCode([k], s).numpy, expected: Array.from(grid.y), rtol: 1e-12 };
  });
  return methodChecks; // the CORDIC and network checks: codeChecks.ts
}
