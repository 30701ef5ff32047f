import { bce, focalLoss, ghm, lossBreakdown, makeImbalancedScores, type LossKind } from '../../engine';
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
const N_POS = 100;
const N_NEG = 10000;
/** Outliers among the negatives, as the engine counts them (its default rate is 0.5 %). */
const outliersOf = (rate = 0.005) => Math.round(N_NEG * rate);
const DATA = (seed: number, nOut = outliersOf()) =>
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
    `# ${N_POS} positives, ${nOut} label-noise outliers, ${N_NEG - nOut} ordinary negatives (1:100)`,
    `z = [0.8 + 1.8 * normal() for _ in range(${N_POS})]`,
    `z += [4.5 + 1.2 * normal() for _ in range(${nOut})]`,
    `z += [-4.0 + 1.3 * normal() for _ in range(${N_NEG - nOut})]`,
    `y = [1.0] * ${N_POS} + [0.0] * ${N_NEG}`,
  ].join('\n');

/** Pasted sets up to this many examples are written into the snippet; longer ones are read from a file. */
export const OWN_INLINE_PAIRS = 200;

/** A Python list, wrapped so the snippet stays readable. */
function pyList(name: string, values: readonly number[]): string {
  const lines: string[] = [];
  let line = `${name} = [`;
  values.forEach((v, i) => {
    const cell = `${String(v)}${i < values.length - 1 ? ', ' : ''}`;
    if (line.length + cell.length > 88) {
      lines.push(line.trimEnd());
      line = '    ';
    }
    line += cell;
  });
  lines.push(`${line}]`);
  return lines.join('\n');
}

/** The reader's pasted set (flat z, y pairs) as Python lists z and y, or read from their CSV when long. */
function ownData(flat: readonly number[]): string {
  const n = flat.length / 2;
  if (n > OWN_INLINE_PAIRS) {
    return [
      `# Your pasted set: ${n} examples, too many to print here. Save it as scores.csv,`,
      '# two columns z, y with a header row (drop skiprows=1 if it has none).',
      'import numpy as np',
      "data = np.loadtxt('scores.csv', delimiter=',', skiprows=1)",
      'z, y = data[:, 0].tolist(), data[:, 1].tolist()',
    ].join('\n');
  }
  return [`# Your pasted set: ${n} examples (logit z, label y)`, pyList('z', flat.filter((_, i) => i % 2 === 0)), pyList('y', flat.filter((_, i) => i % 2 === 1))].join('\n');
}

/**
 * The 1:100 widget: four losses on the same set, each as [summed loss, easy negatives' share,
 * positives' share]. `own`: the reader's pasted z, y pairs, used instead of the seeded set.
 */
