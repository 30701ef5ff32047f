/**
 * Scalar kernels of the smooth activations, written so the tails keep full relative
 * accuracy: one exp of −|x| per call, derivatives as products of small factors (never
 * 1 − σ² or 1 − tanh², which cancel to 0 long before the true value underflows), and
 * x·e^x far out formed as (x·e^{x/2})·e^{x/2} so it is not rounded through a subnormal.
 * These are unchecked: the registry and the public wrappers validate their input.
 */
import { dd, ddAdd, ddMulScalar, expDD, twoProd } from './dd';
import { gauss, gaussTail } from './special';

/**
 * Below this, σ(x) < 3.3e−308 is about to go subnormal and e^{−x} about to overflow: there
 * σ is taken as e^x/(1 + e^x). Above it the textbook 1/(1 + e^{−x}) is already accurate to
 * ~1.5 ulp in float64 (e^{−x} ≤ 1e308 has full relative accuracy, 1 + e^{−x} and the
 * division round once each), and it has no data-dependent select, so loops stay fast.
 */
export const SIGMOID_TAIL = -708;

export function sigmoidTail(x: number): number {
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ(x) = 1/(1 + e^{−x}); bit-identical to the applyActivation loop. */
export function sigmoidK(x: number): number {
  return x > SIGMOID_TAIL ? 1 / (1 + Math.exp(-x)) : sigmoidTail(x);
}

/**
 * σ(x) branched on the sign: 1/(1 + e^{−x}) for x ≥ 0, e^x/(1 + e^x) below, so exp never
 * overflows. The trainer's kernel and the FPGA lessons' exact reference; it rounds
 * differently from sigmoidK for −708 < x < 0, and the figures built on it are pinned.
 */
export function sigmoidBySign(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ′(x) = σ(x)·σ(−x) = e^{−|x|}/(1 + e^{−|x|})². σ′(40) ≈ 4.25e−18. */
export function sigmoidPrimeK(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/** ln σ(x) = −softplus(−x). */
export function logSigmoidK(x: number): number {
  return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
}

/** softplus(x) = max(x, 0) + log1p(e^{−|x|}). */
export function softplusK(x: number): number {
  return (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** tanh′(x) = 4/(e^x + e^{−x})² = 4e^{−2|x|}/(1 + e^{−2|x|})²; tanh′(20) ≈ 1.7e−17. */
export function tanhPrimeK(x: number): number {
  const a = Math.abs(x);
  if (a < 0.5) {
    const t = Math.tanh(x);
    return 1 - t * t; // no cancellation: t² < 0.22
  }
  const e = Math.exp(-2 * a);
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** Beyond this, x·e^x < 2^−1075 (and σ(x) = e^x to the last bit). */
const UNDERFLOW_X = -800;
/** Below this σ(x) = e^x to the last bit and e^x is (nearly) subnormal. */
const FAR_X = -700;

/** x·e^x without rounding e^x through a subnormal first. */
function xExpX(c: number, x: number): number {
  const h = Math.exp(0.5 * x);
  return c * h * h;
}

export function siluK(x: number): number {
  if (x < FAR_X) return x < UNDERFLOW_X ? 0 : xExpX(x, x);
  return x * sigmoidK(x);
}

/** silu′(x) = σ(x)·(1 + x·σ(−x)). */
export function siluPrimeK(x: number): number {
  if (x < FAR_X) return x < UNDERFLOW_X ? 0 : xExpX(1 + x, x);
  if (x > -UNDERFLOW_X) return 1;
  const e = Math.exp(-Math.abs(x));
  const inv = 1 / (1 + e);
  const s = x >= 0 ? inv : e * inv;
  const sn = x >= 0 ? e * inv : inv;
  return s * (1 + x * sn);
}

/**
 * tanh(softplus(x)) = n/(n + 2) with n = e^x(e^x + 2), or (1 + 2t)/(1 + 2t + 2t²) with
 * t = e^{−x} for x > 0; `mishG` also leaves 1 − g and σ(x) for the derivative.
 */
const mishT = { g: 0, oneMinusG: 0, sig: 0 };
function mishG(x: number): void {
  if (x <= 0) {
    const e = Math.exp(x);
    const n = e * (e + 2);
    mishT.g = n / (n + 2);
    mishT.oneMinusG = 2 / (n + 2);
    mishT.sig = e / (1 + e);
  } else {
    const t = Math.exp(-x);
    const den = 1 + 2 * t + 2 * t * t;
    mishT.g = (1 + 2 * t) / den;
    mishT.oneMinusG = (2 * t * t) / den;
    mishT.sig = 1 / (1 + t);
  }
}

export function mishK(x: number): number {
  if (x < FAR_X) return x < UNDERFLOW_X ? 0 : xExpX(x, x);
  if (x > -UNDERFLOW_X) return x;
  mishG(x);
  return x * mishT.g;
}

/** mish′(x) = g + x·(1 − g)(1 + g)·σ(x), g = tanh(softplus(x)). */
export function mishPrimeK(x: number): number {
  if (x < FAR_X) return x < UNDERFLOW_X ? 0 : xExpX(1 + x, x);
  if (x > -UNDERFLOW_X) return 1;
  mishG(x);
  const g = mishT.g;
  return g + x * mishT.oneMinusG * (1 + g) * mishT.sig;
}

/** GELU(x) = x·Φ(x); for x < 0, Φ(x) = Q(|x|) = ½erfc(|x|/√2) from the accurate tail (never 1 + erf). */
export function geluK(x: number): number {
  if (x > 40) return x;
  if (x < -40) return 0;
  if (x >= 0) {
    gaussTail(x);
    return x * (1 - gauss.q);
  }
  gaussTail(-x);
  return x * gauss.q;
}

/** GELU′(x) = Φ(x) + x·φ(x). */
export function geluPrimeK(x: number): number {
  if (x > 40) return 1;
  if (x < -40) return 0;
  gaussTail(Math.abs(x));
  const phi = x >= 0 ? 1 - gauss.q : gauss.q;
  return phi + x * gauss.pdf;
}

const SQRT_2_OVER_PI = 0.7978845608028654;
const GELU_K = 0.044715;

/** Writes σ(w) and σ(−w) for w = hi + lo (a double-double argument) to `sig2`. */
const sig2 = { pos: 0, neg: 0 };
function sigmoidDD(hi: number, lo: number): void {
  const neg = hi < 0;
  const e = neg ? expDD(hi, lo) : expDD(-hi, -lo); // e^{−|w|}
  const inv = 1 / (1 + e);
  sig2.pos = neg ? e * inv : inv;
  sig2.neg = neg ? inv : e * inv;
}

/**
 * 2u = 2√(2/π)(x + 0.044715x³) in double-double: with |2u| ≈ 600 at x = −20, a plain
 * double 2u would cost 1e−13 relative accuracy in σ(2u).
 */
function geluTanhArg(x: number): void {
  twoProd(x, x);
  ddMulScalar(dd.hi, dd.lo, x);
  ddMulScalar(dd.hi, dd.lo, GELU_K);
  ddAdd(x, 0, dd.hi, dd.lo);
  ddMulScalar(dd.hi, dd.lo, 2 * SQRT_2_OVER_PI);
}

/** ½x(1 + tanh u) = x·σ(2u): the sigmoid form has no 1 + tanh cancellation for x < 0. */
export function geluTanhK(x: number): number {
  if (x > 25) return x;
  if (x < -25) return 0;
  geluTanhArg(x);
  sigmoidDD(dd.hi, dd.lo);
  return x * sig2.pos;
}

/** d/dx x·σ(2u) = σ(2u) + x·σ(2u)σ(−2u)·2u′, u′ = √(2/π)(1 + 3·0.044715x²). */
export function geluTanhPrimeK(x: number): number {
  if (x > 25) return 1;
  if (x < -25) return 0;
  geluTanhArg(x);
  sigmoidDD(dd.hi, dd.lo);
  const du2 = 2 * SQRT_2_OVER_PI * (1 + 3 * GELU_K * x * x);
  return sig2.pos * (1 + x * sig2.neg * du2);
}

const GELU_SIG = 1.702;

/** x·σ(1.702x), with 1.702x kept exact as a double-double. */
export function geluSigmoidK(x: number): number {
  if (x > 500) return x;
  if (x < -500) return 0;
  twoProd(GELU_SIG, x);
  sigmoidDD(dd.hi, dd.lo);
  return x * sig2.pos;
}

export function geluSigmoidPrimeK(x: number): number {
  if (x > 500) return 1;
  if (x < -500) return 0;
  twoProd(GELU_SIG, x);
  sigmoidDD(dd.hi, dd.lo);
  return sig2.pos * (1 + GELU_SIG * x * sig2.neg);
}
