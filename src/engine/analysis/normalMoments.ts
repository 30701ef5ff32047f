/**
 * What an activation does to a standard normal input: its mean output E[f(Z)], Z ~ N(0, 1),
 * and its lowest value. The gallery's "zero-centred" column is defined by the first, the
 * prose's "dips below zero" figures by the second; both straight from the registry's f.
 */
import { activations, type ActivationName } from '../numeric/activations';
import { checkInterval } from '../numeric/errors';

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton on Pₙ from Chebyshev guesses). */
function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k];
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * dp * dp);
  }
  return { nodes, weights };
}

const GL = gaussLegendre(12);
/** Beyond |z| = 12 the normal density is below 6e−32: nothing a bounded-growth f can notice. */
const Z_MAX = 12;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * E[f(Z)] for Z ~ N(0, 1): 12-point Gauss–Legendre on each unit panel of [−12, 12]. Panels end
 * on the integers, where the registry's kinks and jumps sit (0, ±1, ±3), so every panel sees a
 * smooth integrand and the result is accurate to ~1e−13 for the gallery's activations.
 */
export function normalExpectation(f: (z: number) => number): number {
  let sum = 0;
  for (let a = -Z_MAX; a < Z_MAX; a++) {
    const mid = a + 0.5;
    for (let i = 0; i < GL.nodes.length; i++) {
      const z = mid + 0.5 * GL.nodes[i];
      sum += 0.5 * GL.weights[i] * f(z) * INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }
  }
  return sum;
}

const meanCache = new Map<string, number>();

/** Mean output of an activation for a standard normal input, memoised per name and parameters. */
export function activationNormalMean(name: ActivationName, params?: Record<string, number>): number {
  const a = activations[name];
  const key = `${name}|${a.params.map((p) => params?.[p.name] ?? p.default).join(',')}`;
  let m = meanCache.get(key);
  if (m === undefined) {
    m = normalExpectation((z) => a.f(z, params));
    if (meanCache.size > 256) meanCache.clear();
    meanCache.set(key, m);
  }
  return m;
}

/**
 * The lowest value of f on [lo, hi] and where it is: a 401-point scan, then golden-section
 * search on the bracket around the best sample (f is assumed unimodal there).
 */
export function minimumOn(f: (x: number) => number, lo: number, hi: number): { x: number; value: number } {
  checkInterval(lo, hi);
  const n = 400;
  const h = (hi - lo) / n;
  let best = 0;
  let bestV = Infinity;
  for (let i = 0; i <= n; i++) {
    const v = f(lo + i * h);
    if (v < bestV) {
      bestV = v;
      best = i;
    }
  }
  let a = lo + Math.max(0, best - 1) * h;
  let b = lo + Math.min(n, best + 1) * h;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 80 && b - a > 1e-12; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  const x = (a + b) / 2;
  const v = f(x);
  return v <= bestV ? { x, value: v } : { x: lo + best * h, value: bestV };
}
