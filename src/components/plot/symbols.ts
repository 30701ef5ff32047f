import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolWye, type SymbolType } from 'd3';

/**
 * Point shapes: a second cue besides colour, so groups and classes stay apart in greyscale
 * and for colour-blind readers. 'times' (✕) is stroked, the others filled.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye' | 'times';

const SHAPES: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond,
  cross: symbolCross, star: symbolStar, wye: symbolWye, times: symbolTimes,
};

// A few shapes × sizes per page, drawn for hundreds of points: build each path string once.
const cache = new Map<string, string>();

/** The path of a shape centred on 0,0 whose area matches a circle of radius r. */
export function symbolPath(shape: MarkerShape, r: number): string {
  const key = `${shape}:${r}`;
  let d = cache.get(key);
  if (d === undefined) {
    d = symbol(SHAPES[shape], Math.PI * r * r)() ?? '';
    cache.set(key, d);
  }
  return d;
}
