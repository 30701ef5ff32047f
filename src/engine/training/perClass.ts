/**
 * Accuracy per class: of the examples labelled c, the share the network puts in class c. A
 * 3-class run can reach 67 % overall by getting one class entirely wrong; this says which.
 */
import { checkInteger, show } from '../numeric/errors';

/**
 * `probs` are predict()'s rows: one σ per example (two classes, predicted 1 when σ > ½) or k
 * probabilities per example (predicted class: the first largest, as argmax). `y` holds class
 * indices 0 … k−1. Returns k shares in [0, 1]; NaN for a class with no examples.
 */
export function perClassAccuracy(probs: ArrayLike<number>, y: ArrayLike<number>, k: number): number[] {
  checkInteger('k', k, 2, 1024);
  const n = y.length;
  const cols = n === 0 ? 1 : probs.length / n;
  if (!(cols === 1 || cols === k)) throw new RangeError(`probs must hold 1 or k = ${k} values per example, got ${show(probs.length)} for ${n} examples`);
  const hit = new Array<number>(k).fill(0);
  const count = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const t = y[i];
    if (!(Number.isInteger(t) && t >= 0 && t < k)) throw new RangeError(`y[${i}] must be a class index, an integer in [0, ${k - 1}], got ${show(t)}`);
    let pred = 0;
    if (cols === 1) pred = probs[i] > 0.5 ? 1 : 0;
    else for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + pred]) pred = c;
    count[t]++;
    if (pred === t) hit[t]++;
  }
  return count.map((c, i) => (c === 0 ? NaN : hit[i] / c));
}
