import { depthFactors } from '../../engine';
import type { Series } from '../../components/plot/types';
import type { DepthActivation, DepthInit } from './schema';

export interface DepthParams {
  act: DepthActivation;
  init: DepthInit;
  scale: number;
  depth: number;
  width: number;
  seed: number;
}

export interface DepthResult {
  /** Gradient norm per weight layer, index 0 = first layer (nearest the input). */
  norms: number[];
  /** First-layer norm over last-layer norm: how much of the gradient survives the trip down. */
  ratio: number;
  /** ratio^(1/N): the average factor each hidden layer multiplies the gradient by. */
  perLayer: number;
  /** (1/4)^N: the most N sigmoid derivatives alone can pass. */
  sigmoidBound: number;
  /** Per layer, geometric mean over layers and examples: how much the slopes f′(z) scale the backward signal. */
  slopeFactor: number;
  /** The same for the weight matrices: ‖Wᵀδ‖ / ‖δ‖. */
  weightFactor: number;
  /** f′(z) averaged over every unit of every hidden layer and every example. */
  meanSlope: number;
  /**
   * What the per-example chain leaves unexplained: ratio / (slopeFactor · weightFactor)^N.
   * The ends (layer 1 multiplies δ by the raw inputs, the last layer by the top activations)
   * and how the batch's examples add up.
   */
  ends: number;
}

const geoMean = (v: readonly number[]) => Math.exp(v.reduce((s, x) => s + Math.log(x), 0) / v.length);

let last: { key: string; r: DepthResult } | null = null;

/**
 * One forward + backward pass through a random N-layer network, done by the engine
 * (depthFactors: backwardThroughDepth's network and norms, split into slope and matrix
 * factors). The last result is kept, so the widget, the exercise and the prose that ask
 * for the same state share one pass.
 */
export function depthChain(p: DepthParams): DepthResult {
  const key = `${p.act}|${p.init}|${p.scale}|${p.depth}|${p.width}|${p.seed}`;
  if (last?.key === key) return last.r;
  const f = depthFactors({ depth: p.depth, width: p.width, activation: p.act, init: p.init, initScale: p.scale, seed: p.seed });
  const norms = f.norms;
  const ratio = norms[0] / norms[norms.length - 1];
  const r: DepthResult = {
    norms,
    ratio,
    perLayer: ratio ** (1 / p.depth),
    sigmoidBound: 0.25 ** p.depth,
    slopeFactor: geoMean(f.slopeGain),
    weightFactor: geoMean(f.weightGain),
    meanSlope: f.meanSlope.reduce((s, x) => s + x, 0) / f.meanSlope.length,
    ends: ratio / f.chain,
  };
  last = { key, r };
  return r;
}

/** The measured norms, and the ¼-per-layer line hanging from the top layer for comparison. */
export function depthSeries(r: DepthResult, measuredLabel: string, boundLabel: string): Series[] {
  const n = r.norms.length;
  const x = Array.from({ length: n }, (_, i) => i + 1);
  const top = r.norms[n - 1];
  return [
    { id: 'measured', label: measuredLabel, color: 'var(--c1)', x, y: r.norms, width: 3 },
    { id: 'bound', label: boundLabel, color: 'var(--c2)', dash: '6 4', x, y: x.map((k) => top * 0.25 ** (n - k)) },
  ];
}
