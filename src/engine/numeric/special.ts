/**
 * erf, erfc and the Gaussian tail, after W. J. Cody, "Rational Chebyshev approximations
 * for the error function", Math. Comp. 23 (1969) 631–637, as coded in his CALERF
 * (netlib specfun); the coefficients are his 18-digit values rounded to double. Three
 * rational approximations: erf on |x| ≤ 0.46875, erfc·e^{x²} on 0.46875 < |x| ≤ 4 and on
 * |x| > 4. The factor e^{−x²} is formed as
 * e^{−x_h²}·e^{−(x−x_h)(x+x_h)} with x_h = x rounded down to 1/16, so x_h² is exact and
 * the tail keeps full relative accuracy (erfc(26) ≈ 5.6e−296, not garbage).
 */
import { checkNumber } from './errors';

const A = [
  3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315,
];
const B = [
  23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171,
];
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378, 0.016315387137302097,
];
const Q = [
  2.568520192289822, 1.8729528499234673, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];

const SQRPI = 0.5641895835477563; // 1/√π
const THRESH = 0.46875;
const XSMALL = 1.11e-16;
const XBIG = 27.3; // beyond this erfc(x) < 2^-1074·(1/2): it rounds to 0

/** erf(x) for |x| ≤ 0.46875 (Cody's first approximation). */
function erfSmall(x: number): number {
  const y = Math.abs(x);
  const ysq = y > XSMALL ? y * y : 0;
  let xnum = A[4] * ysq;
  let xden = ysq;
  for (let i = 0; i < 3; i++) {
    xnum = (xnum + A[i]) * ysq;
    xden = (xden + B[i]) * ysq;
  }
  return (x * (xnum + A[3])) / (xden + B[3]);
}

/** R(y) with erfc(y) = e^{−y²}·R(y), for y > 0.46875 (Cody's second and third approximations). */
export function erfcScaledTail(y: number): number {
  if (y <= 4) {
    let xnum = C[8] * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]) * y;
      xden = (xden + D[i]) * y;
    }
    return (xnum + C[7]) / (xden + D[7]);
  }
  if (y >= 6.71e7) return SQRPI / y; // the asymptotic series has converged to 1/(√π y)
  const ysq = 1 / (y * y);
  let xnum = P[5] * ysq;
  let xden = ysq;
  for (let i = 0; i < 4; i++) {
    xnum = (xnum + P[i]) * ysq;
    xden = (xden + Q[i]) * ysq;
  }
  const r = (ysq * (xnum + P[4])) / (xden + Q[4]);
  return (SQRPI - r) / y;
}

/** e^{−y²} with y split at 1/16 so the large part of the exponent is exact. */
function expMinusSquare(y: number): number {
  const yh = Math.trunc(y * 16) / 16;
  const del = (y - yh) * (y + yh);
  return Math.exp(-yh * yh) * Math.exp(-del);
}

/** erfc(y) for y ≥ 0, with full relative accuracy into the tail. */
function erfcPos(y: number): number {
  if (y <= THRESH) return 1 - erfSmall(y);
  if (y >= XBIG) return 0;
  return expMinusSquare(y) * erfcScaledTail(y);
}

/** The error function erf(x) = 2/√π ∫₀ˣ e^{−t²} dt. */
export function erf(x: number): number {
  checkNumber('x', x);
  const y = Math.abs(x);
  if (y <= THRESH) return erfSmall(x);
  const r = y >= 6 ? 1 : 1 - erfcPos(y); // erfc(6) < 2^-53: erf rounds to ±1
  return x < 0 ? -r : r;
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate for large x. */
export function erfc(x: number): number {
  checkNumber('x', x);
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x >= 0) return erfcPos(x);
  const y = -x;
  return y <= THRESH ? 1 + erfSmall(y) : 2 - erfcPos(y);
}

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)

/**
 * The Gaussian upper tail Q(y) = P(N(0,1) > y) = ½·erfc(y/√2), together with the density
 * φ(y). The exponent e^{−y²/2} is taken from y itself (exact split), never from the rounded
 * y/√2, whose rounding would cost |y|²·ε relative accuracy (4e−14 at y = 20).
 * Results are written to `gauss` to avoid allocating in hot loops.
 */
export const gauss = { q: 0, pdf: 0 };

export function gaussTail(y: number): void {
  if (!(Math.abs(y) <= 40)) {
    // e^{−800} underflows: the density is 0 and the tail is exactly 0 or 1 in double.
    gauss.pdf = 0;
    gauss.q = y > 0 ? 0 : 1;
    return;
  }
  const yh = Math.trunc(y * 16) / 16;
  const e = Math.exp(-0.5 * yh * yh) * Math.exp(-0.5 * (y - yh) * (y + yh));
  gauss.pdf = e * INV_SQRT_2PI;
  const t = Math.abs(y) * SQRT1_2;
  if (t <= THRESH) {
    const h = 0.5 * erfSmall(y * SQRT1_2);
    gauss.q = 0.5 - h;
  } else if (y > 0) {
    gauss.q = 0.5 * e * erfcScaledTail(t);
  } else {
    gauss.q = 1 - 0.5 * e * erfcScaledTail(t);
  }
}

/** Φ(x), the standard normal CDF, accurate in both tails' relative sense where it is small. */
export function normalCdf(x: number): number {
  checkNumber('x', x);
  if (x === Infinity) return 1;
  if (x === -Infinity || x < -40) return 0;
  if (x > 40) return 1;
  gaussTail(-x);
  return gauss.q;
}
