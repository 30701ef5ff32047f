/**
 * The float32 twins of blockedKernels.ts (kernels 'blocked32'): the same 4×4 register-blocked
 * loops, the same summation order, over Float32Array operands. A separate copy rather than one
 * function over both array types because V8 specialises element loads per call site: a kernel
 * that sees both Float64Array and Float32Array goes polymorphic and loses what float32 gains.
 *
 * What float32 buys in JavaScript: half the bytes per operand, so the 784×50 first-layer
 * weights (157 kB) and a batch of inputs (200 kB) stay in L2 and each cache line carries 16
 * values instead of 8. The arithmetic itself still runs in float64 (JS numbers): every running
 * sum is a float64 local, rounded once when stored — so results differ from the float64 path
 * only by the float32 rounding of the stored operands (blocked32.test.ts).
 *
 * Layouts as in blockedKernels.ts. The weight gradient G and gb are written to the trainer's
 * Float64Array (the optimizer's own array), only the operands are float32.
 */

/** Z[r][j] = b[j] + Σ_i W[j][i]·A[r][i]. */
export function forwardBlock32(A: Float32Array, W: Float32Array, wOff: number, b: Float32Array, bOff: number, Z: Float32Array, B: number, nin: number, nout: number): void {
  let r = 0;
  for (; r + 4 <= B; r += 4) {
    const a0 = r * nin, a1 = a0 + nin, a2 = a1 + nin, a3 = a2 + nin;
    let j = 0;
    for (; j + 4 <= nout; j += 4) {
      const w0 = wOff + j * nin, w1 = w0 + nin, w2 = w1 + nin, w3 = w2 + nin;
      const c0 = b[bOff + j], c1 = b[bOff + j + 1], c2 = b[bOff + j + 2], c3 = b[bOff + j + 3];
      let s00 = c0, s01 = c1, s02 = c2, s03 = c3, s10 = c0, s11 = c1, s12 = c2, s13 = c3;
      let s20 = c0, s21 = c1, s22 = c2, s23 = c3, s30 = c0, s31 = c1, s32 = c2, s33 = c3;
      for (let i = 0; i < nin; i++) {
        const x0 = A[a0 + i], x1 = A[a1 + i], x2 = A[a2 + i], x3 = A[a3 + i];
        const v0 = W[w0 + i], v1 = W[w1 + i], v2 = W[w2 + i], v3 = W[w3 + i];
        s00 += v0 * x0; s01 += v1 * x0; s02 += v2 * x0; s03 += v3 * x0;
        s10 += v0 * x1; s11 += v1 * x1; s12 += v2 * x1; s13 += v3 * x1;
        s20 += v0 * x2; s21 += v1 * x2; s22 += v2 * x2; s23 += v3 * x2;
        s30 += v0 * x3; s31 += v1 * x3; s32 += v2 * x3; s33 += v3 * x3;
      }
      const z0 = r * nout + j, z1 = z0 + nout, z2 = z1 + nout, z3 = z2 + nout;
      Z[z0] = s00; Z[z0 + 1] = s01; Z[z0 + 2] = s02; Z[z0 + 3] = s03;
      Z[z1] = s10; Z[z1 + 1] = s11; Z[z1 + 2] = s12; Z[z1 + 3] = s13;
      Z[z2] = s20; Z[z2 + 1] = s21; Z[z2 + 2] = s22; Z[z2 + 3] = s23;
      Z[z3] = s30; Z[z3 + 1] = s31; Z[z3 + 2] = s32; Z[z3 + 3] = s33;
    }
    for (let q = r; q < r + 4; q++) forwardRow(A, W, wOff, b, bOff, Z, q, nin, nout, j);
  }
  for (; r < B; r++) forwardRow(A, W, wOff, b, bOff, Z, r, nin, nout, 0);
}

function forwardRow(A: Float32Array, W: Float32Array, wOff: number, b: Float32Array, bOff: number, Z: Float32Array, r: number, nin: number, nout: number, j0: number): void {
  const a = r * nin;
  for (let j = j0; j < nout; j++) {
    const w = wOff + j * nin;
    let s = b[bOff + j];
    for (let i = 0; i < nin; i++) s += W[w + i] * A[a + i];
    Z[r * nout + j] = s;
  }
}

