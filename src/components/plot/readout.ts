import { formatNumber } from '../../format/number';
import type { FrameScale } from './layout';
import { nearestIndex } from './scales';
import type { Series, YScaleKind } from './types';

/** Where the pointer is, in data units (x, y) and in pixels inside the frame (px, py). */
export interface PointerAt {
  x: number;
  y: number;
  px: number;
  py: number;
}

export interface ReadoutDot {
  x: number;
  y: number;
  color: string;
  /** An open ring around a mark (a picked point) rather than a dot on a curve. */
  ring?: boolean;
}

/** What a crosshair shows: the caption under the plot, a vertical rule, dots on the marks. */
export interface Readout {
  text: string;
  rule?: number;
  dots?: readonly ReadoutDot[];
}

/** Given the pointer and the frame's scales (to compare distances in pixels), what to show. */
export type Crosshair = (at: PointerAt, scales: { x: FrameScale; y: FrameScale }) => Readout | null;

/**
 * The curves' crosshair: a rule at the pointer's x, each series' nearest sample as a dot and
 * its exact value in the caption (the readout keeps the true value even where the path is
 * clipped).
 */
export function seriesCrosshair(series: readonly Series[], yKind: YScaleKind = 'linear'): Crosshair {
  return (at) => {
    if (series.length === 0) return null;
    const hits = series.map((s) => {
      const i = nearestIndex(s.x, at.x);
      return { s, xv: i >= 0 ? s.x[i] : NaN, yv: i >= 0 ? s.y[i] : NaN };
    });
    return {
      text: `x = ${formatNumber(hits[0].xv)} · ` + hits.map(({ s, yv }) => `${s.label} = ${formatNumber(yv)}`).join(' · '),
      rule: at.x,
      dots: hits.filter(({ yv }) => Number.isFinite(yv) && (yKind !== 'log' || yv > 0)).map(({ s, xv, yv }) => ({ x: xv, y: yv, color: s.color })),
    };
  };
}

/** Index of the point nearest the pointer within `radius` pixels, or −1. */
export function nearestPoint(px: ArrayLike<number>, py: ArrayLike<number>, at: { px: number; py: number }, radius = 24): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < px.length; i++) {
    const d = (px[i] - at.px) ** 2 + (py[i] - at.py) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}
