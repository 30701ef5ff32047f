/**
 * Error-free transformations (Knuth's TwoSum, Dekker's TwoProduct with Veltkamp's split).
 * A few places need an argument of exp() to better than one rounding: e^u has relative
 * error |u|·δ when u carries a relative error δ, which at u ≈ −600 is already 1e−13.
 */

/** hi + lo = a + b exactly, hi = fl(a + b). Results are written to `dd`. */
export const dd = { hi: 0, lo: 0 };

export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  dd.hi = s;
  dd.lo = a - (s - bb) + (b - bb);
}

const SPLIT = 134217729; // 2^27 + 1

/** hi + lo = a · b exactly (barring overflow/underflow), hi = fl(a · b). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  dd.hi = p;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (ah + al) · b as a double-double, written to `dd`. */
export function ddMulScalar(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const hi = dd.hi;
  const lo = dd.lo + al * b;
  twoSum(hi, lo);
}

/** (ah + al) + (bh + bl) as a double-double, written to `dd`. */
export function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const hi = dd.hi;
  const lo = dd.lo + al + bl;
  twoSum(hi, lo);
}

/** (ah + al) / b as a double-double, written to `dd`. */
export function ddDivScalar(ah: number, al: number, b: number): void {
  const q = ah / b;
  if (!Number.isFinite(q)) {
    dd.hi = q;
    dd.lo = 0;
    return;
  }
  twoProd(q, b);
  // ah − q·b is exact to first order; the remainder corrects q.
  const r = ah - dd.hi - dd.lo + al;
  twoSum(q, r / b);
}

/** exp(hi + lo) for |lo| ≤ ulp(hi): e^hi · (1 + lo) is exact to second order. */
export function expDD(hi: number, lo: number): number {
  const e = Math.exp(hi);
  return e + e * lo;
}
