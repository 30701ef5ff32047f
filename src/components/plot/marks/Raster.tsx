import { memo, useLayoutEffect, useRef } from 'react';
import { color as parseColor, interpolateRgb, piecewise } from 'd3';
import { continuous, useFrame } from '../context';
import { useThemeVersion } from '../useThemeVersion';

interface RasterProps {
  /** cols × rows values in [0, 1], row 0 at the top. */
  values: ArrayLike<number>;
  cols: number;
  rows: number;
  /** Data coordinates of the grid's outer edges: [x0, x1, y0, y1]. */
  extent: readonly [number, number, number, number];
  /** Colours for 0 … 1, evenly spaced (CSS colours; var(--x) tokens follow the theme). */
  colors: readonly string[];
  /** Hard cell edges (a coarse field) rather than smooth interpolation. */
  pixelated?: boolean;
}

/** `var(--x)` resolved against an element, so a bitmap can use the theme's tokens. */
function resolve(c: string, el: Element): string | null {
  const m = /^var\((--[\w-]+)\)$/.exec(c.trim());
  return m ? getComputedStyle(el).getPropertyValue(m[1]).trim() || null : c;
}
/** What an undefined token paints as. */
const FALLBACK = '#888';

/** 256 RGB entries through the colours: per cell an index, not a colour interpolation. */
function lut(colors: readonly string[]): Uint8ClampedArray {
  const ramp = piecewise(interpolateRgb, colors.length > 1 ? [...colors] : [colors[0], colors[0]]);
  const out = new Uint8ClampedArray(256 * 3);
  for (let k = 0; k < 256; k++) {
    const c = parseColor(ramp(k / 255))?.rgb();
    out.set(c ? [c.r, c.g, c.b] : [128, 128, 128], 3 * k);
  }
  return out;
}

// One scratch canvas per grid size: a training run repaints its map every snapshot.
const scratch = new Map<string, CanvasRenderingContext2D | null>();
function context(cols: number, rows: number): CanvasRenderingContext2D | null {
  const key = `${cols}x${rows}`;
  if (!scratch.has(key)) {
    const c = document.createElement('canvas');
    c.width = cols;
    c.height = rows;
    scratch.set(key, c.getContext('2d'));
  }
  return scratch.get(key) ?? null;
}

/**
 * A field of values painted as a bitmap: an SVG <image> of a cols × rows PNG, stretched over
 * its extent. An image (not a <canvas> beside the SVG, not thousands of cells) keeps the
 * field inside the SVG, so the plot's axes, points and downloads include it, and costs one
 * small PNG encode per change. The href is set from the effect: no React render per repaint.
 * A layout effect: the bitmap changes in the commit that changed the values, so it is drawn in
 * the same frame as the marks over it. (Preact, in the iframe embeds, runs plain effects only
 * after the next frame, which cost every step a second frame: gaussians2d's embed, issue 20.)
 */
export const Raster = memo(function Raster({ values, cols, rows, extent, colors, pixelated = false }: RasterProps) {
  const f = useFrame();
  const x = continuous(f.x, 'Raster');
  const y = continuous(f.y, 'Raster');
  const ref = useRef<SVGImageElement>(null);
  const theme = useThemeVersion();
  const colorKey = colors.join('|');
  // The colour table for this ramp and theme, built once: resolving var(--x) forces a style
  // recalc and the 256 interpolations cost ~1 ms, which a slider used to pay on every step
  // (gaussians2d's σ sliders, issue 20). A theme change bumps `theme` and rebuilds it.
  const lutRef = useRef<{ key: string; table: Uint8ClampedArray } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const ctx = cols > 0 && rows > 0 && values.length >= cols * rows ? context(cols, rows) : null;
    if (!el) return;
    if (!ctx) {
      el.removeAttribute('href');
      return;
    }
    const key = `${theme}|${colorKey}`;
    let table = lutRef.current?.key === key ? lutRef.current.table : null;
    if (!table) {
      const resolved = colorKey.split('|').map((c) => resolve(c, el));
      table = lut(resolved.map((c) => c ?? FALLBACK));
      // A token not defined yet (a stylesheet still loading) is not kept: the next paint retries.
      lutRef.current = resolved.includes(null) ? null : { key, table };
    }
    const img = ctx.createImageData(cols, rows);
    for (let k = 0; k < cols * rows; k++) {
      const v = values[k];
      const j = 3 * Math.round(255 * (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5));
      img.data[4 * k] = table[j];
      img.data[4 * k + 1] = table[j + 1];
      img.data[4 * k + 2] = table[j + 2];
      img.data[4 * k + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    el.setAttribute('href', ctx.canvas.toDataURL());
  }, [values, cols, rows, colorKey, theme]);
  const [x0, x1, y0, y1] = extent;
  const left = x(x0);
  const top = y(y1);
  return (
    <image
      ref={ref}
      className="raster"
      x={left}
      y={top}
      width={Math.max(0, x(x1) - left)}
      height={Math.max(0, y(y0) - top)}
      preserveAspectRatio="none"
      style={pixelated ? { imageRendering: 'pixelated' } : undefined}
    />
  );
});
