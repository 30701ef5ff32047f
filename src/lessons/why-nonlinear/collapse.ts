import { chainProduct, determinant, gridLines, randomLayerStack, transformPoints, type ActivationName, type Matrix } from '../../engine';
import type { DrawnLine } from './GridView';

export type Bend = 'none' | 'tanh' | 'relu';

/** Entries are multiples of 0.1 in [−1.5, 1.5]: they print exactly, so the product can be checked by hand. */
export const LAYER_OPTIONS = { lo: -1.5, hi: 1.5, quantum: 0.1, minAbsDet: 0.4 } as const;

export function layerStack(count: number, seed: number): Matrix[] {
  return randomLayerStack(count, 2, seed, LAYER_OPTIONS);
}

export const bendActivation = (b: Bend): ActivationName | null => (b === 'none' ? null : b);

const BASE = gridLines(1, 9, 41);

export function baseLines(): DrawnLine[] {
  return BASE.map((l, i) => ({ id: `${l.axis}${i}`, axis: l.axis, at: l.at, points: l.points }));
}

/** Every base line's points end to end: the stack is applied in one engine call, not one per line. */
const BASE_POINTS = Float64Array.from(BASE.flatMap((l) => Array.from(l.points)));

/** The grid after the stack, and a square extent that fits it (with a little margin). */
export function transformedLines(layers: readonly Matrix[], bend: Bend): { lines: DrawnLine[]; extent: number } {
  const all = transformPoints(layers, BASE_POINTS, bendActivation(bend));
  let maxAbs = 0;
  for (const v of all) if (Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v));
  let at = 0;
  const lines = BASE.map((l, i) => {
    const pts = all.slice(at, at + l.points.length);
    at += l.points.length;
    return { id: `${l.axis}${i}`, axis: l.axis, at: l.at, points: pts };
  });
  return { lines, extent: niceExtent(maxAbs * 1.08) };
}

export interface StackView {
  layers: Matrix[];
  after: { lines: DrawnLine[]; extent: number };
  marks: Landmark[];
  product: Matrix;
  det: number;
}

// Stacks seen recently, by (count, seed, bend): stepping the layer slider back and forth (1–6)
// or flipping the bend shows a stack already computed, so it costs a lookup (issue 20). The
// same objects come back, so memoised children skip their work too.
const views = new Map<string, StackView>();
const VIEW_CACHE_SIZE = 36;

/** Everything the collapse widget draws for one stack, memoised (see `views`). */
export function stackView(count: number, seed: number, bend: Bend): StackView {
  const key = `${count}|${seed}|${bend}`;
  const hit = views.get(key);
  if (hit) {
    views.delete(key);
    views.set(key, hit);
    return hit;
  }
  const layers = layerStack(count, seed);
  const view = { layers, after: transformedLines(layers, bend), marks: landmarks(layers, bend), ...productOf(layers) };
  views.set(key, view);
  if (views.size > VIEW_CACHE_SIZE) views.delete(views.keys().next().value as string);
  return view;
}

const NICE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Rounds an extent up to a round mantissa × 10ᵏ: tight enough to fill the view, tidy ticks. */
function niceExtent(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return (NICE.find((m) => m * p >= v) ?? 10) * p;
}

export interface Landmark {
  name: string;
  from: [number, number];
  to: [number, number];
}

const LANDMARKS: { name: string; p: [number, number] }[] = [
  { name: 'e₁', p: [1, 0] },
  { name: 'e₂', p: [0, 1] },
  { name: '(1, 1)', p: [1, 1] },
  { name: '(−1, 1)', p: [-1, 1] },
  { name: '(0.5, 0.5)', p: [0.5, 0.5] },
];

/** Where a few points land: the text alternative of the picture. */
export function landmarks(layers: readonly Matrix[], bend: Bend): Landmark[] {
  const out = transformPoints(layers, LANDMARKS.flatMap((l) => l.p), bendActivation(bend));
  return LANDMARKS.map((l, i) => ({ name: l.name, from: l.p, to: [out[2 * i], out[2 * i + 1]] }));
}

export function productOf(layers: readonly Matrix[]): { product: Matrix; det: number } {
  const product = chainProduct(layers);
  return { product, det: determinant(product) };
}
