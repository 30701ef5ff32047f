/**
 * Toy 2-D binary datasets for the playground lessons.
 *
 * Coordinates: every dataset lives roughly in [−1, 1]² (noise may push a few points a
 * little outside); decision grids default to DEFAULT_EXTENT = 1.25 so the whole cloud is
 * visible. Small inputs keep the first layer's pre-activations near the interesting part
 * of the activations at standard inits. `noise` is the standard deviation of Gaussian
 * jitter in those same units; labels are decided on the clean point, so noise 0 gives a
 * perfectly separable set. Labels alternate 0, 1, 0, 1… so any prefix is balanced.
 */
import { checkInteger, checkNonNegative } from '../numeric/errors';
import { createRng, type Rng } from '../random';

export type DatasetName = 'xor' | 'circles' | 'moons' | 'spiral' | 'gaussians' | 'linear';
export const DATASET_NAMES: readonly DatasetName[] = ['xor', 'circles', 'moons', 'spiral', 'gaussians', 'linear'];

export interface Dataset {
  x: Float64Array; // n×2, row-major
  y: Float64Array; // 0 | 1
}

/** Half-width of the square the lessons draw datasets and decision grids in. */
export const DEFAULT_EXTENT = 1.25;

export const DEFAULT_NOISE: Record<DatasetName, number> = {
  xor: 0.02,
  circles: 0.05,
  moons: 0.07,
  spiral: 0.03,
  gaussians: 0.25,
  linear: 0.05,
};

type Gen = (label: 0 | 1, i: number, n: number, rng: Rng) => [number, number];

const generators: Record<DatasetName, Gen> = {
  // Quadrants with a small gap at the axes, as in the TF playground.
  xor(label, _i, _n, rng) {
    const pad = 0.05;
    const mag = () => pad + (1 - pad) * rng.next();
    const sx = rng.next() < 0.5 ? -1 : 1;
    const sy = label === 1 ? sx : -sx;
    return [sx * mag(), sy * mag()];
  },
  // Inner disc (label 1, r < 0.45) inside an outer ring (label 0, 0.65 < r < 0.95).
  circles(label, _i, _n, rng) {
    const r = label === 1 ? 0.45 * Math.sqrt(rng.next()) : 0.65 + 0.3 * rng.next();
    const t = 2 * Math.PI * rng.next();
    return [r * Math.cos(t), r * Math.sin(t)];
  },
  // sklearn's two moons, rescaled from [−1, 2]×[−0.5, 1] to about [−1, 1]×[−0.5, 0.5].
  moons(label, _i, _n, rng) {
    const t = Math.PI * rng.next();
    const [u, v] = label === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [(u - 0.5) / 1.5, (v - 0.25) / 1.5];
  },
  // Two interleaved arms, 1.75 turns each, the second rotated by π.
  spiral(label, _i, _n, rng) {
    const s = rng.next();
    const r = 0.05 + 0.9 * s;
    const t = 1.75 * 2 * Math.PI * s + (label === 1 ? Math.PI : 0);
    return [r * Math.cos(t), r * Math.sin(t)];
  },
  // Two isotropic blobs; `noise` is their standard deviation.
  gaussians(label) {
    const c = label === 1 ? 0.45 : -0.45;
    return [c, c];
  },
  // Uniform square split by the line y = 0.5·x + 0.1.
  linear(label, _i, _n, rng) {
    for (;;) {
      const p: [number, number] = [rng.uniform(-1, 1), rng.uniform(-1, 1)];
      if ((p[1] > 0.5 * p[0] + 0.1 ? 1 : 0) === label) return p;
    }
  },
};

export function makeDataset(name: DatasetName, n: number, seed: number, noise?: number): Dataset {
  const gen = (generators as Record<string, Gen | undefined>)[name];
  if (!gen || !Object.prototype.hasOwnProperty.call(generators, name)) {
    throw new RangeError(`dataset name must be one of ${DATASET_NAMES.join(', ')}, got ${String(name)}`);
  }
  checkInteger('n', n, 1, 1_000_000);
  const sigma = checkNonNegative('noise', noise ?? DEFAULT_NOISE[name]);
  const rng = createRng(seed);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = (i & 1) as 0 | 1;
    const [px, py] = gen(label, i, n, rng);
    // Always draw the jitter, even at noise 0, so changing noise doesn't reshuffle points.
    x[2 * i] = px + sigma * rng.normal();
    x[2 * i + 1] = py + sigma * rng.normal();
    y[i] = label;
  }
  return { x, y };
}
