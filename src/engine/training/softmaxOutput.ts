/**
 * The softmax output layer's kernels for the trainer: k logits z[off .. off+k), a class
 * index t. They are run once per example per step, so they work in place on the trainer's
 * buffers and allocate nothing (numeric/softmax.ts's double-double versions are the
 * last-bit references; these are the same formulas in plain float64).
 *
 * Both subtract the max logit m first (the max trick), so no exp overflows, and neither
 * ever takes the log of a rounded probability:
 *   loss  = ln Σ e^{z_j} − z_t = (m − z_t) + log1p(R),  R = Σ_{j ≠ argmax} e^{z_j − m}
 *           (two non-negative terms: no cancellation, and a confident right answer gives a
 *           tiny loss with its digits instead of 0 = −ln(1 − ε) rounded)
 *   δ_j   = p_j − [j = t], with the target entry formed as −Σ_{j≠t} p_j (no 1 − p cancellation).
 */

/** Cross-entropy −ln softmax(z)_t of one row, in nats. */
export function softmaxCrossEntropy(z: ArrayLike<number>, off: number, k: number, t: number): number {
  let am = off;
  for (let j = off + 1; j < off + k; j++) if (z[j] > z[am]) am = j;
  const m = z[am];
  let rest = 0;
  for (let j = off; j < off + k; j++) if (j !== am) rest += Math.exp(z[j] - m);
  return m - z[off + t] + Math.log1p(rest);
}

/** d[o .. o+k) = scale · (softmax(z[off .. off+k)) − onehot(t)): the output layer's δ of one example. */
export function softmaxDeltaInto(d: Float64Array, o: number, z: ArrayLike<number>, off: number, k: number, t: number, scale: number): void {
  let m = z[off];
  for (let j = 1; j < k; j++) if (z[off + j] > m) m = z[off + j];
  let s = 0;
  let others = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp(z[off + j] - m);
    d[o + j] = e;
    s += e;
    if (j !== t) others += e;
  }
  const c = scale / s;
  for (let j = 0; j < k; j++) d[o + j] *= c;
  d[o + t] = -others * c;
}

/** out[o .. o+k) = softmax(z[off .. off+k)). */
export function softmaxInto(out: Float64Array | Float32Array, o: number, z: ArrayLike<number>, off: number, k: number): void {
  let m = z[off];
  for (let j = 1; j < k; j++) if (z[off + j] > m) m = z[off + j];
  let s = 0;
  for (let j = 0; j < k; j++) s += Math.exp(z[off + j] - m);
  for (let j = 0; j < k; j++) out[o + j] = Math.exp(z[off + j] - m) / s;
}
