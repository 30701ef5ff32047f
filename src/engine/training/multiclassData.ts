/**
 * Toy 2-D data sets with k classes, for the softmax trainer (the binary sets in datasets.ts
 * keep their names and streams untouched). Same conventions as those: points roughly in
 * [−1, 1]², labels cycle 0, 1, …, k−1 so any prefix is balanced, labels are decided on the
 * clean point and Gaussian jitter of std `noise` is always drawn (noise 0 included) so
 * changing noise moves points without reshuffling them.
 */
import { checkInteger, checkNonNegative, show } from '../numeric/errors';
import { createRng } from '../random';
import type { Dataset } from './datasets';

export type MulticlassDatasetName = 'blobs' | 'spiral';
export const MULTICLASS_DATASET_NAMES: readonly MulticlassDatasetName[] = ['blobs', 'spiral'];
export const MAX_CLASSES = 10;

export interface MulticlassOptions {
  /** Number of classes k, 2..MAX_CLASSES; default 3. */
  classes?: number;
  /** Std of the Gaussian jitter; default 0.2 for blobs, 0.03 for spiral. */
  noise?: number;
}

const DEFAULT_MC_NOISE: Record<MulticlassDatasetName, number> = { blobs: 0.2, spiral: 0.03 };

/**
 * blobs: k isotropic clusters centred on a circle of radius 0.6 (class 0 at the top).
 * spiral: k arms of ¾ turn each, rotated 2π/k apart (the classic softmax demo: no line
 * separates any two arms, so a linear softmax fails and a hidden layer is needed).
 */
export function makeMulticlassDataset(name: MulticlassDatasetName, n: number, seed: number, opts: MulticlassOptions = {}): Dataset {
  if (!(MULTICLASS_DATASET_NAMES as readonly unknown[]).includes(name)) {
    throw new RangeError(`dataset name must be one of ${MULTICLASS_DATASET_NAMES.join(', ')}, got ${show(name)}`);
  }
  checkInteger('n', n, 1, 1_000_000);
  const k = checkInteger('classes', opts.classes ?? 3, 2, MAX_CLASSES);
  const sigma = checkNonNegative('noise', opts.noise ?? DEFAULT_MC_NOISE[name]);
  const rng = createRng(seed);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % k;
    const base = Math.PI / 2 + (2 * Math.PI * c) / k;
    let px: number, py: number;
    if (name === 'blobs') {
      px = 0.6 * Math.cos(base);
      py = 0.6 * Math.sin(base);
    } else {
      const s = rng.next();
      const r = 0.05 + 0.9 * s;
      const t = base + 1.5 * Math.PI * s;
      px = r * Math.cos(t);
      py = r * Math.sin(t);
    }
    x[2 * i] = px + sigma * rng.normal();
    x[2 * i + 1] = py + sigma * rng.normal();
    y[i] = c;
  }
  return { x, y };
}
