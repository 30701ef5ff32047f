import { bce, focalLoss, lossBreakdown, makeImbalancedScores, type LossKind } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { FIGURE_GAMMAS } from './schema';

const GAMMAS = `[${FIGURE_GAMMAS.join(', ')}]`;

/** The focal-curve widget's table: focal loss at one p_t for each γ, and its ratio to CE. */
export function focalCurveCode(pt: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    '',
    `pt = ${pt}                                # probability of the true class`,
    `gamma = np.array(${GAMMAS})`,
    'ce = -np.log(pt)                          # cross-entropy',
    'focal = (1 - pt) ** gamma * ce            # focal loss, one per gamma',
    'result = np.concatenate([focal, focal / ce])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `pt = torch.tensor(${pt}, dtype=torch.float64)`,
    `gamma = torch.tensor(${GAMMAS}, dtype=torch.float64)`,
    'ce = -torch.log(pt)',
    'focal = (1 - pt) ** gamma * ce',
    'print(focal, focal / ce)',
  ].join('\n');
  return { numpy, pytorch };
}

// The lesson's data set, regenerated exactly: mulberry32 + Box–Muller, as in the engine.
const DATA = (seed: number) =>
  [
    'M = 0xFFFFFFFF',
    'def mulberry32(seed):',
    '    a = seed & M',
    '    def uniform():',
    '        nonlocal a',
    '        a = (a + 0x6D2B79F5) & M',
    '        t = ((a ^ (a >> 15)) * (a | 1)) & M',
    '        t ^= (t + ((t ^ (t >> 7)) * (t | 61))) & M',
    '        return ((t ^ (t >> 14)) & M) / 4294967296',
    '    return uniform',
    `uniform = mulberry32(${seed})`,
    'def normal():',
    '    u = 1 - uniform(); v = uniform()',
    '    return math.sqrt(-2 * math.log(u)) * math.cos(2 * math.pi * v)',
    '# 100 positives, 50 label-noise outliers, 9950 ordinary negatives (1:100)',
    'z = [0.8 + 1.8 * normal() for _ in range(100)]',
    'z += [4.5 + 1.2 * normal() for _ in range(50)]',
    'z += [-4.0 + 1.3 * normal() for _ in range(9950)]',
    'y = [1.0] * 100 + [0.0] * 10000',
  ].join('\n');

/** The 1:100 widget: four losses on the same set, each as [summed loss, easy negatives' share, positives' share]. */
export function imbalanceCode(alpha: number, gamma: number, seed: number): CodeSamples {
  const numpy = [
    'import math',
    'import numpy as np',
    '',
    DATA(seed),
    'z, y = np.array(z), np.array(y)',
    '',
    `alpha, gamma = ${alpha}, ${gamma}`,
    'ce = np.logaddexp(0.0, z) - y * z                 # BCE with logits, stable',
    'one_minus_pt = 1 / (1 + np.exp(np.where(y == 1, z, -z)))',
    'alpha_t = np.where(y == 1, alpha, 1 - alpha)',
    'losses = {',
    "    'ce': ce,",
    "    'weighted': alpha_t * ce,",
    "    'focal': one_minus_pt ** gamma * ce,",
    "    'focalAlpha': alpha_t * one_minus_pt ** gamma * ce,",
    '}',
    'easy = (y == 0) & (1 / (1 + np.exp(z)) > 0.5)     # negatives with p_t > 0.5',
    'result = []',
    'for name, l in losses.items():',
    '    total = l.sum()',
    '    result += [total, l[easy].sum() / total, l[y == 1].sum() / total]',
    'print(np.array(result).reshape(4, 3))',
  ].join('\n');
  const pytorch = [
    'import math',
    'import torch',
    'import torch.nn.functional as F',
    'from torchvision.ops import sigmoid_focal_loss',
    '',
    DATA(seed),
    'z = torch.tensor(z, dtype=torch.float64)',
    'y = torch.tensor(y, dtype=torch.float64)',
    '',
    `alpha, gamma = ${alpha}, ${gamma}`,
    "ce = F.binary_cross_entropy_with_logits(z, y, reduction='none')",
    'alpha_t = torch.where(y == 1, alpha, 1 - alpha)',
    'losses = {',
    "    'ce': ce,",
    "    'weighted': alpha_t * ce,",
    "    'focal': sigmoid_focal_loss(z, y, alpha=-1, gamma=gamma, reduction='none'),",
    "    'focalAlpha': sigmoid_focal_loss(z, y, alpha=alpha, gamma=gamma, reduction='none'),",
    '}',
    'easy = (y == 0) & (torch.sigmoid(-z) > 0.5)',
    'for name, l in losses.items():',
    '    total = l.sum()',
    '    print(name, total.item(), (l[easy].sum() / total).item(), (l[y == 1].sum() / total).item())',
  ].join('\n');
  return { numpy, pytorch };
}

const KINDS: readonly LossKind[] = ['ce', 'weighted', 'focal', 'focalAlpha'];

/** Run by src/lessons/code.test.ts: the NumPy snippets against the engine. */
export function codeChecks(): CodeCheck[] {
  const curve = [0.1, 0.5, 0.9, 0.99].map(
    (pt): CodeCheck => ({
      name: `imbalanced focal curve p_t=${pt}`,
      numpy: focalCurveCode(pt).numpy,
      expected: [...FIGURE_GAMMAS.map((g) => focalLoss(pt, 1, g)), ...FIGURE_GAMMAS.map((g) => focalLoss(pt, 1, g) / bce(pt, 1))],
      rtol: 1e-9,
    }),
  );
  const sets = ([[0.99, 2, 1], [0.25, 0, 7], [0.5, 3.5, 42]] as const).map(([alpha, gamma, seed]): CodeCheck => {
    const d = makeImbalancedScores({ seed });
    const expected = KINDS.flatMap((kind) => {
      const b = lossBreakdown(d.z, d.y, { kind, alpha, gamma });
      return [b.total, b.share.easyNegatives, b.share.positives];
    });
    return { name: `imbalanced 1:100 set α=${alpha} γ=${gamma} seed=${seed}`, numpy: imbalanceCode(alpha, gamma, seed).numpy, expected, rtol: 1e-9 };
  });
  return [...curve, ...sets];
}
