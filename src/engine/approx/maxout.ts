/**
 * Maxout (Goodfellow et al. 2013): h(x) = max_j (w_j x + b_j) over k affine pieces. A maximum
 * of affine functions is always convex, and any convex function is the limit of such maxima,
 * so one maxout unit can fit any convex function as closely as k allows. The fit is the
 * alternating least-squares method of Magnani & Boyd (2009): assign every grid point to the
 * piece that is largest there, refit each piece to its points by least squares, repeat.
 */
export type ConvexName = 'square' | 'abs' | 'exp' | 'softplus' | 'quartic';
export const CONVEX_NAMES: readonly ConvexName[] = ['square', 'abs', 'exp', 'softplus', 'quartic'];
export const MAXOUT_DOMAIN: readonly [number, number] = [-2, 2];
export const MAXOUT_GRID = 161;
export const MAX_PIECES = 8;
const ITERATIONS = 50;

/** The convex targets the maxout widget offers. */
export function convexTarget(name: ConvexName, x: number): number {
  switch (name) {
    case 'square':
      return x * x;
    case 'abs':
      return Math.abs(x);
    case 'exp':
      return Math.exp(x);
    case 'softplus':
      // ln(1 + e^{3x}) without overflow: a smooth ReLU, linear on the right.
      return Math.max(0, 3 * x) + Math.log1p(Math.exp(-Math.abs(3 * x)));
    case 'quartic':
      return x ** 4 / 4;
  }
}

export interface MaxoutPiece {
  w: number;
  b: number;
}

export interface MaxoutFit {
  pieces: MaxoutPiece[];
  xs: Float64Array;
  target: Float64Array;
  /** max_j (w_j x + b_j) at each grid x. */
  fitted: Float64Array;
  /** Which piece is the maximum at each grid x (the first, on ties). */
  active: Int32Array;
  rmse: number;
  maxErr: number;
}

/** Least-squares line through the points of xs/ys selected by idx; null if they do not fix one. */
function lineFit(xs: ArrayLike<number>, ys: ArrayLike<number>, idx: readonly number[]): MaxoutPiece | null {
  if (idx.length < 2) return null;
  let mx = 0;
  let my = 0;
  for (const i of idx) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= idx.length;
  my /= idx.length;
  let sxx = 0;
  let sxy = 0;
  for (const i of idx) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) return null;
  const w = sxy / sxx;
  return { w, b: my - w * mx };
}

function evaluate(pieces: readonly MaxoutPiece[], xs: Float64Array, ys: Float64Array) {
  const m = xs.length;
  const fitted = new Float64Array(m);
  const active = new Int32Array(m);
  let sq = 0;
  let maxErr = 0;
  for (let i = 0; i < m; i++) {
    let best = -Infinity;
    for (let j = 0; j < pieces.length; j++) {
      const v = pieces[j].w * xs[i] + pieces[j].b;
      if (v > best) {
        best = v;
        active[i] = j;
      }
    }
    fitted[i] = best;
    const e = Math.abs(best - ys[i]);
    sq += e * e;
    if (e > maxErr) maxErr = e;
  }
  return { fitted, active, rmse: Math.sqrt(sq / m), maxErr };
}

/** Alternating least squares from the given pieces until the assignment settles; the best state seen. */
function refine(start: MaxoutPiece[], xs: Float64Array, ys: Float64Array) {
  let pieces = start;
  let cur = evaluate(pieces, xs, ys);
  let best = { pieces, ...cur };
  for (let it = 0; it < ITERATIONS; it++) {
    const groups: number[][] = pieces.map(() => []);
    cur.active.forEach((j, i) => groups[j].push(i));
    // A piece that is nowhere the maximum keeps its line (it may win points back later).
    const next = pieces.map((p, j) => lineFit(xs, ys, groups[j]) ?? p);
    const ev = evaluate(next, xs, ys);
    const unchanged = ev.active.every((j, i) => j === cur.active[i]);
    pieces = next;
    cur = ev;
    if (ev.rmse < best.rmse) best = { pieces, ...ev };
    if (unchanged) break;
  }
  return best;
}

type Refined = ReturnType<typeof refine>;
const chains = new Map<string, Refined[]>();

/**
 * Fits k pieces to a convex target on the grid; deterministic (no random start). Alternating
 * least squares only finds a local optimum, so two starts are tried and the better kept: one
 * line per equal slice of the domain, and the k − 1 fit with its worst piece split in two. The
 * second makes the error never rise with k (k pieces can always copy k − 1), which a single
 * start does not guarantee. Fits are memoised per target, so moving k costs nothing twice.
 */
export function fitMaxout(name: ConvexName, k: number, m = MAXOUT_GRID): MaxoutFit {
  if (!Number.isInteger(k) || k < 1 || k > 64) throw new RangeError(`k must be an integer in [1, 64], got ${k}`);
  if (!CONVEX_NAMES.includes(name)) throw new RangeError(`name must be one of ${CONVEX_NAMES.join(', ')}, got ${String(name)}`);
  if (!Number.isInteger(m) || m < 2 * k || m > 100000) throw new RangeError(`m must be an integer in [2k, 100000], got ${m}`);
  const [lo, hi] = MAXOUT_DOMAIN;
  const xs = Float64Array.from({ length: m }, (_, i) => lo + ((hi - lo) * i) / (m - 1));
  const ys = Float64Array.from(xs, (x) => convexTarget(name, x));
  const key = `${name}|${m}`;
  const chain = chains.get(key) ?? [];
  chains.set(key, chain);
  for (let kk = chain.length + 1; kk <= k; kk++) {
    const slices: MaxoutPiece[] = Array.from({ length: kk }, (_, j) => {
      const idx: number[] = [];
      for (let i = Math.floor((j * m) / kk); i < Math.floor(((j + 1) * m) / kk); i++) idx.push(i);
      return lineFit(xs, ys, idx) ?? { w: 0, b: -Infinity };
    });
    let best = refine(slices, xs, ys);
    const prev = chain[kk - 2];
    if (prev) {
      // Split the piece with the largest squared error over its points into two halves.
      const sse = prev.pieces.map(() => 0);
      const groups: number[][] = prev.pieces.map(() => []);
      prev.active.forEach((j, i) => {
        sse[j] += (prev.fitted[i] - ys[i]) ** 2;
        groups[j].push(i);
      });
      const worst = sse.indexOf(Math.max(...sse));
      const g = groups[worst];
      const half = Math.floor(g.length / 2);
      const a = lineFit(xs, ys, g.slice(0, half)) ?? prev.pieces[worst];
      const b = lineFit(xs, ys, g.slice(half)) ?? prev.pieces[worst];
      const split = refine([...prev.pieces.filter((_, j) => j !== worst), a, b], xs, ys);
      // The copy of k − 1 pieces is itself a valid k-piece fit: never do worse than it.
      const copy = { ...prev, pieces: [...prev.pieces, prev.pieces[worst]] };
      for (const c of [split, copy]) if (c.rmse < best.rmse) best = c;
    }
    chain.push(best);
  }
  const fit = chain[k - 1];
  return { pieces: fit.pieces, xs, target: ys, fitted: fit.fitted, active: fit.active, rmse: fit.rmse, maxErr: fit.maxErr };
}
