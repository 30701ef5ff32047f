/**
 * hls4ml's fixed-point softmax (nnet_activation.h), 'stable' and 'latency'.
 *
 * stable: x_max by a max tree; d_i = x_i − x_max held as ap_fixed<W_in, I_in, AP_RND, AP_SAT>;
 *   e_i = exp_table[top log2(N) bits of d_i]; sum by an adder tree in exp_table_t;
 *   inv = invert_table[top log2(N) bits of sum]; y_i = e_i · inv assigned to the result type.
 * latency: the same without the max subtraction (exp indexed by x_i itself).
 * Tables are built as init_exp_table / init_invert_table do: entry i is f(value whose top
 * bits are i and whose low bits are 0), computed in float32 and assigned to the table type.
 * The exp table is addressed by the input type, the inverse table by exp_table_t — so the
 * sum is resolved only to 2^(I − log2 N): for ap_fixed<18,8> and N = 1024, to 0.25.
 * That coarse inverse is most of the error in the reference example: sum 1.586 reads
 * 1/1.5, so every output is ≈ 6 % high (0.6670 against exact 0.6308).
 */
import { apFixed, validateFormat, type FixedFormat } from './fixed/format';
import { quantizer } from './fixed/quantize';
import { formatKey, memoTable } from './approx/tableCache';

export type SoftmaxImplementation = 'stable' | 'latency';

export interface SoftmaxFixedOptions {
  implementation?: SoftmaxImplementation;
  /** Entries of both tables; hls4ml default 1024. Index bits = ceil(log2 N) ≤ width. */
  tableSize?: number;
  /** data_T, hls4ml default ap_fixed<16,6>. */
  inputFormat?: FixedFormat;
  /** exp_table_t, default ap_fixed<18,8,AP_RND,AP_SAT>. */
  expTableFormat?: FixedFormat;
  /** inv_table_t, default ap_fixed<18,8,AP_RND,AP_SAT>. */
  invTableFormat?: FixedFormat;
  /** res_T, hls4ml default ap_fixed<16,6>. */
  resultFormat?: FixedFormat;
}

export interface SoftmaxFixedTrace {
  probabilities: number[];
  /** Inputs as data_T. */
  inputs: number[];
  /** Table addresses (after max subtraction for 'stable'). */
  expIndex: number[];
  exps: number[];
  sum: number;
  invIndex: number;
  inverse: number;
}

const DEFAULT_IO = apFixed(16, 6);
const DEFAULT_TABLE = apFixed(18, 8, 'RND', 'SAT');

/** softmax_idx_from_real_val: the top n bits of the W-bit word, read as unsigned. */
function topBits(value: number, fmt: FixedFormat, n: number): number {
  const raw = quantizer(fmt).raw(value);
  const W = BigInt(fmt.width);
  const u = raw < 0n ? raw + (1n << W) : raw;
  return Number(u >> (W - BigInt(n)));
}

/** softmax_real_val_from_idx: the value whose top n bits are i and low bits 0, as float. */
function valueFromIndex(i: number, fmt: FixedFormat, n: number): number {
  const W = fmt.width;
  let u = BigInt(i) << BigInt(W - n);
  if (fmt.signed && u >= 1n << BigInt(W - 1)) u -= 1n << BigInt(W);
  return Math.fround(Number(u) * 2 ** -(W - fmt.intBits));
}

function buildTable(kind: 'exp' | 'inv', N: number, n: number, addr: FixedFormat, entry: FixedFormat): Float64Array {
  return memoTable(`softmax-${kind}|${N}|${formatKey(addr)}|${formatKey(entry)}`, () => {
    const q = quantizer(entry).q;
    const t = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      const x = valueFromIndex(i, addr, n);
      // exp_fcn_float / 1/x in float32; 1/0 is +Inf, which AP_SAT turns into the max.
      t[i] = q(kind === 'exp' ? Math.fround(Math.exp(x)) : Math.fround(1 / x));
    }
    return t;
  });
}

/** hls4ml's reduce(): split at the largest power of two below N, recurse, combine. */
function reduceTree(xs: number[], op: (a: number, b: number) => number): number {
  const N = xs.length;
  if (N === 1) return xs[0];
  if (N === 2) return op(xs[0], xs[1]);
  const left = 2 ** Math.floor(Math.log2(N - 1));
  return op(reduceTree(xs.slice(0, left), op), reduceTree(xs.slice(left), op));
}

export function softmaxFixedTrace(z: readonly number[], opts: SoftmaxFixedOptions = {}): SoftmaxFixedTrace {
  if (!Array.isArray(z) || z.length === 0) throw new RangeError(`softmaxFixed: z must be a non-empty array, got ${String(z)}`);
  z.forEach((v, i) => {
    if (typeof v !== 'number' || Number.isNaN(v)) throw new RangeError(`softmaxFixed: z[${i}] must be a number, got ${String(v)}`);
  });
  const impl = opts.implementation ?? 'stable';
  if (impl !== 'stable' && impl !== 'latency') {
    throw new RangeError(`softmaxFixed: implementation must be 'stable' or 'latency', got ${String(impl)}`);
  }
  const N = opts.tableSize ?? 1024;
  if (!Number.isInteger(N) || N < 2 || N > 65536) throw new RangeError(`softmaxFixed: tableSize must be an integer in 2..65536, got ${String(N)}`);
  const inF = validateFormat(opts.inputFormat ?? DEFAULT_IO);
  const expF = validateFormat(opts.expTableFormat ?? DEFAULT_TABLE);
  const invF = validateFormat(opts.invTableFormat ?? DEFAULT_TABLE);
  const resF = validateFormat(opts.resultFormat ?? DEFAULT_IO);
  const n = Math.ceil(Math.log2(N));
  for (const [field, f] of [['inputFormat', inF], ['expTableFormat', expF]] as const) {
    if (f.width < n) throw new RangeError(`softmaxFixed: ${field}.width must be ≥ log2(tableSize) = ${n}, got ${f.width}`);
  }

  const inputs = z.map((v) => quantizer(inF).q(v));
  let addrVals = inputs;
  let addrFmt = inF;
  if (impl === 'stable') {
    const xMax = reduceTree(inputs, (a, b) => (a >= b ? a : b));
    // "use the same type as the input but force rounding and saturation"
    addrFmt = { ...inF, quantization: 'RND', overflow: 'SAT' };
    const qd = quantizer(addrFmt).q;
    addrVals = inputs.map((v) => qd(v - xMax));
  }
  const expTable = buildTable('exp', N, n, addrFmt, expF);
  const invTable = buildTable('inv', N, n, expF, invF);
  const expIndex = addrVals.map((v) => topBits(v, addrFmt, n));
  const exps = expIndex.map((i) => expTable[i]);
  const qe = quantizer(expF).q;
  const sum = reduceTree(exps, (a, b) => qe(a + b));
  const invIndex = topBits(sum, expF, n);
  const inverse = invTable[invIndex];
  const qr = quantizer(resF).q;
  const probabilities = exps.map((e) => qr(e * inverse));
  return { probabilities, inputs, expIndex, exps, sum, invIndex, inverse };
}

/** Output of hls4ml's fixed-point softmax for logits z (see softmaxFixedTrace for the steps). */
export function softmaxFixed(z: readonly number[], opts: SoftmaxFixedOptions = {}): number[] {
  return softmaxFixedTrace(z, opts).probabilities;
}
