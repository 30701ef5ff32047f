/**
 * The reader's own training points as the lab stores them: one flat list [x₀, y₀, label₀, x₁, …],
 * so the permalink carries them (packed when long, src/format/packNumbers.ts). Only type imports
 * from the engine: schema.ts (and so the site's widget catalog) imports this file.
 */
import type { TrainingDataset } from '../../engine';

/** Most points a paste, a file or a link may hold. */
export const MAX_POINTS = 10_000;
/** Labels 0 … MAX_CLASSES − 1: up to five classes (softmax output from three on). */
export const MAX_CLASSES = 5;
/** Largest |x| or |y| accepted: the map and the network's input scale have to cover the data. */
export const COORD_LIMIT = 100;

/** Number of classes a flat list implies: its largest label + 1, at least 2. */
export function classesOf(flat: readonly number[]): number {
  let k = 1;
  for (let i = 2; i < flat.length; i += 3) k = Math.max(k, labelAt(flat, i) + 1);
  return Math.max(2, k);
}

/** A label from the state: URL values were clamped but may not be integers. */
const labelAt = (flat: readonly number[], i: number) => Math.min(MAX_CLASSES - 1, Math.max(0, Math.round(flat[i])));

/** The trainer's data set: x as n×2 rows, y as the class index (0/1 for two classes). Trailing partial rows are ignored. */
export function datasetOfPoints(flat: readonly number[]): TrainingDataset {
  const n = Math.floor(flat.length / 3);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = flat[3 * i];
    x[2 * i + 1] = flat[3 * i + 1];
    y[i] = labelAt(flat, 3 * i + 2);
  }
  return { x, y };
}

/** The points of a data set as a flat list (to start editing from a built-in set). */
export function flatOfDataset(d: TrainingDataset): number[] {
  const out: number[] = [];
  for (let i = 0; i < d.y.length; i++) out.push(round(d.x[2 * i]), round(d.x[2 * i + 1]), d.y[i]);
  return out;
}

/** 4 decimals: plenty on a plane of width 2.5, and a permalink a third as long. */
export const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Index of the point nearest (x, y) within `radius` (data units), or −1. A linear scan: 10 000 points take well under a millisecond. */
export function nearestPoint(flat: readonly number[], x: number, y: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; 3 * i + 2 < flat.length; i++) {
    const d = (flat[3 * i] - x) ** 2 + (flat[3 * i + 1] - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
