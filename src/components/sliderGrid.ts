/**
 * The top of a range input's step grid. A range input only takes values min + k·step, so a
 * step that does not divide the range leaves max out of reach (the ε slider, log10 from −6
 * to log10 0.5 in steps of 0.05, stopped at 0.447). Setting the input's max to the first
 * grid point at or past the real max, and clamping what it reports, makes End and a drag to
 * the end reach max while every other grid value stays as it was.
 */
export function gridTop(lo: number, hi: number, step: number): number {
  if (!(step > 0) || !(hi > lo)) return hi;
  const n = Math.ceil((hi - lo) / step - 1e-9);
  return Math.max(hi, lo + n * step);
}
