/**
 * Least squares by Householder QR: min ‖A w − b‖₂ for a tall, full-column-rank A (row-major,
 * rows × cols). QR rather than the normal equations because AᵀA squares the condition number,
 * and a row of evenly spaced sigmoids is already ill-conditioned enough.
 */
export function leastSquaresQR(a: ArrayLike<number>, rows: number, cols: number, b: ArrayLike<number>): Float64Array {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || cols < 1 || rows < cols) throw new RangeError(`leastSquaresQR needs rows ≥ cols ≥ 1, got ${rows} × ${cols}`);
  if (a.length !== rows * cols) throw new RangeError(`a must hold rows × cols = ${rows * cols} entries, got ${a.length}`);
  if (b.length !== rows) throw new RangeError(`b must hold ${rows} entries, got ${b.length}`);
  // Column-major copy: every inner loop below walks one column, contiguous in memory.
  const r = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) r[j * rows + i] = a[i * cols + j];
  const y = Float64Array.from(b);
  const v = new Float64Array(rows);
  for (let k = 0; k < cols; k++) {
    const ck = k * rows;
    let norm = 0;
    for (let i = k; i < rows; i++) norm += r[ck + i] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    // The sign choice avoids cancellation in v[k] = a_kk + sign·‖a‖.
    const alpha = r[ck + k] > 0 ? -norm : norm;
    for (let i = k; i < rows; i++) v[i] = r[ck + i];
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < rows; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    for (let j = k; j < cols; j++) {
      const cj = j * rows;
      let s = 0;
      for (let i = k; i < rows; i++) s += v[i] * r[cj + i];
      s = (2 * s) / vv;
      for (let i = k; i < rows; i++) r[cj + i] -= s * v[i];
    }
    let s = 0;
    for (let i = k; i < rows; i++) s += v[i] * y[i];
    s = (2 * s) / vv;
    for (let i = k; i < rows; i++) y[i] -= s * v[i];
  }
  // Back substitution on the upper triangle; a (numerically) zero pivot gets weight 0.
  const w = new Float64Array(cols);
  const scale = Math.abs(r[0]) || 1;
  for (let k = cols - 1; k >= 0; k--) {
    let s = y[k];
    for (let j = k + 1; j < cols; j++) s -= r[j * rows + k] * w[j];
    const d = r[k * rows + k];
    w[k] = Math.abs(d) > 1e-13 * scale ? s / d : 0;
  }
  return w;
}
