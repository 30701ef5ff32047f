import {
  bernoulliLogPartition, bernoulliLogPmf, bernoulliMean, bernoulliNatural, gaussianPosterior, logisticAt, sampleFunction, sharedVarianceLogistic,
  type TwoGaussians,
} from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { X_RANGE } from './schema';

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
  return [...gauss, ...bern];
}
