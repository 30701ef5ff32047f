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

// One g×g offscreen canvas per grid size, reused by every paint: a training run repaints
// dozens of unit maps per snapshot, and a fresh canvas + context each time showed up as
// the main thread's largest cost in profiles.
const scratches = new Map<number, CanvasRenderingContext2D>();
function scratch(g: number): CanvasRenderingContext2D {
  let ctx = scratches.get(g);
  if (!ctx) {
    const off = document.createElement('canvas');
    off.width = g;
    off.height = g;
    const c = off.getContext('2d');
    if (!c) throw new Error('2d canvas unavailable');
    scratches.set(g, (ctx = c));
  }
  return ctx;
}

/**
 * Paints a g×g grid (row 0 = top) into a canvas through an offscreen g×g image, scaled
 * up with smoothing. `value` maps each cell to [−1, 1].
 */
export function paintGrid(canvas: HTMLCanvasElement, data: Float32Array, g: number, value: (v: number) => number, offset = 0, grey = false): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || g < 1) return;
  const img = new ImageData(g, g);
  for (let i = 0; i < g * g; i++) {
    let c = diverging(value(data[offset + i]));
    if (grey) {
      const l = 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2];
      c = mix([l, l, l], DEAD_GREY, 0.6);
    }
    img.data[4 * i] = c[0];
    img.data[4 * i + 1] = c[1];
    img.data[4 * i + 2] = c[2];
    img.data[4 * i + 3] = 255;
  }
  scratch(g).putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(scratch(g).canvas, 0, 0, canvas.width, canvas.height);
}
