import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { GRID_X, uaView, type UaTarget, type UaUnit } from './approx';
import { universalSchema } from './schema';

/** The target as NumPy / PyTorch write it, on the 201-point grid x. */
function targetLine(target: UaTarget, pts: readonly number[], lib: 'np' | 'torch'): string {
  const m = lib === 'np' ? 'np' : 'torch';
  switch (target) {
    case 'sine':
      return `y = ${m}.sin(2 * ${m}.pi * x)`;
    case 'bump':
      return `y = ${m}.exp(-(x - 0.2) ** 2 / (2 * 0.15 ** 2))`;
    case 'step':
      return lib === 'np' ? 'y = np.where(x >= 0.3, 1.0, 0.0)' : 'y = (x >= 0.3).double()';
    case 'kink':
      return `y = ${m}.abs(x) - 0.5`;
    case 'drawn': {
      const list = `[${pts.join(', ')}]`;
      return lib === 'np'
        ? `y = np.interp(x, np.linspace(-1, 1, ${pts.length}), ${list})  # the drawn points, joined by lines`
        : `y = torch.tensor(np.interp(x.numpy(), np.linspace(-1, 1, ${pts.length}), ${list}))`;
    }
  }
}

/** Fixed, evenly spaced hidden units; output weights by least squares (what the widget fits). */
export function universalCode(target: UaTarget, unit: UaUnit, n: number, pts: readonly number[]): CodeSamples {
  const hidden =
    unit === 'sigmoid'
      ? ['c = -1 + (np.arange(n) + 0.5) * d   # sigmoid centres: the middle of n equal cells', 'H = 1 / (1 + np.exp(-(4 / d) * (x[:, None] - c)))  # slope 4/d']
      : ['c = -1 + np.arange(n) * d           # ReLU hinges: the left edge of each cell', 'H = np.maximum(0.0, x[:, None] - c)'];
  const numpy = [
    'import numpy as np',
    '',
    'x = np.linspace(-1, 1, 201)',
    targetLine(target, pts, 'np'),
    `n = ${n}; d = 2 / n`,
    ...hidden,
    'A = np.hstack([np.ones((x.size, 1)), H])  # bias column + one column per unit',
    'w, *_ = np.linalg.lstsq(A, y, rcond=None)',
    'fit = A @ w',
    'rmse = np.sqrt(np.mean((fit - y) ** 2))',
    'result = [rmse, np.abs(fit - y).max(), *fit[::25]]',
    'print(rmse)',
  ].join('\n');
  const torchHidden =
    unit === 'sigmoid'
      ? ['c = -1 + (torch.arange(n, dtype=torch.float64) + 0.5) * d', 'H = torch.sigmoid((4 / d) * (x[:, None] - c))']
      : ['c = -1 + torch.arange(n, dtype=torch.float64) * d', 'H = torch.relu(x[:, None] - c)'];
  const pytorch = [
    'import numpy as np',
    'import torch',
    '',
    'x = torch.linspace(-1, 1, 201, dtype=torch.float64)',
    targetLine(target, pts, 'torch'),
    `n = ${n}; d = 2 / n`,
    ...torchHidden,
    'A = torch.cat([torch.ones(x.numel(), 1, dtype=torch.float64), H], dim=1)',
    'w = torch.linalg.lstsq(A, y[:, None], driver="gelsd").solution  # minimum-norm least squares',
    'fit = (A @ w).squeeze(1)',
    'print(torch.sqrt(torch.mean((fit - y) ** 2)))',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: RMS, largest error and the fit every 25 grid points, against the engine. */
export function universalCodeChecks(): CodeCheck[] {
  const cases: [UaTarget, UaUnit, number][] = [['sine', 'sigmoid', 4], ['step', 'relu', 13], ['kink', 'sigmoid', 9], ['drawn', 'relu', 8], ['bump', 'sigmoid', 20]];
  return cases.map(([target, unit, n]) => {
    const pts = universalSchema.pts.default;
    const v = uaView(target, unit, n, pts);
    const every = Array.from(GRID_X.keys()).filter((i) => i % 25 === 0).map((i) => v.fit.fitted[i]);
    return { name: `universal ${target} ${unit} n=${n}`, numpy: universalCode(target, unit, n, pts).numpy, expected: [v.fit.rmse, v.fit.maxErr, ...every], rtol: 1e-7 };
  });
}
