import {
  gaussianPosteriorGrid2D, logisticAt2D, sharedCovarianceLogistic2D, type TwoGaussians2D,
  bernoulliLogPartition, bernoulliLogPmf, bernoulliMean, bernoulliNatural, gaussianPosterior, logisticAt, sampleFunction, sharedVarianceLogistic,
  type TwoGaussians,
} from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { PLANE_EXTENT, X_RANGE } from './schema';

const py = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));
const N = 15;

/** The gaussians widget: Bayes' posterior from the two densities next to σ(wx + b) from the same parameters. */
export function gaussiansCode(g: TwoGaussians): CodeSamples {
  const params = `mu1, s1, mu2, s2, prior = ${[g.mu1, g.sigma1, g.mu2, g.sigma2, g.prior1].map(py).join(', ')}`;
  const line = [
    '# the LDA line: w and b from the pooled variance (just sigma^2 when s1 == s2)',
    'var = s1**2 if s1 == s2 else prior * s1**2 + (1 - prior) * s2**2',
    'w = (mu1 - mu2) / var',
  ];
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit         # the logistic sigmoid',
    'from scipy.stats import norm',
    '',
    params,
    `x = np.linspace(${X_RANGE[0]}, ${X_RANGE[1]}, ${N})`,
    'j1 = prior * norm.pdf(x, mu1, s1)        # pi1 p(x | C1)',
    'j2 = (1 - prior) * norm.pdf(x, mu2, s2)  # pi2 p(x | C2)',
    "posterior = j1 / (j1 + j2)               # Bayes' rule",
    ...line,
    'b = (mu2**2 - mu1**2) / (2 * var) + np.log(prior / (1 - prior))',
    'logistic = expit(w * x + b)',
    'result = np.stack([posterior, logistic])',
    'print(np.abs(posterior - logistic).max())  # ~1e-16 when s1 == s2',
  ].join('\n');
  const pytorch = [
    'import math',
    'import torch',
    'from torch.distributions import Normal',
    '',
    params,
    `x = torch.linspace(${X_RANGE[0]}, ${X_RANGE[1]}, ${N}, dtype=torch.float64)`,
    'l1 = math.log(prior) + Normal(mu1, s1).log_prob(x)',
    'l2 = math.log(1 - prior) + Normal(mu2, s2).log_prob(x)',
    'posterior = torch.softmax(torch.stack([l1, l2]), dim=0)[0]',
    ...line,
    'b = (mu2**2 - mu1**2) / (2 * var) + math.log(prior / (1 - prior))',
    'logistic = torch.sigmoid(w * x + b)',
    'print((posterior - logistic).abs().max().item())',
  ].join('\n');
  return { numpy, pytorch };
}

/** The bernoulli widget: mean σ(η), log-partition A(η), p(y = 1) and the way back to η. */
export function bernoulliCode(eta: number): CodeSamples {
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit, logit',
    '',
    `eta = ${py(eta)}`,
    'A = np.logaddexp(0.0, eta)      # ln(1 + e^eta), without overflow',
    'mu = expit(eta)                 # A\'(eta) = sigmoid(eta), the mean',
    'p1 = np.exp(eta - A)            # p(y = 1)',
    'back = logit(mu)                # the canonical link takes the mean back to eta',
    'result = np.array([mu, A, p1, back])',
    'print(result)',
  ].join('\n');
  const pytorch = [
    'import torch',
    '',
    `eta = torch.tensor(${py(eta)}, dtype=torch.float64, requires_grad=True)`,
    'A = torch.nn.functional.softplus(eta)',
    'mu, = torch.autograd.grad(A, eta)  # the slope of A is the mean',
    'print(mu.item(), torch.sigmoid(eta).item(), A.item(), torch.logit(mu).item())',
  ].join('\n');
  return { numpy, pytorch };
}

const C = 7;
const vec = (v: ArrayLike<number>) => `[${py(v[0])}, ${py(v[1])}]`;

