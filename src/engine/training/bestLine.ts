/**
 * The best any straight line can do on a 2-D labelled point set: the highest accuracy of a
 * half-plane classifier (either orientation), found exactly.
 *
 * Any optimal line can be slid and turned, without changing which side any point is on, until
 * it passes through two data points; and a line through points can be nudged (a tiny turn about
 * a point of it, then a tiny shift) so that the points on it split at any place along it, either
 * way round. So for each pivot point, the lines through it are swept by angle (the left/right
 * counts change only when the line passes another point) and each line through the pivot and
 * other points is scored with its on-line points split in the best achievable way. Exactly
 * collinear points are grouped by an exact cross product of zero; the result is exact for points
 * whose coordinates make that test exact (points in general position, or on integer grids).
 * O(n² log n): 200 points take a few milliseconds.
 */
import { checkFinite } from '../numeric/errors';

export interface BestLine {
  /** Points a best line classifies correctly. */
  correct: number;
  n: number;
  accuracy: number;
}

/** `x` holds n points row-major (x₀, y₀, x₁, y₁, …); `y` their labels, 1 for class 1, anything else class 0. */
export function bestLineAccuracy(data: { x: ArrayLike<number>; y: ArrayLike<number> }): BestLine {
  const n = data.y.length;
  if (n === 0) throw new RangeError('data must hold at least one point, got 0');
  if (data.x.length !== 2 * n) throw new RangeError(`data.x must hold 2 numbers per label, got ${data.x.length} for ${n} labels`);
  for (let i = 0; i < 2 * n; i++) checkFinite(`data.x[${i}]`, data.x[i]);
  const lab = Uint8Array.from({ length: n }, (_, i) => (data.y[i] === 1 ? 1 : 0));
  const ones = lab.reduce((s, v) => s + v, 0);
  let best = Math.max(ones, n - ones);

  const X = Float64Array.from({ length: n }, (_, i) => data.x[2 * i]);
  const Y = Float64Array.from({ length: n }, (_, i) => data.x[2 * i + 1]);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const phi = new Float64Array(n);
  const front = new Uint8Array(n);
  const order = new Int32Array(n);
  const scratch = new Int32Array(n);
  const sorted = new Float64Array(n);
  const used = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const px = X[p];
    const py = Y[p];
    let m = 0;
    // Points at the pivot itself lie on every line through it: they move with the pivot.
    const atPivot: number[] = [lab[p]];
    let l1 = 0;
    let l0 = 0;
    let r1 = 0;
    let r0 = 0;
    for (let j = 0; j < n; j++) {
      if (j === p) continue;
      dx[j] = X[j] - px;
      dy[j] = Y[j] - py;
      if (dx[j] === 0 && dy[j] === 0) {
        atPivot.push(lab[j]);
        continue;
      }
      // "Front" points lie in the direction θ ∈ [0, π) of the line through them, the others at θ + π.
      front[j] = dy[j] > 0 || (dy[j] === 0 && dx[j] > 0) ? 1 : 0;
      const u = front[j] ? dx[j] : -dx[j];
      const w = front[j] ? dy[j] : -dy[j];
      phi[j] = 1 - u / (Math.abs(u) + w); // increases with θ over [0, π), without a trig call
      order[m++] = j;
      // Just before direction 0, the left half-plane holds exactly the "front" points.
      if (front[j]) {
        if (lab[j]) l1++;
        else l0++;
      } else if (lab[j]) r1++;
      else r0++;
    }
    sortByKey(order, m, phi, sorted, used, scratch);
    for (let g = 0; g < m; ) {
      // One group: the points on the line through the pivot in this direction.
      let e = g + 1;
      while (e < m && dx[order[g]] * dy[order[e]] - dy[order[g]] * dx[order[e]] === 0) e++;
      let a1 = l1;
      let a0 = l0;
      let b1 = r1;
      let b0 = r0;
      for (let k = g; k < e; k++) {
        const j = order[k];
        if (front[j]) {
          if (lab[j]) a1--;
          else a0--;
        } else if (lab[j]) b1--;
        else b0--;
      }
      const off = Math.max(a1 + b0, a0 + b1);
      const onLine = e - g + atPivot.length;
      if (onLine === 2) {
        // The pivot and one other point: a nudge can put each on either side.
        if (off + 2 > best) best = off + 2;
      } else if (off + onLine > best) {
        // Rare (collinear or repeated points): kept out of this hot loop's optimised code.
        best = Math.max(best, off + bestSplit(onLinePoints(atPivot, Array.from(order.subarray(g, e)), front, lab, dx, dy)));
      }
      for (let k = g; k < e; k++) {
        const j = order[k];
        if (front[j]) {
          if (lab[j]) { l1--; r1++; } else { l0--; r0++; }
        } else if (lab[j]) { r1--; l1++; } else { r0--; l0++; }
      }
      g = e;
    }
  }
  return { correct: best, n, accuracy: best / n };
}

/** The points on one line through the pivot, by signed distance t from it along the line. */
function onLinePoints(atPivot: number[], group: number[], front: Uint8Array, lab: Uint8Array, dx: Float64Array, dy: Float64Array): { t: number; y: number }[] {
  const pts = atPivot.map((y) => ({ t: 0, y }));
  for (const j of group) {
    const d = Math.hypot(dx[j], dy[j]);
    pts.push({ t: front[j] ? d : -d, y: lab[j] });
  }
  return pts;
}

/**
 * Sorts the first m entries of `order` by `key[order[i]]`: the keys go through the native numeric sort (far faster than
 * a comparator), then each index finds its slot by binary search; equal keys keep index order.
 */
function sortByKey(order: Int32Array, m: number, key: Float64Array, sorted: Float64Array, used: Int32Array, scratch: Int32Array): void {
  for (let i = 0; i < m; i++) {
    sorted[i] = key[order[i]];
    scratch[i] = order[i];
    used[i] = 0;
  }
  const s = sorted.subarray(0, m).sort();
  for (let i = 0; i < m; i++) {
    const j = scratch[i];
    const v = key[j];
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    order[lo + used[lo]++] = j;
  }
}

/**
 * Points on a line, to be pushed off it by a nudge: those before some place along the line go
 * to one side, those after it to the other (points at the same place go together). The most
 * that can end up on their own class's side, in the better of the two ways round.
 */
function bestSplit(pts: { t: number; y: number }[]): number {
  pts.sort((a, b) => a.t - b.t);
  const total1 = pts.reduce((s, p) => s + p.y, 0);
  const total0 = pts.length - total1;
  let best = Math.max(total1, total0);
  let before1 = 0;
  let before0 = 0;
  for (let i = 0; i < pts.length; i++) {
    if (pts[i].y) before1++;
    else before0++;
    if (i + 1 < pts.length && pts[i + 1].t === pts[i].t) continue;
    // Before → class-1 side, after → class-0 side; or the other way round.
    best = Math.max(best, before1 + (total0 - before0), before0 + (total1 - before1));
  }
  return best;
}
