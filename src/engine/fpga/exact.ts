/**
 * Exact references for the error figures. Kept local (the float64 numeric core is written
 * concurrently); branched on sign so neither side overflows exp or cancels.
 */
export function sigmoidExact(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