export function imbalanceCode(alpha: number, gamma: number, seed: number, own?: readonly number[]): CodeSamples {
  const data = own && own.length > 0 ? ownData(own) : DATA(seed);
  const numpy = [
    'import math',
    'import numpy as np',
    '',
    data,
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
    data,
    'z = torch.tensor(z, dtype=torch.float64)',
    'y = torch.tensor(y, dtype=torch.float64)',
    '',
    `alpha, gamma = ${alpha}, ${gamma}`,
    "ce = F.binary_cross_entropy_with_logits(z, y, reduction='none')",
    'alpha_t = alpha * y + (1 - alpha) * (1 - y)',
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

/** The GHM widget: per bin the count, β = N / GD(g), and the bin's share of CE and of GHM-C. `own` as for imbalanceCode. */
export function ghmCode(bins: number, outliers: number, seed: number, own?: readonly number[]): CodeSamples {
  const data = own && own.length > 0 ? ownData(own) : DATA(seed, outliersOf(outliers));
  const numpy = [
    'import math',
    'import numpy as np',
    '',
    data,
    'z, y = np.array(z), np.array(y)',
    '',
    `M, N = ${bins}, len(z)                           # bins of width eps = 1/M`,
    'g = np.where(y == 1, 1 / (1 + np.exp(z)), 1 / (1 + np.exp(-z)))   # |sigmoid(z) - y|',
    'b = np.minimum(np.floor(g * M).astype(int), M - 1)             # bin of each example',
    'count = np.bincount(b, minlength=M)',
    'beta = np.where(count > 0, N / (M * np.maximum(count, 1)), 0.0) # N / GD, GD = count / eps',
    'ce = np.logaddexp(0.0, z) - y * z                               # BCE with logits, stable',
    'ghm = beta[b] * ce / N                                          # GHM-C terms',
    'ce_share = np.bincount(b, weights=ce, minlength=M) / ce.sum()',
    'ghm_share = np.bincount(b, weights=ghm, minlength=M) / ghm.sum()',
    'result = np.concatenate([count, beta, ce_share, ghm_share])',
    'print(np.array([count, beta, ce_share, ghm_share]).T)',
  ].join('\n');
  const pytorch = [
    'import math',
    'import torch',
    'import torch.nn.functional as F',
    '',
    data,
    'z = torch.tensor(z, dtype=torch.float64)',
    'y = torch.tensor(y, dtype=torch.float64)',
    '',
    `M, N = ${bins}, len(z)`,
    'g = (torch.sigmoid(z) - y).abs()',
    'b = torch.clamp((g * M).floor().long(), max=M - 1)',
    'count = torch.bincount(b, minlength=M)',
    'beta = (count > 0) * N / (M * count.clamp(min=1).double())',
    "ce = F.binary_cross_entropy_with_logits(z, y, reduction='none')",
    'ghm = beta[b] * ce / N',
    'ce_share = torch.bincount(b, weights=ce, minlength=M) / ce.sum()',
    'ghm_share = torch.bincount(b, weights=ghm, minlength=M) / ghm.sum()',
    'print(torch.stack([count.double(), beta, ce_share, ghm_share], dim=1))',
  ].join('\n');
  return { numpy, pytorch };
}

const KINDS: readonly LossKind[] = ['ce', 'weighted', 'focal', 'focalAlpha'];

/** Pasted sets the snippet test runs: a tiny one, and one long enough to wrap its lists. */
const OWN_CHECK_SETS: readonly (readonly number[])[] = [
  [-3.2, 0, 1.7, 1, -0.4, 0, 2.5, 0, -6, 0, 0.3, 1],
  Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? Number((Math.sin(i * 1.7) * 5 - 1).toFixed(3)) : i % 7 === 1 ? 1 : 0)),
];

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
  const ghms = ([[10, 0.02, 1], [10, 0.005, 1], [30, 0.05, 7], [2, 0, 3]] as const).map(([bins, outliers, seed]): CodeCheck => {
    const d = makeImbalancedScores({ seed, outlierRate: outliers });
    const r = ghm(d.z, d.y, bins);
    const expected = [...r.bins.map((b) => b.count), ...r.bins.map((b) => b.beta), ...r.bins.map((b) => b.ceShare), ...r.bins.map((b) => b.ghmShare)];
    return { name: `imbalanced GHM M=${bins} outliers=${outliers} seed=${seed}`, numpy: ghmCode(bins, outliers, seed).numpy, expected, rtol: 1e-9 };
  });
  // A pasted set, written into the snippet: the same numbers as the widget computes from it.
  const ownChecks = OWN_CHECK_SETS.flatMap((flat, k): CodeCheck[] => {
    const z = Float64Array.from(flat.filter((_, i) => i % 2 === 0));
    const y = Uint8Array.from(flat.filter((_, i) => i % 2 === 1));
    const expected = KINDS.flatMap((kind) => {
      const b = lossBreakdown(z, y, { kind, alpha: 0.75, gamma: 1.5 });
      return [b.total, b.share.easyNegatives, b.share.positives];
    });
    const r = ghm(z, y, 5);
    const expGhm = [...r.bins.map((b) => b.count), ...r.bins.map((b) => b.beta), ...r.bins.map((b) => b.ceShare), ...r.bins.map((b) => b.ghmShare)];
    return [
      { name: `imbalanced 1:100 pasted set ${k}`, numpy: imbalanceCode(0.75, 1.5, 1, flat).numpy, expected, rtol: 1e-9 },
      { name: `imbalanced GHM pasted set ${k}`, numpy: ghmCode(5, 0.02, 1, flat).numpy, expected: expGhm, rtol: 1e-9 },
    ];
  });
  return [...curve, ...sets, ...ghms, ...ownChecks];
}
