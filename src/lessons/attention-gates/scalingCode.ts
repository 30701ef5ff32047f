import { attentionRowStats } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { scalingAt, SCALE_KEYS, SCALE_QUERIES } from './scaling';

const list = (v: readonly number[]) => v.map((x) => String(x)).join(', ');

/**
 * The √d_k widget. NumPy's generator is not the engine's, so the snippet shows how to sample
 * and then measures the engine's own first row (its raw q·k, pasted in): entropy, top weight,
 * ‖diag(w) − wwᵀ‖_F and the mean sigmoid gate — the numbers the widget reads out for that row.
 */
export function scalingCode(row: readonly number[], dk: number, scaled: boolean): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import softmax, expit',
    '',
    `dk = ${dk}`,
    '# Sampling: q, k with N(0, 1) entries; q.k has standard deviation sqrt(dk)',
    'rng = np.random.default_rng(1)',
    'q, K = rng.standard_normal(dk), rng.standard_normal((4096, dk))',
    'print("std of q.k:", (K @ q).std(), "sqrt(dk):", np.sqrt(dk))',
    '',
    `# One row of the widget (its raw scores q.k for ${row.length} keys):`,
    `s = np.array([${list(row)}])`,
    `z = s / np.sqrt(dk) if ${scaled ? 'True' : 'False'} else s     # the scaling toggle`,
    'w = softmax(z)',
    `H = -np.sum(w[w > 0] * np.log(w[w > 0]))     # entropy; ln(${row.length}) is uniform`,
    'J = np.diag(w) - np.outer(w, w)              # d w / d z',
    'result = np.array([H, w.max(), np.linalg.norm(J), expit(z).mean()])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import math, torch',
    '',
    `dk, n_keys = ${dk}, ${SCALE_KEYS}`,
    'g = torch.Generator().manual_seed(1)',
    `q = torch.randn(${SCALE_QUERIES}, dk, generator=g)`,
    'k = torch.randn(n_keys, dk, generator=g)',
    'scores = q @ k.T                                   # std ≈ sqrt(dk)',
    `z = scores / math.sqrt(dk) if ${scaled ? 'True' : 'False'} else scores`,
    'w = torch.softmax(z, dim=-1)',
    'H = -(w * torch.log(w.clamp_min(1e-45))).sum(-1).mean()',
    'print(scores.std().item(), math.sqrt(dk), H.item(), w.max(-1).values.mean().item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts through the lesson's codeChecks(). */
export function scalingCodeChecks(): CodeCheck[] {
  const cases: [number, boolean][] = [[1, false], [64, false], [64, true], [1024, false], [1024, true]];
  return cases.map(([dk, scaled]): CodeCheck => {
    const row = Array.from(scalingAt(dk).firstRow);
    const s = attentionRowStats([row], scaled ? 1 / Math.sqrt(dk) : 1);
    return {
      name: `attention-gates attn-scale dk=${dk} scaled=${scaled}`,
      numpy: scalingCode(row, dk, scaled).numpy,
      expected: [s.meanEntropy, s.meanMaxWeight, s.meanJacobianNorm, s.meanGate],
      rtol: 1e-9,
    };
  });
}
