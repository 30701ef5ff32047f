import { backwardThroughDepth } from '../../engine';
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
}

/** One forward + backward pass through a random N-layer network, done by the engine. */
export function depthChain(p: DepthParams): DepthResult {
  const norms = backwardThroughDepth({ depth: p.depth, width: p.width, activation: p.act, init: p.init, initScale: p.scale, seed: p.seed });
  const ratio = norms[0] / norms[norms.length - 1];
  return { norms, ratio, perLayer: ratio ** (1 / p.depth), sigmoidBound: 0.25 ** p.depth };
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
