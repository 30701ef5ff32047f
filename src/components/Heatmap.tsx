import { useEffect, useRef, useState } from 'react';
import { interpolateRgb } from 'd3';

/**
 * A decision-boundary heatmap: a gridSize² field of values in [0, 1] (row 0 = top, as the
 * trainer's decisionGrid returns it) over [−extent, extent]², painted on a canvas from
 * `lowColor` through the surface colour to `highColor`, with the data points on top as
 * SVG marks told apart by shape (○ vs ✕) as well as colour. The accessible name is
 * `summary`; the canvas itself is decoration.
 */
export interface HeatmapPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

export interface HeatmapProps {
  summary: string;
  values: Float32Array | Float64Array;
  gridSize: number;
  extent: number;
  points?: readonly HeatmapPoint[];
  /** CSS colours (var(--cN) allowed) for value 0 and value 1. */
  lowColor?: string;
  highColor?: string;
  /** Rendered size in CSS pixels (square); shrinks to fit its container. */
  size?: number;
}

/** Resolves `var(--x)` against the document so a canvas can use theme tokens. */
function resolveColor(c: string, el: Element): string {
  const m = /^var\((--[\w-]+)\)$/.exec(c.trim());
  return m ? getComputedStyle(el).getPropertyValue(m[1]).trim() || '#888' : c;
}

/** Bumps a counter when the theme attribute changes, so canvases repaint in the new colours. */
function useThemeVersion(): number {
  const [v, setV] = useState(0);
  useEffect(() => {
    const mo = new MutationObserver(() => setV((x) => x + 1));
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onMq = () => setV((x) => x + 1);
    mq.addEventListener('change', onMq);
    return () => {
      mo.disconnect();
      mq.removeEventListener('change', onMq);
    };
  }, []);
  return v;
}

export function Heatmap({ summary, values, gridSize, extent, points = [], lowColor = 'var(--c1)', highColor = 'var(--c2)', size = 260 }: HeatmapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const mid = resolveColor('var(--surface)', el);
    const lo = interpolateRgb(resolveColor(lowColor, el), mid);
    const hi = interpolateRgb(mid, resolveColor(highColor, el));
    const img = ctx.createImageData(gridSize, gridSize);
    for (let k = 0; k < gridSize * gridSize; k++) {
      const v = Math.min(1, Math.max(0, values[k]));
      // Pale near 0.5 so the boundary reads as the light seam between the two colours.
      const rgb = v < 0.5 ? lo(v * 2) : hi((v - 0.5) * 2);
      const m = /(\d+), (\d+), (\d+)/.exec(rgb);
      img.data[4 * k] = Number(m?.[1] ?? 128);
      img.data[4 * k + 1] = Number(m?.[2] ?? 128);
      img.data[4 * k + 2] = Number(m?.[3] ?? 128);
      img.data[4 * k + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, gridSize, lowColor, highColor, theme]);

  const toPx = (v: number) => ((v + extent) / (2 * extent)) * 100;
  return (
    <div className="heatmap" role="img" aria-label={summary} style={{ position: 'relative', width: '100%', maxWidth: size, aspectRatio: '1' }}>
      <canvas ref={canvas} width={gridSize} height={gridSize} aria-hidden="true" style={{ width: '100%', height: '100%', imageRendering: 'pixelated', display: 'block', borderRadius: 6 }} />
      <svg viewBox="0 0 100 100" aria-hidden="true" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}>
        {points.map((p, i) => {
          const cx = toPx(p.x);
          const cy = 100 - toPx(p.y);
          const color = p.label === 1 ? highColor : lowColor;
          return p.label === 1 ? (
            <path key={i} d={`M${cx - 1.3},${cy - 1.3}L${cx + 1.3},${cy + 1.3}M${cx - 1.3},${cy + 1.3}L${cx + 1.3},${cy - 1.3}`} stroke={color} strokeWidth={0.9} />
          ) : (
            <circle key={i} cx={cx} cy={cy} r={1.2} fill="var(--surface)" stroke={color} strokeWidth={0.7} />
          );
        })}
      </svg>
    </div>
  );
}
