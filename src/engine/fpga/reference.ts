/**
 * Cheap reference sigmoids for the lesson, beside the six hardware methods: the framework
 * "hard" sigmoids and Alippi & Storti-Gajani's power-of-two scheme. Float64 only.
 */
export type ReferenceSigmoidName = 'hardSigmoid' | 'hardSigmoidKeras2' | 'alippi';

export interface ReferenceSigmoid {
  name: ReferenceSigmoidName;
  label: string;
  source: string;
  publishedMaxError?: number;
  f(x: number): number;
}

function clip01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** PyTorch Hardsigmoid / Keras 3: relu6(x + 3)/6 = clip(x/6 + ½, 0, 1). */
export function hardSigmoid(x: number): number {
  return clip01(x / 6 + 0.5);
}

/** Keras 2 hard_sigmoid: clip(0.2x + ½, 0, 1). */
export function hardSigmoidKeras2(x: number): number {
  return clip01(0.2 * x + 0.5);
}

/**
 * Alippi & Storti-Gajani (1991), as reconstructed in the reference: for x ≤ 0,
 * 2^trunc(x)·(½ + (x − trunc x)/4), and 1 − f(−x) for x > 0. A power of two times a
 * linear term: shifts and adds only.
 */
export function alippi(x: number): number {
  if (x > 0) return 1 - alippi(-x);
  if (x === -Infinity) return 0;
  const t = Math.trunc(x);
  return 2 ** t * (0.5 + (x - t) / 4);
}

export const referenceSigmoids: Record<ReferenceSigmoidName, ReferenceSigmoid> = {
  hardSigmoid: {
    name: 'hardSigmoid', label: 'Hard sigmoid (PyTorch, Keras 3)',
    source: 'PyTorch torch.nn.Hardsigmoid: relu6(x + 3)/6', f: hardSigmoid,
  },
  hardSigmoidKeras2: {
    name: 'hardSigmoidKeras2', label: 'Hard sigmoid (Keras 2)',
    source: 'Keras 2 backend.hard_sigmoid: clip(0.2x + 0.5, 0, 1)', f: hardSigmoidKeras2,
  },
  alippi: {
    name: 'alippi', label: 'Alippi & Storti-Gajani (powers of two)',
    source: 'C. Alippi, G. Storti-Gajani, "Simple approximation of sigmoidal functions: realistic design of digital neural networks capable of learning", IEEE ISCAS 1991 (max 1.89 % per Tommiska 2003)',
    publishedMaxError: 0.0189, f: alippi,
  },
};
