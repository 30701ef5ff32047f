/**
 * The figures the lesson's words quote, computed by the same engine calls the widget makes
 * (the widget's default classes, and the same classes with class 2 twice as wide), formatted
 * by the one shared formatter. Cheap: two sweeps of 1201 points.
 */
import { posteriorVsLogistic, sharedVarianceLogistic } from '../../engine';
import { formatNumber } from '../../format/number';
import { EQUAL, UNEQUAL } from './exercises';
import { X_RANGE } from './schema';

const gap = (g: typeof EQUAL) => posteriorVsLogistic(g, X_RANGE[0], X_RANGE[1], 1201).maxAbs;

export const figures = {
  /** Largest |posterior − σ(wx + b)| for the default (equal-spread) classes: float64 rounding. */
  equalGap: formatNumber(gap(EQUAL), 2),
  /** The same with class 2 twice as wide: the straight line misses by nearly the whole range. */
  unequalGap: formatNumber(gap(UNEQUAL), 3),
  /** The wider class's spread in that example, and the pooled variance its LDA line uses. */
  unequalS2: formatNumber(UNEQUAL.sigma2),
  unequalPooled: formatNumber(sharedVarianceLogistic(UNEQUAL).variance),
};
