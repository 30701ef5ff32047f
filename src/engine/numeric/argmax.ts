import { checkArrayLike } from './errors';

/**
 * The index of the largest entry, as greedy decoding picks a token.
 * - Ties: the first (lowest) index of the maximum wins.
 * - NaN counts as larger than every number: the index of the first NaN is returned (as
 *   NumPy's and PyTorch's argmax do), so `values[argmax(values)]` is NaN exactly when
 *   `Math.max(...values)` is, and a NaN never hides behind a finite winner.
 * - ±Infinity are ordinary values; an all −Infinity vector gives 0.
 * - Empty input, or something without a length, throws a RangeError naming `values`.
 */
export function argmax(values: ArrayLike<number>): number {
  const v = checkArrayLike('values', values);
  let k = 0;
  let m = v[0];
  if (m !== m) return 0;
  for (let i = 1; i < v.length; i++) {
    const x = v[i];
    if (x !== x) return i;
    if (x > m) {
      m = x;
      k = i;
    }
  }
  return k;
}