/** G[j][i] = Σ_r D[r][j]·A[r][i] (r in batch order, from 0); gb[j] = Σ_r D[r][j]. */
export function gradBlock32(D: Float32Array, A: Float32Array, G: Float64Array, gOff: number, gb: Float64Array, gbOff: number, B: number, nin: number, nout: number): void {
  let j = 0;
  for (; j + 4 <= nout; j += 4) {
    let i = 0;
    for (; i + 4 <= nin; i += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let r = 0, a = i, d = j; r < B; r++, a += nin, d += nout) {
        const x0 = A[a], x1 = A[a + 1], x2 = A[a + 2], x3 = A[a + 3];
        const e0 = D[d], e1 = D[d + 1], e2 = D[d + 2], e3 = D[d + 3];
        s00 += e0 * x0; s01 += e0 * x1; s02 += e0 * x2; s03 += e0 * x3;
        s10 += e1 * x0; s11 += e1 * x1; s12 += e1 * x2; s13 += e1 * x3;
        s20 += e2 * x0; s21 += e2 * x1; s22 += e2 * x2; s23 += e2 * x3;
        s30 += e3 * x0; s31 += e3 * x1; s32 += e3 * x2; s33 += e3 * x3;
      }
      const g0 = gOff + j * nin + i, g1 = g0 + nin, g2 = g1 + nin, g3 = g2 + nin;
      G[g0] = s00; G[g0 + 1] = s01; G[g0 + 2] = s02; G[g0 + 3] = s03;
      G[g1] = s10; G[g1 + 1] = s11; G[g1 + 2] = s12; G[g1 + 3] = s13;
      G[g2] = s20; G[g2 + 1] = s21; G[g2 + 2] = s22; G[g2 + 3] = s23;
      G[g3] = s30; G[g3 + 1] = s31; G[g3 + 2] = s32; G[g3 + 3] = s33;
    }
    for (let q = j; q < j + 4; q++) gradCol(D, A, G, gOff, B, nin, nout, q, i);
  }
  for (; j < nout; j++) gradCol(D, A, G, gOff, B, nin, nout, j, 0);
  for (let q = 0; q < nout; q++) {
    let s = 0;
    for (let r = 0; r < B; r++) s += D[r * nout + q];
    gb[gbOff + q] = s;
  }
}

function gradCol(D: Float32Array, A: Float32Array, G: Float64Array, gOff: number, B: number, nin: number, nout: number, j: number, i0: number): void {
  for (let i = i0; i < nin; i++) {
    let s = 0;
    for (let r = 0; r < B; r++) s += D[r * nout + j] * A[r * nin + i];
    G[gOff + j * nin + i] = s;
  }
}

/** P[r][i] = Σ_j W[j][i]·D[r][j] (j in order, from 0): W_lᵀδ for every example. */
export function backBlock32(D: Float32Array, W: Float32Array, wOff: number, P: Float32Array, B: number, nin: number, nout: number): void {
  let r = 0;
  for (; r + 4 <= B; r += 4) {
    const q0 = r * nout, q1 = q0 + nout, q2 = q1 + nout, q3 = q2 + nout;
    let i = 0;
    for (; i + 4 <= nin; i += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let j = 0, w = wOff + i; j < nout; j++, w += nin) {
        const v0 = W[w], v1 = W[w + 1], v2 = W[w + 2], v3 = W[w + 3];
        const e0 = D[q0 + j], e1 = D[q1 + j], e2 = D[q2 + j], e3 = D[q3 + j];
        s00 += v0 * e0; s01 += v1 * e0; s02 += v2 * e0; s03 += v3 * e0;
        s10 += v0 * e1; s11 += v1 * e1; s12 += v2 * e1; s13 += v3 * e1;
        s20 += v0 * e2; s21 += v1 * e2; s22 += v2 * e2; s23 += v3 * e2;
        s30 += v0 * e3; s31 += v1 * e3; s32 += v2 * e3; s33 += v3 * e3;
      }
      const p0 = r * nin + i, p1 = p0 + nin, p2 = p1 + nin, p3 = p2 + nin;
      P[p0] = s00; P[p0 + 1] = s01; P[p0 + 2] = s02; P[p0 + 3] = s03;
      P[p1] = s10; P[p1 + 1] = s11; P[p1 + 2] = s12; P[p1 + 3] = s13;
      P[p2] = s20; P[p2 + 1] = s21; P[p2 + 2] = s22; P[p2 + 3] = s23;
      P[p3] = s30; P[p3 + 1] = s31; P[p3 + 2] = s32; P[p3 + 3] = s33;
    }
    for (let q = r; q < r + 4; q++) backRow(D, W, wOff, P, q, nin, nout, i);
  }
  for (; r < B; r++) backRow(D, W, wOff, P, r, nin, nout, 0);
}

function backRow(D: Float32Array, W: Float32Array, wOff: number, P: Float32Array, r: number, nin: number, nout: number, i0: number): void {
  for (let i = i0; i < nin; i++) {
    let s = 0;
    for (let j = 0; j < nout; j++) s += W[wOff + j * nin + i] * D[r * nout + j];
    P[r * nin + i] = s;
  }
}
