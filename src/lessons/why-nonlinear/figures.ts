/**
 * The figures the lesson's words quote, computed from the engine when the lesson loads and
 * formatted by src/format/number.ts. MDX: {F.bestLine}; string tables: {{bestLine}}, passed to t()
 * by exercises.ts. The best line is exact (an O(n² log n) sweep, a few milliseconds) and
 * memoised, so the XOR widget's own readout for the default data reuses it.
 */
import { formatCount, formatPercent } from '../../format/number';
import { xorSchema } from './schema';
import { bestLineOn, XOR_POINTS } from './xor';

export const figures = {
  /** Points in the XOR widget's data set. */
  xorPoints: formatCount(XOR_POINTS),
  /** The best accuracy any straight line reaches on the XOR widget's default data. */
  bestLine: formatPercent(bestLineOn(xorSchema.seed.default).accuracy, 1),
};

export type Figures = typeof figures;
