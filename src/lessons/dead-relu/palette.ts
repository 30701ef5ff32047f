/**
 * Colour maps for the canvases. Diverging blue–white–orange (after ColorBrewer PuOr/RdBu's
 * colour-blind-safe ends): distinguishable with every common colour-vision deficiency and in
 * greyscale by lightness, unlike red–green.
 */
type RGB = readonly [number, number, number];
const BLUE: RGB = [33, 102, 172];
const MID: RGB = [247, 247, 247];
const ORANGE: RGB = [179, 88, 6];
export const DEAD_GREY: RGB = [150, 150, 150];
/** The same map as CSS colours for 0, ½, 1 (a plot's Raster mark): blue, near-white, orange. */
export const DIVERGING_STOPS = [BLUE, MID, ORANGE].map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);

function mix(a: RGB, b: RGB, t: number): RGB {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** t in [−1, 1]: −1 blue, 0 near-white, +1 orange. NaN draws grey. */
export function diverging(t: number): RGB {
  if (Number.isNaN(t)) return DEAD_GREY;
  const c = Math.max(-1, Math.min(1, t));
  return c < 0 ? mix(MID, BLUE, -c) : mix(MID, ORANGE, c);
}

// One g×g offscreen canvas (and its ImageData) per grid size, reused by every paint: a
// training run repaints dozens of unit maps per snapshot, and a fresh canvas + context (or
// image) each time showed up as the main thread's largest cost in profiles.
const scratches = new Map<number, { ctx: CanvasRenderingContext2D; img: ImageData }>();
function scratch(g: number): { ctx: CanvasRenderingContext2D; img: ImageData } {
  let s = scratches.get(g);
  if (!s) {
    const off = document.createElement('canvas');
    off.width = g;
    off.height = g;
    const c = off.getContext('2d');
    if (!c) throw new Error('2d canvas unavailable');
    scratches.set(g, (s = { ctx: c, img: c.createImageData(g, g) }));
  }
  return s;
}
// getContext per paint is a DOM call per unit per snapshot; the context never changes.
const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D | null>();

/**
 * The RGBA bytes of a g×g grid into `px`: diverging() (and the dead grey) written out without
 * its per-cell arrays — the same arithmetic, so the same bytes (palette.test.ts checks).
 */
export function gridPixels(px: Uint8ClampedArray, data: ArrayLike<number>, g: number, value: (v: number) => number, offset = 0, grey = false): void {
  for (let i = 0; i < g * g; i++) {
    const t = value(data[offset + i]);
    let r: number, gr: number, b: number;
    if (Number.isNaN(t)) [r, gr, b] = DEAD_GREY;
    else {
      const c = Math.max(-1, Math.min(1, t));
      const to = c < 0 ? BLUE : ORANGE;
      const k = c < 0 ? -c : c;
      r = MID[0] + (to[0] - MID[0]) * k;
      gr = MID[1] + (to[1] - MID[1]) * k;
      b = MID[2] + (to[2] - MID[2]) * k;
    }
    if (grey) {
      const l = 0.3 * r + 0.59 * gr + 0.11 * b;
      r = l + (DEAD_GREY[0] - l) * 0.6;
      gr = l + (DEAD_GREY[1] - l) * 0.6;
      b = l + (DEAD_GREY[2] - l) * 0.6;
    }
    px[4 * i] = r;
    px[4 * i + 1] = gr;
    px[4 * i + 2] = b;
    px[4 * i + 3] = 255;
  }
}

/**
 * Paints a g×g grid (row 0 = top) into a canvas through an offscreen g×g image, scaled
 * up with smoothing. `value` maps each cell to [−1, 1].
 */
export function paintGrid(canvas: HTMLCanvasElement, data: Float32Array, g: number, value: (v: number) => number, offset = 0, grey = false): void {
  let ctx = contexts.get(canvas);
  if (ctx === undefined) contexts.set(canvas, (ctx = canvas.getContext('2d')));
  if (!ctx || g < 1) return;
  const { ctx: off, img } = scratch(g);
  gridPixels(img.data, data, g, value, offset, grey);
  off.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(off.canvas, 0, 0, canvas.width, canvas.height);
}
