import { bceWithLogitsFloat32, doubleSoftmaxCE, sigmoidBceFloat32 } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';

const list = (v: readonly number[]) => v.map((x) => String(x)).join(', ');

/** The double-softmax widget: both losses, both gradients w.r.t. the logits, and their norm ratio. */
export function doubleSoftmaxCode(z: readonly number[], target: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import softmax, log_softmax',
    '',
    `z = np.array([${list(z)}])      # logits: cat, dog, pig`,
    `t = ${target}`,
    'y = np.eye(len(z))[t]',
    'p = softmax(z)',
    'loss = -log_softmax(z)[t]                # CrossEntropyLoss(z): right',
    'grad = p - y',
    'loss2 = -log_softmax(p)[t]               # CrossEntropyLoss(softmax(z)): softmax twice',
    'r = softmax(p) - y                       # gradient w.r.t. p ...',
    'J = np.diag(p) - np.outer(p, p)          # ... times the softmax Jacobian at z',
    'grad2 = J.T @ r',
    'ratio = np.linalg.norm(grad2) / np.linalg.norm(grad)',
    'result = np.concatenate([[loss, loss2], grad, grad2, [ratio]])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    'import torch.nn as nn',
    '',
    `z = torch.tensor([[${list(z)}]], dtype=torch.float64, requires_grad=True)`,
    `t = torch.tensor([${target}])`,
    'ce = nn.CrossEntropyLoss()               # applies log_softmax itself: give it logits',
    'grad, = torch.autograd.grad(ce(z, t), z)',
    'grad2, = torch.autograd.grad(ce(torch.softmax(z, dim=1), t), z)   # the bug',
    'print(grad, grad2, (grad2.norm() / grad.norm()).item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The float32 widget: PyTorch's BCELoss and BCEWithLogitsLoss formulas in NumPy float32. */
export function bceFloat32Code(z: number, y: 0 | 1): CodeSamples {
  const numpy = [
    'import numpy as np',
    'f = np.float32',
    '',
    `z, y = f(${z}), f(${y})`,
    'with np.errstate(over="ignore", divide="ignore"):',
    '    p = f(1) / (f(1) + np.exp(-z))       # torch.sigmoid in float32',
    '    # nn.BCELoss: each log clamped at -100 (PyTorch, aten/src/ATen/native/Loss.cpp)',
    '    loss = (y - f(1)) * max(np.log1p(-p), f(-100)) - y * max(np.log(p), f(-100))',
    '    # backward: (p - y) / max((1 - p) p, 1e-12), then sigmoid\'s (1 - p) p',
    '    grad = (p - y) / max((f(1) - p) * p, f(1e-12)) * (f(1) - p) * p',
    '    # nn.BCEWithLogitsLoss: (1 - y) z - log_sigmoid(z), never forms p',
    '    log_sig = min(z, f(0)) - np.log1p(np.exp(-abs(z)))',
    '    loss_l = (f(1) - y) * z - log_sig',
    '    grad_l = p - y',
    'result = np.array([p, loss, grad, loss_l, grad_l], dtype=float)',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    'import torch.nn as nn',
    '',
    `z = torch.tensor([${z}], requires_grad=True)          # float32, as in a real model`,
    `y = torch.tensor([${y}.0])`,
    'loss = nn.BCELoss()(torch.sigmoid(z), y)           # probabilities in',
    'grad, = torch.autograd.grad(loss, z)',
    'loss_l = nn.BCEWithLogitsLoss()(z, y)              # logits in',
    'grad_l, = torch.autograd.grad(loss_l, z)',
    'print(loss.item(), grad.item(), loss_l.item(), grad_l.item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** Run by src/lessons/code.test.ts through the lesson's codeChecks(). */
export function lossMapCodeChecks(): CodeCheck[] {
  const ds: [number[], number][] = [[[2, 1, -1], 1], [[16, 8, -8], 1], [[0, 0, 0], 2], [[-4, 6, 1], 0]];
  const b32: [number, 0 | 1][] = [[8, 0], [20, 0], [16, 0], [-30, 1], [-95, 1], [-5, 1], [0.3, 0]];
  return [
    ...ds.map(([z, t]): CodeCheck => {
      const r = doubleSoftmaxCE(z, t);
      return { name: `cross-entropy double-softmax z=${z.join(',')} t=${t}`, numpy: doubleSoftmaxCode(z, t).numpy, expected: [r.loss, r.doubleLoss, ...r.grad, ...r.doubleGrad, r.ratio], rtol: 1e-9 };
    }),
    ...b32.map(([z, y]): CodeCheck => {
      const a = sigmoidBceFloat32(z, y);
      const b = bceWithLogitsFloat32(z, y);
      // NumPy's float32 exp/log may differ from the correctly rounded ones by an ulp or two.
      return { name: `cross-entropy bce-float32 z=${z} y=${y}`, numpy: bceFloat32Code(z, y).numpy, expected: [a.p, a.loss, a.grad, b.loss, b.grad], rtol: 1e-6 };
    }),
  ];
}
