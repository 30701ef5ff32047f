/**
 * The figures the lesson's words quote, computed by the same engine calls the widget makes
 * (the widget's default classes, and the same classes with class 2 twice as wide), formatted
 * by the one shared formatter. Cheap: two sweeps of 1201 points.
 */
import { posteriorVsLogistic, posteriorVsLogistic2D, sharedVarianceLogistic } from '../../engine';
import { defaultsOf } from '../../components/state/schema';
import { formatNumber } from '../../format/number';
import { EQUAL, UNEQUAL } from './exercises';
import { PLANE_EXTENT, planeSchema, X_RANGE } from './schema';
import { classesOf, PLANE_GRID } from './plane';

/** The 2-D widget's default classes (shared Σ), and the same with shared Σ switched off. */
export const PLANE_SHARED = classesOf(defaultsOf(planeSchema));
export const PLANE_UNEQUAL = classesOf({ ...defaultsOf(planeSchema), shared: false });
const gap2 = (g: typeof PLANE_SHARED) => posteriorVsLogistic2D(g, PLANE_GRID, PLANE_EXTENT).maxAbs;

const gap = (g: typeof EQUAL) => posteriorVsLogistic(g, X_RANGE[0], X_RANGE[1], 1201).maxAbs;

export const figures = {
  /** Largest |posterior − σ(wx + b)| for the default (equal-spread) classes: float64 rounding. */
  equalGap: formatNumber(gap(EQUAL), 2),
  /** The same with class 2 twice as wide: the straight line misses by nearly the whole range. */
  unequalGap: formatNumber(gap(UNEQUAL), 3),
  /** The wider class's spread in that example, and the pooled variance its LDA line uses. */
  unequalS2: formatNumber(UNEQUAL.sigma2),
  unequalPooled: formatNumber(sharedVarianceLogistic(UNEQUAL).variance),
  /** The 2-D widget's readout: largest |posterior − σ(wᵀx + b)| over its grid, shared Σ (rounding) and unequal Σ. */
  planeSharedGap: formatNumber(gap2(PLANE_SHARED), 2),
  planeUnequalGap: formatNumber(gap2(PLANE_UNEQUAL), 3),
};
