import { memo, useEffect, useRef } from 'react';
import { color as parseColor } from 'd3';
import { continuous, useFrame } from '../../components/plot/context';
import { useThemeVersion } from '../../components/plot/useThemeVersion';

/** Class k is drawn in var(--c{k+1}): the same colour for its points, its region and its accuracy. */
export const CLASS_COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)'] as const;

type RGB = [number, number, number];

/** The theme's colour behind a `var(--x)` token, as RGB. */
function rgbOf(token: string, el: Element): RGB {
  const m = /^var\((--[\w-]+)\)$/.exec(token);
  const c = parseColor(m ? getComputedStyle(el).getPropertyValue(m[1]).trim() || '#888' : token)?.rgb();
  return c ? [c.r, c.g, c.b] : [128, 128, 128];
}

/**
 * A canvas painted by `paint` becomes the href of an SVG <image> over the whole plot area. The
 * PNG is encoded by toBlob, which Chromium does off the main thread: a 840 × 840 bitmap of
 * 10 000 points through toDataURL was a long task of its own.
 */
function useCanvasImage(width: number, height: number, paint: (ctx: CanvasRenderingContext2D, el: Element) => void, deps: readonly unknown[]) {
  const ref = useRef<SVGImageElement>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    const el = ref.current;
    if (!el || width <= 0 || height <= 0) return;
    canvas.current ??= document.createElement('canvas');
    const c = canvas.current;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    paint(ctx, el);
    let live = true;
    let url: string | null = null;
    c.toBlob((blob) => {
      if (!live || !blob) return;
      url = URL.createObjectURL(blob);
      el.setAttribute('href', url);
    });
    return () => {
      live = false;
      // The next picture replaces this one; its object URL is freed once that one is set.
      if (url) setTimeout(() => URL.revokeObjectURL(url as string), 1000);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` stands for what paint reads
  }, [width, height, theme, ...deps]);
  return ref;
}

/**
 * Per cell the most probable class's colour, faded towards the page colour as the net grows
 * unsure (top probability 1/k: page colour; 1: full colour). `probs` is cell-major k values
 * (Trainer.classGrid), row 0 at the top.
 */
export const ClassRegions = memo(function ClassRegions({ probs, grid, k }: { probs: Float32Array; grid: number; k: number }) {
  const f = useFrame();
  const ref = useCanvasImage(f.width, f.height, (ctx, el) => {
    // Before the first snapshot (grid 0) or while a new run's grid is on its way: nothing to paint.
    if (grid < 1 || probs.length < grid * grid * k) {
      ctx.canvas.width = 1;
      ctx.canvas.height = 1;
      ctx.clearRect(0, 0, 1, 1);
      return;
    }
    ctx.canvas.width = grid;
    ctx.canvas.height = grid;
    const bg = rgbOf('var(--bg)', el);
    const cols = CLASS_COLORS.slice(0, k).map((c) => rgbOf(c, el));
    const img = ctx.createImageData(grid, grid);
    for (let cell = 0; cell < grid * grid; cell++) {
      let top = 0;
      for (let c = 1; c < k; c++) if (probs[cell * k + c] > probs[cell * k + top]) top = c;
      const a = Math.max(0, Math.min(1, (probs[cell * k + top] - 1 / k) / (1 - 1 / k))) * 0.75;
      for (let ch = 0; ch < 3; ch++) img.data[4 * cell + ch] = bg[ch] + (cols[top][ch] - bg[ch]) * a;
      img.data[4 * cell + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [probs, grid, k]);
  return <image ref={ref} className="dr-regions" width={f.width} height={f.height} preserveAspectRatio="none" />;
});

/**
 * The reader's points drawn on a <canvas> inside the SVG (a foreignObject): thousands of SVG
 * nodes would make every repaint slow, and encoding a bitmap for an <image> (toBlob,
 * toDataURL) took a second for 10 000 points on the 2-core VM. One path per class, filled and
 * stroked once. Class k is a disc of var(--c{k+1}) with a page-coloured rim; class 0 a square,
 * so two classes differ in shape as well as colour. (The plot's SVG download leaves the canvas
 * out; its CSV has every point.)
 */
export const PointsBitmap = memo(function PointsBitmap({ flat }: { flat: readonly number[] }) {
  const f = useFrame();
  const x = continuous(f.x, 'PointsBitmap');
  const y = continuous(f.y, 'PointsBitmap');
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || f.width <= 0) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    c.width = Math.round(f.width * dpr);
    c.height = Math.round(f.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, f.width, f.height);
    const n = Math.floor(flat.length / 3);
    const r = n > 2000 ? 2.2 : n > 500 ? 3 : 4.2; // smaller marks as the cloud gets dense
    ctx.lineWidth = n > 2000 ? 0.6 : 1.2;
    ctx.strokeStyle = `rgb(${rgbOf('var(--bg)', c).join(',')})`;
    for (let k = 0; k < CLASS_COLORS.length; k++) {
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        if (Math.min(4, Math.max(0, Math.round(flat[3 * i + 2]))) !== k) continue;
        const px = x(flat[3 * i]);
        const py = y(flat[3 * i + 1]);
        if (k === 0) ctx.rect(px - r, py - r, 2 * r, 2 * r);
        else {
          ctx.moveTo(px + r, py);
          ctx.arc(px, py, r, 0, 2 * Math.PI);
        }
      }
      ctx.fillStyle = `rgb(${rgbOf(CLASS_COLORS[k], c).join(',')})`;
      ctx.fill();
      ctx.stroke();
    }
  }, [flat, x, y, f.width, f.height, theme]);
  return (
    <foreignObject width={f.width} height={f.height} pointerEvents="none" className="dr-points">
      <canvas ref={ref} data-points={Math.floor(flat.length / 3)} style={{ width: f.width, height: f.height, display: 'block' }} />
    </foreignObject>
  );
});
