import { checkFinite, checkInteger, checkPositive, checkProbability } from '../numeric/errors';
import { mulberry32, normalSampler } from '../random';

/**
 * A detector's scores on an imbalanced set: one logit per example and its 0/1 label.
 * No model is trained; the logits are drawn so that the set looks like a snapshot of a
 * one-stage detector mid-training — a sea of easy negatives, positives spread over the
 * middle, and a handful of label-noise outliers the model confidently "gets wrong".
 */
export interface ScoredSet {
  z: Float64Array;
  y: Uint8Array;
  /** True for the label-noise outliers (negatives scored like confident positives). */
  outlier: Uint8Array;
  nPositive: number;
  nNegative: number;
}

export interface ImbalancedOptions {
  /** Number of positives (default 100). */
  nPositive?: number;
  /** Negatives per positive (default 100: the 1:100 problem). */
  ratio?: number;
  /** Share of negatives that are label-noise outliers (default 0.005). */
  outlierRate?: number;
  seed?: number;
}

// Class score distributions (logit mean, sd), chosen so the gradient-norm histogram has the
// U shape of the GHM paper's figure: a huge pile near g = 0 and a bump near g = 1.
const NEG = { mean: -4, sd: 1.3 };
const POS = { mean: 0.8, sd: 1.8 };
const OUT = { mean: 4.5, sd: 1.2 };

export function makeImbalancedScores(opts: ImbalancedOptions = {}): ScoredSet {
  const nPositive = opts.nPositive ?? 100;
  const ratio = opts.ratio ?? 100;
  const outlierRate = opts.outlierRate ?? 0.005;
  const seed = opts.seed ?? 1;
  checkInteger('nPositive', nPositive, 1, 10000);
  checkPositive('ratio', ratio);
  if (ratio > 1000) throw new RangeError(`ratio must be ≤ 1000, got ${ratio}`);
  checkProbability('outlierRate', outlierRate);
  checkFinite('seed', seed);
  const nNegative = Math.round(nPositive * ratio);
  const n = nPositive + nNegative;
  const normal = normalSampler(mulberry32(seed));
  const z = new Float64Array(n);
  const y = new Uint8Array(n);
  const outlier = new Uint8Array(n);
  const nOut = Math.round(nNegative * outlierRate);
  // Positives first, then outliers, then ordinary negatives: a fixed order keeps the set
  // identical for a given seed whatever the reader looks at.
  for (let i = 0; i < n; i++) {
    if (i < nPositive) {
      y[i] = 1;
      z[i] = POS.mean + POS.sd * normal();
    } else if (i < nPositive + nOut) {
      outlier[i] = 1;
      z[i] = OUT.mean + OUT.sd * normal();
    } else {
      z[i] = NEG.mean + NEG.sd * normal();
    }
  }
  return { z, y, outlier, nPositive, nNegative };
}
