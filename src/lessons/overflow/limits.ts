/**
 * Where exp leaves a format, read off the format's own constants (never typed in):
 *   exp(x) = ∞            for x > ln(max)            (formatInfo.expOverflowAt)
 *   exp(x) is subnormal   for x < ln(minNormal)      (fewer significant bits)
 *   exp(x) rounds to 0    for x ≤ ln(minSubnormal/2) (below half the smallest step; ties go to 0, the even neighbour)
 */
import { formatInfo, type Precision } from '../../engine';

export interface ExpLimits {
  max: number;
  overflowAt: number;
  subnormalBelow: number;
  zeroAtOrBelow: number;
}

export function expLimits(p: Precision): ExpLimits {
  const info = formatInfo(p);
  return {
    max: info.max,
    overflowAt: info.expOverflowAt,
    subnormalBelow: Math.log(info.minNormal),
    // ln(minSubnormal) − ln 2, not ln(minSubnormal/2): for float64 that half is itself 0.
    zeroAtOrBelow: Math.log(info.minSubnormal) - Math.LN2,
  };
}