/** The 2-D widget: the posterior on a grid from the two densities, next to σ(wᵀx + b) with w = Σ⁻¹(μ₁ − μ₂). */
export function planeCode(g: TwoGaussians2D): CodeSamples {
  const m = (c: TwoGaussians2D['cov1']) => `[[${py(c.xx)}, ${py(c.xy)}], [${py(c.xy)}, ${py(c.yy)}]]`;
  const head = [
    `mu1, mu2, prior = ${vec(g.mu1)}, ${vec(g.mu2)}, ${py(g.prior1)}`,
    `S1 = ${m(g.cov1)}`,
    `S2 = ${m(g.cov2)}`,
  ];
  const numpy = [
    'import numpy as np',
    'from scipy.special import expit',
    'from scipy.stats import multivariate_normal as mvn',
    '',
    ...head,
    `c = np.linspace(-${PLANE_EXTENT}, ${PLANE_EXTENT}, ${C} + 1)[:-1] + ${PLANE_EXTENT} / ${C}  # cell centres`,
    'X, Y = np.meshgrid(c, c[::-1])                # row 0 at the top',
    'P = np.stack([X.ravel(), Y.ravel()], axis=1)',
    'j1 = prior * mvn(mu1, S1).pdf(P)',
    'j2 = (1 - prior) * mvn(mu2, S2).pdf(P)',
    "posterior = j1 / (j1 + j2)                    # Bayes' rule",
    '# the line: the shared Sigma, or the pooled one when they differ',
    'S = np.array(S1) if S1 == S2 else prior * np.array(S1) + (1 - prior) * np.array(S2)',
    'w = np.linalg.solve(S, np.subtract(mu1, mu2))  # Sigma^-1 (mu1 - mu2)',
    'b = -0.5 * w @ np.add(mu1, mu2) + np.log(prior / (1 - prior))',
    'logistic = expit(P @ w + b)',
    'result = np.concatenate([posterior, logistic])',
    'print(np.abs(posterior - logistic).max())    # ~1e-16 when S1 == S2',
  ].join('\n');
  const pytorch = [
    'import math',
    'import torch',
    'from torch.distributions import MultivariateNormal as MVN',
    '',
    ...head,
    'f64 = dict(dtype=torch.float64)',
    `c = torch.linspace(-${PLANE_EXTENT}, ${PLANE_EXTENT}, ${C} + 1, **f64)[:-1] + ${PLANE_EXTENT} / ${C}`,
    "Y, X = torch.meshgrid(c.flip(0), c, indexing='ij')",
    'P = torch.stack([X.ravel(), Y.ravel()], dim=1)',
    'l1 = math.log(prior) + MVN(torch.tensor(mu1, **f64), torch.tensor(S1, **f64)).log_prob(P)',
    'l2 = math.log(1 - prior) + MVN(torch.tensor(mu2, **f64), torch.tensor(S2, **f64)).log_prob(P)',
    'posterior = torch.sigmoid(l1 - l2)',
    'S = torch.tensor(S1, **f64) if S1 == S2 else prior * torch.tensor(S1, **f64) + (1 - prior) * torch.tensor(S2, **f64)',
    'w = torch.linalg.solve(S, torch.tensor(mu1, **f64) - torch.tensor(mu2, **f64))',
    'b = -0.5 * w @ (torch.tensor(mu1, **f64) + torch.tensor(mu2, **f64)) + math.log(prior / (1 - prior))',
    'print((posterior - torch.sigmoid(P @ w + b)).abs().max().item())',
  ].join('\n');
  return { numpy, pytorch };
}

function planeChecks(): CodeCheck[] {
  const cases: TwoGaussians2D[] = [
    { mu1: [1.2, 0.8], cov1: { xx: 1, xy: 0.4, yy: 0.64 }, mu2: [-1, -0.8], cov2: { xx: 1, xy: 0.4, yy: 0.64 }, prior1: 0.5 },
    { mu1: [1.2, 0.8], cov1: { xx: 1, xy: 0.4, yy: 0.64 }, mu2: [-1, -0.8], cov2: { xx: 3.24, xy: -0.324, yy: 0.36 }, prior1: 0.3 },
  ];
  return cases.map((g, i) => {
    const l = sharedCovarianceLogistic2D(g);
    const post = gaussianPosteriorGrid2D(g, C, PLANE_EXTENT);
    const h = (2 * PLANE_EXTENT) / C;
    const sig = Array.from(post, (_, k) => logisticAt2D([-PLANE_EXTENT + ((k % C) + 0.5) * h, PLANE_EXTENT - (Math.floor(k / C) + 0.5) * h], l));
    return { name: `where-sigmoid gaussians2d ${i === 0 ? 'shared' : 'unequal'} Σ`, numpy: planeCode(g).numpy, expected: [...post, ...sig], rtol: 1e-9 };
  });
}

/** float64 paths on both sides; the textbook NumPy forms agree with the engine's log-space ones to ~1e−15. */
export function codeChecks(): CodeCheck[] {
  const cases: TwoGaussians[] = [
    { mu1: 1, sigma1: 1, mu2: -1.5, sigma2: 1, prior1: 0.5 },
    { mu1: 1, sigma1: 1, mu2: -1.5, sigma2: 2, prior1: 0.3 },
  ];
  const gauss = cases.map((g): CodeCheck => {
    const l = sharedVarianceLogistic(g);
    const post = sampleFunction((x) => gaussianPosterior(x, g), X_RANGE[0], X_RANGE[1], N);
    const sig = sampleFunction((x) => logisticAt(x, l), X_RANGE[0], X_RANGE[1], N);
    return { name: `where-sigmoid gaussians σ₂=${g.sigma2}`, numpy: gaussiansCode(g).numpy, expected: [...post.y, ...sig.y], rtol: 1e-9 };
  });
  const bern = [-3, 0.5, 6].map((eta): CodeCheck => {
    const mu = bernoulliMean(eta);
    return {
      name: `where-sigmoid bernoulli η=${eta}`,
      numpy: bernoulliCode(eta).numpy,
      expected: [mu, bernoulliLogPartition(eta), Math.exp(bernoulliLogPmf(1, eta)), bernoulliNatural(mu)],
      rtol: 1e-9,
    };
  });
  return [...gauss, ...bern, ...planeChecks()];
}
