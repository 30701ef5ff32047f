/** Argument checks for the analysis helpers; messages name the argument and its value. */
export function checkGrid(lo: number, hi: number, n: number): void {
  if (!Number.isFinite(lo)) throw new RangeError(`lo must be a finite number, got ${lo}`);
  if (!Number.isFinite(hi)) throw new RangeError(`hi must be a finite number, got ${hi}`);
  if (!(hi > lo)) throw new RangeError(`hi must be greater than lo, got lo=${lo}, hi=${hi}`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer ≥ 2, got ${n}`);
}
