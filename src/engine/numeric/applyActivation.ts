/**
 * Element-wise activation over typed arrays, into a caller's buffer (no allocation when
 * `out` is given). The hot ones (sigmoid, tanh, relu, identity) get their own tight loop
 * with the kernel inlined, so they run at the speed of a hand-written typed-array loop;
 * the rest go through the registry's scalar kernel once per element.
 */
import { activations, getActivation, type ActivationName } from './activations';
import { checkFinite, show } from './errors';

type FloatArray = Float32Array | Float64Array;

function isFloatArray(a: unknown): a is FloatArray {
  return a instanceof Float32Array || a instanceof Float64Array;
}

// Local copies of scalar.ts's SIGMOID_TAIL / sigmoidTail (same formula, bit-identical
// results): an imported binding read inside the loop becomes a module-namespace property
// load under some loaders (vitest's SSR transform), which halved the loop's speed.
const TAIL = -708;
function tail(v: number): number {
  const e = Math.exp(v);
  return e / (1 + e);
}

function sigmoidLoop(x: FloatArray, out: FloatArray, n: number): void {
  // Same formula as sigmoidK (see there why the textbook form is accurate above −708);
  // the tail branch is almost never taken, so it costs nothing next to a bare loop.
  for (let i = 0; i < n; i++) {
    const v = x[i];
    out[i] = v > TAIL ? 1 / (1 + Math.exp(-v)) : tail(v);
  }
}

function tanhLoop(x: FloatArray, out: FloatArray, n: number): void {
  for (let i = 0; i < n; i++) out[i] = Math.tanh(x[i]);
}

function reluLoop(x: FloatArray, out: FloatArray, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    out[i] = v > 0 ? v : 0;
  }
}

/**
 * Applies activation `name` to every element of x. Writes into `out` (same length as x;
 * x itself is allowed, for in-place use) or into a new array of x's type. NaN inputs
 * propagate as NaN rather than throwing, so one bad element cannot abort a whole plot.
 */
export function applyActivation(
  name: ActivationName,
  x: Float32Array | Float64Array,
  out?: Float32Array | Float64Array,
  params?: Record<string, number>,
): Float32Array | Float64Array {
  const act = getActivation(name);
  if (!isFloatArray(x)) throw new RangeError(`x must be a Float32Array or Float64Array, got ${show(x)}`);
  const n = x.length;
  let dst: FloatArray;
  if (out === undefined) {
    dst = x instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
  } else {
    if (!isFloatArray(out)) throw new RangeError(`out must be a Float32Array or Float64Array, got ${show(out)}`);
    if (out.length !== n) throw new RangeError(`out must have length ${n} like x, got length ${out.length}`);
    dst = out;
  }
  if (params !== undefined) {
    // Validate once, up front, instead of per element.
    for (const p of act.params) {
      const v = params[p.name];
      if (v !== undefined) checkFinite(p.name, v);
    }
  }
  switch (name) {
    case 'sigmoid':
      sigmoidLoop(x, dst, n);
      return dst;
    case 'tanh':
      tanhLoop(x, dst, n);
      return dst;
    case 'relu':
      reluLoop(x, dst, n);
      return dst;
    case 'identity':
      if (dst !== x) dst.set(x);
      return dst;
    default:
      break;
  }
  const f = activations[name].f;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    dst[i] = v !== v ? NaN : f(v, params);
  }
  return dst;
}
