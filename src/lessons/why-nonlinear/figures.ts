/**
 * The figures the lesson's words quote, computed from the engine when the lesson loads and
 * formatted by src/format/number.ts. MDX: {F.bestLine}; string tables: {{bestLine}}, passed to t()
 * by exercises.ts. The best line is exact (an O(n² log n) sweep, a few milliseconds) and
 * memoised, so the XOR widget's own readout for the default data reuses it.
 */
import { formatCount, formatNumber, formatPercent } from '../../format/number';
import { uaView } from './approx';
import { DRAW_POINTS, UA_MAX_UNITS, universalSchema, xorSchema } from './schema';
import { bestLineOn, XOR_POINTS } from './xor';

const drawn = universalSchema.pts.default;

export const figures = {
  /** Points in the XOR widget's data set. */
  xorPoints: formatCount(XOR_POINTS),
  /** The best accuracy any straight line reaches on the XOR widget's default data. */
  bestLine: formatPercent(bestLineOn(xorSchema.seed.default).accuracy, 1),
  /** The universal-approximation widget's RMS error for the sine with 4 and with 40 sigmoid units. */
  sineErr4: formatNumber(uaView('sine', 'sigmoid', 4, drawn).fit.rmse, 2),
  sineErr40: formatNumber(uaView('sine', 'sigmoid', UA_MAX_UNITS, drawn).fit.rmse, 2),
  /** The step's largest error with the slider's most ReLU units: about half the jump. */
  stepMax40: formatNumber(uaView('step', 'relu', UA_MAX_UNITS, drawn).fit.maxErr, 2),
  /** Segments of a drawn target: ReLU units with a hinge at each drawing point fit it exactly. */
  drawSegments: formatCount(DRAW_POINTS - 1),
};

export type Figures = typeof figures;
