import { sigmoid, softmax } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { MISTAKE_LOGITS } from './schema';
import { twoHeads } from './twoHeads';

/** A number as a Python float literal (2 → 2.0). */
const py = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));

/** The heads widget: one logit z₁ − z₀ through sigmoid + BCE, two logits through softmax + CE. */
export function headsCode(z0: number, z1: number, y: 0 | 1): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit, logsumexp',
    '',
    `z0, z1, y = ${py(z0)}, ${py(z1)}, ${y}`,
    '# 1 logit -> sigmoid -> binary cross-entropy',
    'z = z1 - z0',
    'p_sig = expit(z)',
    'bce = np.logaddexp(0.0, z) - y * z     # BCE with logits: ln(1 + e^z) - y z, stable',
    'grad_sig = p_sig - y',
    '# 2 logits -> softmax -> cross-entropy',
    'logits = np.array([z0, z1])',
    'lse = logsumexp(logits)                # ln(e^z0 + e^z1), with the max trick',
    'p = np.exp(logits - lse)               # softmax',
    'ce = lse - logits[y]                   # -ln p[y]',
    'grad_soft = p - np.eye(2)[y]           # (dL/dz0, dL/dz1) = (-(p_sig - y), p_sig - y)',
    'result = np.array([p_sig, bce, grad_sig, p[1], ce, *grad_soft])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `logits = torch.tensor([[${py(z0)}, ${py(z1)}]], dtype=torch.float64, requires_grad=True)`,
    `y = ${y}`,
    '# 1 logit: z = z1 - z0 through sigmoid + BCE',
    'z = logits[:, 1] - logits[:, 0]',
    'bce = F.binary_cross_entropy_with_logits(z, torch.tensor([float(y)], dtype=torch.float64))',
    'g_sig, = torch.autograd.grad(bce, logits)   # (-(p - y), p - y), by the chain rule through z',
    '# 2 logits through softmax + CE',
    'ce = F.cross_entropy(logits, torch.tensor([y]))',
    'g_soft, = torch.autograd.grad(ce, logits)',
    'print(torch.sigmoid(z).item(), bce.item(), g_sig)',
    'print(torch.softmax(logits, dim=1)[0, 1].item(), ce.item(), g_soft)',
  ].join('\n');
  return { numpy, pytorch };
}

/** The mistake widget: element-wise sigmoid of two logits versus softmax over them, with sums. */
export function mistakeCode(z: readonly number[]): CodeSamples {
  const arr = z.map(py).join(', ');
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit, softmax',
    '',
    `z = np.array([${arr}])`,
    'sig = expit(z)                          # element-wise: two yes/no answers',
    'p = softmax(z)                          # one distribution over the two classes',
    'result = np.array([*sig, sig.sum(), *p, p.sum()])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `z = torch.tensor([${arr}], dtype=torch.float64)`,
    'sig = torch.sigmoid(z)',
    'p = torch.softmax(z, dim=0)',
    'print(sig, sig.sum().item())',
    'print(p, p.sum().item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts: the NumPy snippets against the engine. */
export function codeChecks(): CodeCheck[] {
  const heads: [number, number, 0 | 1][] = [
    [MISTAKE_LOGITS[0], MISTAKE_LOGITS[1], 1],
    [2.5, -1, 1],
    [0, 0, 0],
    [-7.25, 4, 0],
  ];
  const mistakes: (readonly number[])[] = [MISTAKE_LOGITS, [3, 3], [-20, 12.5]];
  return [
    ...heads.map(([z0, z1, y]) => {
      const { sig, soft } = twoHeads(z0, z1, y);
      return { name: `heads ${z0}, ${z1}, y=${y}`, numpy: headsCode(z0, z1, y).numpy, expected: [sig.p1, sig.loss, sig.grad, soft.probs[1], soft.loss, soft.grad[0], soft.grad[1]], rtol: 1e-9 };
    }),
    ...mistakes.map((z) => {
      const sig = z.map((v) => sigmoid(v));
      const p = Array.from(softmax(z));
      return { name: `mistake ${z.join(', ')}`, numpy: mistakeCode(z).numpy, expected: [...sig, sig[0] + sig[1], ...p, p[0] + p[1]], rtol: 1e-12 };
    }),
  ];
}
