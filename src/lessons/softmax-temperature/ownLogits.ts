import { entropy, softmax } from '../../engine';

/** How many of the most probable entries the own-logits widget lists. */
export const OWN_TOP = 10;

export interface OwnSummary {
  n: number;
  probs: Float64Array;
  /** Indices into z, most probable first (ties keep the pasted order). */
  order: number[];
  entropy: number;
  /** e^H: the number of equally likely choices with the same entropy. */
  effective: number;
  /** Probability held by the OWN_TOP most probable entries. */
  topMass: number;
}

/** softmax(z / T) of a pasted vector, ranked, with the numbers the widget reads out. */
export function summarizeOwn(z: readonly number[], T: number): OwnSummary {
  const probs = softmax(z, T);
  const order = Array.from(probs, (_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
  const H = entropy(probs);
  let topMass = 0;
  for (const i of order.slice(0, OWN_TOP)) topMass += probs[i];
  return { n: z.length, probs, order, entropy: H, effective: Math.exp(H), topMass: Math.min(1, topMass) };
}
