import { activations, sampleFunction, sigmoid } from '../../engine';
import { formatNumber } from '../../format/number';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import type { DepthParams } from './depthChain';

/** σ′ on 11 points of [−xMax, xMax] and at x: the stable σ(x)·σ(−x) next to the naive σ(1 − σ). */
export function slopesCode(x: number, xMax: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit  # σ without overflow',
    '',
    `x = np.append(np.linspace(${-xMax}, ${xMax}, 11), ${x})`,
    'stable = expit(x) * expit(-x)   # σ′(x) = σ(x)·σ(−x): keeps the far tail',
    's = expit(x)',
    'naive = s * (1 - s)             # σ(1 − σ): 1 − σ rounds to 0 once σ rounds to 1',
    'result = stable',
    'for xi, a, b in zip(x, stable, naive):',
    '    print(f"{xi:7.2f}  {a:.4e}  {b:.4e}")',
  ].join('\n');
  const s = sigmoid(x);
  const pytorch = [
    'import torch',
    '',
    `x = torch.cat([torch.linspace(${-xMax}, ${xMax}, 11, dtype=torch.float64), torch.tensor([${x}], dtype=torch.float64)])`,
    'x.requires_grad_(True)',
    'y = torch.sigmoid(x)',
    "y.sum().backward()  # PyTorch's sigmoid backward is y·(1 − y), computed from the output y",
    'print(x.grad)       # so it is 0 wherever y rounds to 1, like the naive σ(1 − σ)',
    'print(torch.sigmoid(x) * torch.sigmoid(-x))  # σ(x)·σ(−x) keeps the tail',
    `# at x = ${x}: x.grad = ${formatNumber(s * (1 - s), 3)}, σ(x)·σ(−x) = ${formatNumber(activations.sigmoid.df(x), 3)}`,
  ].join('\n');
  return { numpy, pytorch };
}

const TORCH_ACT: Record<DepthParams['act'], string> = { sigmoid: 'nn.Sigmoid()', tanh: 'nn.Tanh()', relu: 'nn.ReLU()', leakyRelu: 'nn.LeakyReLU(0.01)', gelu: 'nn.GELU()' };
const TORCH_INIT: Record<DepthParams['init'], (s: number) => string> = {
  xavier: (s) => `nn.init.xavier_uniform_(m.weight, gain=${s})`,
  he: (s) => `nn.init.kaiming_normal_(m.weight, nonlinearity='relu')  # He: std √(2 / fan_in)${s === 1 ? '' : `\n        m.weight.data.mul_(${s})  # the init scale`}`,
  normal: (s) => `nn.init.normal_(m.weight, std=${s})`,
};

/** The depth chain: PyTorch builds the N-layer net and backpropagates; NumPy shows the (1/4)^N bound. */
export function depthCode(p: DepthParams): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit',
    '',
    `N = ${p.depth}`,
    'peak = expit(0.0) * expit(-0.0)          # the largest σ′ anywhere: 1/4',
    'result = peak ** np.arange(1, N + 1)     # the most k sigmoid slopes can pass, k = 1..N',
    'print(f"(1/4)^{N} = {result[-1]:.3e}")',
  ].join('\n');
  const pytorch = [
    'import torch',
    'from torch import nn',
    '',
    `torch.manual_seed(${p.seed})`,
    `N, width = ${p.depth}, ${p.width}`,
    'layers, fan_in = [], 2',
    'for _ in range(N):',
    `    layers += [nn.Linear(fan_in, width), ${TORCH_ACT[p.act]}]`,
    '    fan_in = width',
    'net = nn.Sequential(*layers, nn.Linear(width, 1)).double()',
    'for m in net:',
    '    if isinstance(m, nn.Linear):',
    `        ${TORCH_INIT[p.init](p.scale)}`,
    '        nn.init.zeros_(m.bias)',
    '',
    'x = torch.randn(64, 2, dtype=torch.float64)',
    'y = torch.randint(0, 2, (64, 1)).double()',
    'nn.BCEWithLogitsLoss()(net(x), y).backward()  # the mean over the batch, as in the widget',
    'norms = [torch.cat([m.weight.grad.ravel(), m.bias.grad]).norm().item() for m in net if isinstance(m, nn.Linear)]',
    'print("first / last:", norms[0] / norms[-1], " (1/4)^N:", 0.25 ** N)',
    "# torch draws other random numbers than the widget, so the digits differ: compare with several of the widget's seeds",
  ].join('\n');
  return { numpy, pytorch };
}

/** σ′ on the widget's default grid and the (1/4)^N bound, checked against the engine. */
export function codeChecks(): CodeCheck[] {
  const grid = sampleFunction((x) => activations.sigmoid.df(x), -50, 50, 11);
  const peak = activations.sigmoid.df(0);
  return [
    { name: 'saturation σ′ grid', numpy: slopesCode(40, 50).numpy, expected: [...Array.from(grid.y), activations.sigmoid.df(40)], rtol: 1e-12 },
    { name: 'saturation (1/4)^N', numpy: depthCode({ act: 'sigmoid', init: 'xavier', scale: 1, depth: 30, width: 16, seed: 1 }).numpy, expected: Array.from({ length: 30 }, (_, k) => peak ** (k + 1)), rtol: 1e-12 },
  ];
}
