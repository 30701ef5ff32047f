/** One curve: x ascending; y may hold NaN/±Infinity, drawn as gaps. */
export interface Series {
  id: string;
  label: string;
  /** A CSS colour, usually a var(--cN) token so themes apply. */
  color: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** SVG stroke-dasharray: a second cue besides colour. */
  dash?: string;
  width?: number;
}

/** A shaded x-interval, e.g. the saturated region of an activation. */
export interface Band {
  x0: number;
  x1: number;
  color?: string;
}

export type YScaleKind = 'linear' | 'log';
