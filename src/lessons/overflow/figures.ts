/**
 * Every result figure the overflow lesson quotes in its prose, exercises and presenter notes,
 * computed from the engine and formatted by the one shared formatter. The MDX reads them as
 * {F.name}; the string tables as {{name}} (strings.ts fills them in at registration).
 */
import { apFixed, formatInfo, formatRange, quantize, ulp, type Precision, argmax } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { BIG_LOGIT, DEFAULT_LOGITS, logSchema } from './schema';
import { logSoftmaxSteps } from './softmaxSteps';

/** The exponent bias of a format, 2^(k−1) − 1 for a k-bit exponent field. */
export const bias = (p: Precision) => 2 ** (formatInfo(p).expBits - 1) - 1;

/** ln(max): exp(x) exceeds the largest finite number above this x. */
const overflowAt = (p: Precision) => formatInfo(p).expOverflowAt;

const f16 = formatInfo('float16');
const f32 = formatInfo('float32');

/** The first input that float16 rounds to ∞: its max plus half a step (ties go to the even ∞). */
export const F16_ROUNDS_TO_INF = f16.max + ulp(f16.max, 'float16') / 2;

/** float32's largest number written as m · 10^e: the "38" students confuse with ln(max). */
export const F32_DECIMAL_EXP = Math.floor(Math.log10(f32.max));

/** An x just past the decimal exponent: float32 (and bfloat16) still hold exp(x), float16 does not. */
export const F32_REVEAL_X = F32_DECIMAL_EXP + 1;

/** Where the largest default logit lands in hls4ml's default input type ap_fixed<16,6> with AP_WRAP. */
const TOP = argmax(DEFAULT_LOGITS);
export const WRAPPED_TOP = quantize(DEFAULT_LOGITS[TOP], apFixed(16, 6));

/**
 * The largest entry hls4ml's exp table can hold: the top of its default exp_table_t,
 * ap_fixed<18,8,AP_RND,AP_SAT> (what softmaxFixed uses; claims.test.ts checks it against the
 * engine's latency trace). Read off the type, not a traced table: building the table here would
 * cost milliseconds at page load.
 */
export const LATENCY_EXP_MAX = formatRange(apFixed(18, 8, 'RND', 'SAT')).max;

export const figures = {
  f16Bias: formatNumber(bias('float16')),
  f16BiasPlus1: formatNumber(bias('float16') + 1),
  f32Bias: formatNumber(bias('float32')),
  f64Bias: formatNumber(bias('float64')),
  f16Overflow: formatFixed(overflowAt('float16'), 2),
  bf16Overflow: formatFixed(overflowAt('bfloat16'), 2),
  f32Overflow: formatFixed(overflowAt('float32'), 2),
  f64Overflow: formatFixed(overflowAt('float64'), 2),
  /** float16's largest finite number, every digit (65504, not 65500). */
  f16Max: formatFixed(f16.max, 0),
  f16RoundsToInf: formatFixed(F16_ROUNDS_TO_INF, 0),
  f32MaxMantissa: formatFixed(f32.max / 10 ** F32_DECIMAL_EXP, 1),
  f32DecimalExp: formatNumber(F32_DECIMAL_EXP),
  f32RevealX: formatNumber(F32_REVEAL_X),
  defaultLogits: DEFAULT_LOGITS.map((v) => formatNumber(v)).join(', '),
  topLogit: formatNumber(DEFAULT_LOGITS[TOP]),
  bigLogit: formatNumber(BIG_LOGIT),
  wrappedTop: formatNumber(WRAPPED_TOP),
  /** Logits above ln(largest exp-table entry) all read the same saturated entry (latency softmax). */
  latencySaturatesAbove: formatFixed(Math.log(LATENCY_EXP_MAX), 2),
  logGap: formatNumber(logSchema.d.default),
  logSoftmaxAtGap: formatNumber(logSoftmaxSteps([0, -logSchema.d.default], 'float16').logSoftmax[1]),
} as const;

export type FigureName = keyof typeof figures;
