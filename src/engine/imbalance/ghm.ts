import { bceWithLogits } from '../numeric';
import { NeumaierSum } from '../numeric/compensated';
import { checkInteger } from '../numeric/errors';
import { sigmoidK } from '../numeric/scalar';

/**
 * Gradient harmonizing (GHM-C, Li, Liu & Wang, AAAI 2019) on a set of logits and labels.
 * The gradient norm of sigmoid + BCE is g = |σ(z) − y|. Its range [0, 1] is cut into M
 * equal bins ("unit regions" of width ε = 1/M); the gradient density of an example is the
 * number of examples in its bin divided by ε, and its weight is β = N / GD(g). So every
 * non-empty bin ends up with the same total weight N/M: crowded bins — the easy examples
 * near g = 0 and the pile of outliers near g = 1 — are damped, lonely ones lifted.
 */
export interface GhmBin {
  lo: number;
  hi: number;
  count: number;
  /** Gradient density GD = count / ε (examples per unit of g). */
  density: number;
  /** β = N / GD for the examples in this bin (0 for an empty bin: nobody to weigh). */
  beta: number;
  /** Summed plain cross-entropy of the bin, and its share of the total. */
  ceLoss: number;
  ceShare: number;
  /** Summed GHM loss (β · CE / N) of the bin, and its share of the GHM total. */
  ghmLoss: number;
  ghmShare: number;
  /** Summed gradient norm Σ g and Σ β g / N, each as a share of its total. */
  gradShare: number;
  ghmGradShare: number;
}

export interface GhmResult {
  bins: GhmBin[];
  /** Per-example gradient norms g = |σ(z) − y|. */
  g: Float64Array;
  /** Mean CE and mean GHM-C loss (1/N) Σ β_i CE_i. */
  ceMean: number;
  ghmMean: number;
}

/** g = |σ(z) − y| for each example. */
export function gradientNorms(z: Float64Array, y: Uint8Array): Float64Array {
  if (z.length !== y.length) throw new RangeError(`z and y must have the same length, got ${z.length} and ${y.length}`);
  // |σ(z) − 1| is σ(−z): formed directly so a confident right answer keeps its tiny g.
  return z.map((zi, i) => (y[i] === 1 ? sigmoidK(-zi) : sigmoidK(zi)));
}

/** Bin index of g in M equal bins over [0, 1]; g = 1 belongs to the last bin. */
export function ghmBinOf(g: number, bins: number): number {
  return Math.min(bins - 1, Math.floor(g * bins));
}

export function ghm(z: Float64Array, y: Uint8Array, bins = 10): GhmResult {
  checkInteger('bins', bins, 1, 1000);
  const n = z.length;
  if (n === 0) throw new RangeError('z must be a non-empty vector, got []');
  const g = gradientNorms(z, y);
  const eps = 1 / bins;
  const idx = new Int32Array(n);
  const count = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    idx[i] = ghmBinOf(g[i], bins);
    count[idx[i]]++;
  }
  const beta = count.map((c) => (c > 0 ? n / (c / eps) : 0));
  const ce = Array.from({ length: bins }, () => new NeumaierSum());
  const gh = Array.from({ length: bins }, () => new NeumaierSum());
  const gs = Array.from({ length: bins }, () => new NeumaierSum());
  const ceT = new NeumaierSum();
  const ghT = new NeumaierSum();
  const gT = new NeumaierSum();
  for (let i = 0; i < n; i++) {
    const b = idx[i];
    const l = bceWithLogits(z[i], y[i] === 1 ? 1 : 0);
    const w = (beta[b] * l) / n;
    ce[b].add(l);
    gh[b].add(w);
    gs[b].add(g[i]);
    ceT.add(l);
    ghT.add(w);
    gT.add(g[i]);
  }
  const ceTotal = ceT.value();
  const ghTotal = ghT.value();
  const gTotal = gT.value();
  // Σ β g / N per bin is β_b Σ_bin g / N; its total is needed for the share.
  const ghmGrad = gs.map((s, b) => (beta[b] * s.value()) / n);
  const ghmGradTotal = ghmGrad.reduce((a, v) => a + v, 0);
  const share = (v: number, t: number) => (t > 0 ? v / t : 0);
  const out: GhmBin[] = count.map((c, b) => ({
    lo: b * eps,
    hi: (b + 1) * eps,
    count: c,
    density: c / eps,
    beta: beta[b],
    ceLoss: ce[b].value(),
    ceShare: share(ce[b].value(), ceTotal),
    ghmLoss: gh[b].value(),
    ghmShare: share(gh[b].value(), ghTotal),
    gradShare: share(gs[b].value(), gTotal),
    ghmGradShare: share(ghmGrad[b], ghmGradTotal),
  }));
  return { bins: out, g, ceMean: ceTotal / n, ghmMean: ghTotal };
}
