/**
 * The figures quoted in this lesson's prose, computed by the engine the way the workbench
 * computes them (its default settings, its error grid and window) and formatted like the
 * workbench's table (three significant digits). Cheap at load: the fixed-point errors are
 * taken per stored input word (cellMaxError.ts), a few hundred evaluations per method.
 */
import { fpgaSigmoidExact, formatRange, formatStep, quantize, type FixedFormat, type OverflowMode, type QuantizationMode } from '../../engine';
import { formatCount, formatNumber } from '../../format/number';
import { cellMaxError, inputCells } from './cellMaxError';
import { cordicFigures } from './cordicFigures';
import { costOf, evaluatorOf, type MethodKey, type MethodSettings } from './methods';
import { formatOf, settingSpecs, settingsOf } from './schema';

/** The workbench's settings when the page opens (each method's main knob at its default). */
export const defaultSettings: MethodSettings = settingsOf({
  order: settingSpecs.order.default,
  lut: settingSpecs.lut.default,
  interp: settingSpecs.interp.default,
  iter: settingSpecs.iter.default,
  hyb: settingSpecs.hyb.default,
});

/** ap_fixed<W, I> with the workbench's default modes (AP_TRN, AP_WRAP; figures.test.ts checks) unless given. */
export function apFormat(w: number, i: number, q: QuantizationMode = 'TRN', o: OverflowMode = 'WRAP'): FixedFormat {
  const f = formatOf({ fixed: true, w, i, q, o });
  if (!f) throw new Error('formatOf returned float64 for a fixed-point state');
  return f;
}

/** The format the fixed-point section has the reader choose. */
export const NARROW = apFormat(8, 2);
/** The input the range paragraph feeds it: just past its largest value. */
export const WRAP_X = 3;

const cells = inputCells(NARROW);
/** A method's max |error| in the narrow format, as the workbench's table computes it. */
export const narrowError = (m: MethodKey, s: MethodSettings = defaultSettings): number => cellMaxError(evaluatorOf(m, s, NARROW), cells);

const sig = fpgaSigmoidExact;
const { min: narrowMin, max: narrowMax } = formatRange(NARROW);
const f3 = (v: number) => formatNumber(v, 3);

export const figures = {
  /** SONF + dLUT's table size when the workbench opens. */
  hybridEntries: formatCount(defaultSettings.hybridEntries),
  /** One step of ap_fixed<8,2>, as the format readout shows it. */
  narrowStep: formatNumber(formatStep(NARROW), 4),
  narrowLut: f3(narrowError('lut')),
  narrowPlan: f3(narrowError('plan')),
  narrowLutBits: formatCount(costOf('lut', defaultSettings, NARROW).tableBits),
  /** Largest value of ap_fixed<8,2>, as the error-window readout shows it. */
  narrowMax: formatNumber(narrowMax, 6),
  wrapped: formatNumber(quantize(WRAP_X, NARROW), 6),
  sigWrapped: f3(sig(quantize(WRAP_X, NARROW))),
  sigWrapX: f3(sig(WRAP_X)),
  sigTop: f3(sig(narrowMax)),
  sigBottom: f3(sig(narrowMin)),
  ...cordicFigures,
  /** Largest value of hls4ml's default type ap_fixed<16,6>: where the network's logit wraps. */
  qnetTop: formatNumber(formatRange(apFormat(16, 6)).max, 6),
};
