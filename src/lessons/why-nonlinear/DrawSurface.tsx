import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { continuous, useFrame } from '../../components/plot/context';
import { Dot } from '../../components/plot/marks/Dot';
import { svgTabStop } from '../../components/svgFocus';
import { clampDraw, drawX } from './approx';
import { DRAW_POINTS } from './schema';

interface Props {
  pts: readonly number[];
  label: string;
  /** Every change; `done` is false while the pointer is still down (a preview). */
  onDraw: (pts: number[], done: boolean) => void;
  /** Spoken for the point the keyboard has selected. */
  describe: (i: number, v: number) => string;
}

/** How far one ↑/↓ press moves a point (Page Up/Down: five times as far). */
export const DRAW_STEP = 0.1;
const STEP = DRAW_STEP;

/**
 * Draw a target with the pointer: each move sets the nearest drawing point (and those it
 * skipped since the last move, so a fast stroke leaves no gaps). The same surface is a tab
 * stop: ←/→ pick a point (Home/End: the ends), ↑/↓ move it by 0.1 (PageUp/PageDown by 0.5).
 */
export function DrawSurface({ pts, label, onDraw, describe }: Props) {
  const f = useFrame();
  const x = continuous(f.x, 'DrawSurface');
  const y = continuous(f.y, 'DrawSurface');
  const [sel, setSel] = useState(0);
  // The selected point is marked only while the surface has keyboard focus.
  const [focused, setFocused] = useState(false);
  const drag = useRef<{ pts: number[]; last: number } | null>(null);

  function at(e: PointerEvent<SVGRectElement>): [number, number] {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * f.width;
    const py = ((e.clientY - r.top) / r.height) * f.height;
    const i = Math.round(((x.invert(px) - drawX(0)) / (drawX(DRAW_POINTS - 1) - drawX(0))) * (DRAW_POINTS - 1));
    return [Math.min(DRAW_POINTS - 1, Math.max(0, i)), clampDraw(y.invert(py))];
  }
  function paint(e: PointerEvent<SVGRectElement>, done: boolean) {
    const d = drag.current;
    if (!d) return;
    const [i, v] = at(e);
    const from = d.last < 0 ? i : d.last;
    const v0 = d.last < 0 ? v : d.pts[from];
    // Fill the points between the last one set and this one along a straight line.
    const lo = Math.min(from, i);
    const hi = Math.max(from, i);
    for (let k = lo; k <= hi; k++) d.pts[k] = hi === lo ? v : clampDraw(v0 + ((v - v0) * (k - from)) / (i - from));
    d.last = i;
    setSel(i);
    onDraw([...d.pts], done);
  }
  function key(e: KeyboardEvent<SVGRectElement>) {
    const moves: Record<string, number> = { ArrowUp: STEP, ArrowDown: -STEP, PageUp: 5 * STEP, PageDown: -5 * STEP };
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      setSel((s) => Math.min(DRAW_POINTS - 1, Math.max(0, s + (e.key === 'ArrowLeft' ? -1 : 1))));
    } else if (e.key === 'Home' || e.key === 'End') {
      setSel(e.key === 'Home' ? 0 : DRAW_POINTS - 1);
    } else if (e.key in moves) {
      const next = [...pts];
      next[sel] = clampDraw(next[sel] + moves[e.key]);
      onDraw(next, true);
    } else return;
    e.preventDefault();
  }
  const dots = pts.map((v, i) => {
    const mark = focused && i === sel;
    return { x: drawX(i), y: v, id: String(i), r: mark ? 6 : 3.5, fill: mark ? 'var(--c4)' : 'var(--c1)' };
  });
  return (
    <>
      <Dot data={dots} stroke="var(--surface)" idAttr="draw-point" />
      <rect
        ref={svgTabStop}
        className="draw-surface"
        width={f.width}
        height={f.height}
        fill="transparent"
        role="slider"
        aria-label={label}
        aria-valuemin={-1.5}
        aria-valuemax={1.5}
        aria-valuenow={pts[sel]}
        aria-valuetext={describe(sel, pts[sel])}
        onKeyDown={key}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { pts: [...pts], last: -1 };
          paint(e, false);
        }}
        onPointerMove={(e) => paint(e, false)}
        onPointerUp={(e) => {
          paint(e, true);
          drag.current = null;
        }}
        onPointerCancel={() => {
          if (drag.current) onDraw(drag.current.pts, true);
          drag.current = null;
        }}
      />
    </>
  );
}
