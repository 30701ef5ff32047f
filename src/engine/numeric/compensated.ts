/**
 * Neumaier's compensated summation (Kahan–Babuška): the running error of each addition is
 * kept and added back at the end, so long sums of terms of very different size (10 000 tiny
 * losses and a few large ones; 4096 tiny gates) keep their last digits instead of drifting
 * by n·ε. Engine-internal.
 */
export class NeumaierSum {
  private s = 0;
  private c = 0;
  add(x: number): void {
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
  }
  value(): number {
    return this.s + this.c;
  }
}

/** Σ values[i], compensated (the same operations as adding each to a NeumaierSum). */
export function neumaierSum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
