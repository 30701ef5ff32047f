/**
 * hls4ml's sigmoid exactly as generated with default types: input ap_fixed<16,6>, table
 * ap_fixed<18,8> (AP_TRN, so entries are floored to 2^−10), result ap_fixed<16,6>. Unlike
 * sigmoidApprox.lut (one format for everything) this keeps hls4ml's three separate types.
 * The table is built in float32, as init_sigmoid_table does.
 */
import { apFixed, type FixedFormat } from '../fixed/format';
import { quantizer } from '../fixed/quantize';
import { memoTable, formatKey } from './tableCache';
import { checkInput } from './types';

export interface Hls4mlSigmoidOptions {
  inputFormat?: FixedFormat;
  tableFormat?: FixedFormat;
  resultFormat?: FixedFormat;
  tableSize?: number;
}

const DEFAULT_INPUT = apFixed(16, 6);
const DEFAULT_TABLE = apFixed(18, 8);

function float32Sigmoid(x: number): number {
  // sigmoid_fcn_float: 1.0 / (1 + std::exp(-input)) in float.
  return Math.fround(1 / Math.fround(1 + Math.fround(Math.exp(Math.fround(-x)))));
}

export function hls4mlSigmoid(x: number, opts: Hls4mlSigmoidOptions = {}): number {
  checkInput('hls4mlSigmoid', x);
  const N = opts.tableSize ?? 1024;
  if (!Number.isInteger(N) || N < 2 || N > 65536) {
    throw new RangeError(`hls4mlSigmoid: tableSize must be an integer in 2..65536, got ${String(N)}`);
  }
  const qin = quantizer(opts.inputFormat ?? DEFAULT_INPUT).q;
  const tabFmt = opts.tableFormat ?? DEFAULT_TABLE;
  const qtab = quantizer(tabFmt).q;
  const qout = quantizer(opts.resultFormat ?? DEFAULT_INPUT).q;
  const tab = memoTable(`hls4ml-sigmoid|${N}|${formatKey(tabFmt)}`, () => {
    const t = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      // in_val = 2 * 8.0 * (ii - float(N_TABLE) / 2.0) / float(N_TABLE)
      const inVal = Math.fround((16 * (i - N / 2)) / N);
      t[i] = qtab(float32Sigmoid(inVal));
    }
    return t;
  });
  const xq = qin(x);
  let index = Math.trunc((xq * N) / 16) + Math.trunc((8 * N) / 16);
  if (index < 0) index = 0;
  if (index > N - 1) index = N - 1;
  return qout(tab[index]);
}
