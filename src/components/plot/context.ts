import { createContext, useContext } from 'react';
import { isBandScale, type Continuous, type FrameScale } from './layout';
import type { ScaleBand } from 'd3';

/**
 * What a Frame hands its marks: the two scales (already sized to the inner area), the inner
 * width and height, and the clip path that keeps marks inside. A context rather than render
 * props so a plot reads as a list of marks (<Line/>, <RuleX/>…) and a lesson can add its own
 * mark anywhere below a Frame. The value is memoised on the scales: a mark re-renders when
 * its own data or the scales change, never because the pointer moved (hover lives in the
 * Frame's state, outside this context).
 */
export interface FrameValue {
  x: FrameScale;
  y: FrameScale;
  width: number;
  height: number;
  /** `url(#…)` of the frame's clip rectangle. */
  clip: string;
}

export const FrameContext = createContext<FrameValue | null>(null);

export function useFrame(): FrameValue {
  const f = useContext(FrameContext);
  if (!f) throw new Error('a plot mark must be drawn inside a <Frame>');
  return f;
}

/** The scale as a continuous one; a mark that needs numbers on this axis says so loudly. */
export function continuous(s: FrameScale, mark: string): Continuous {
  if (isBandScale(s)) throw new Error(`${mark} needs a continuous (linear or log) scale`);
  return s;
}

export function band(s: FrameScale, mark: string): ScaleBand<string> {
  if (!isBandScale(s)) throw new Error(`${mark} needs a band scale`);
  return s;
}
