import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleBand, scaleLinear } from 'd3';
import { useWidth } from './plot/useWidth';
import { formatNumber } from './plot/scales';
import { svgTabStop } from './svgFocus';

export interface Bar {
  id: string;
  label: string;
  value: number;
  color?: string;
  /** Text drawn above the bar instead of the formatted value (e.g. "66.5%"). */
  valueText?: string;
}

export interface BarChartProps {
  /** Accessible name: what the bars show right now. */
  summary: string;
  bars: readonly Bar[];
  domain: [number, number];
  height?: number;
  format?: (v: number) => string;
  /** When set, each bar is a keyboard- and pointer-draggable slider. */
  edit?: { min: number; max: number; step: number; onChange: (index: number, value: number) => void; name: (bar: Bar) => string };
}

const M = { top: 22, right: 8, bottom: 34, left: 44 };

/** Vertical bars; d3 computes the band and value scales, React draws them. */
export function BarChart({ summary, bars, domain, height = 240, format = (v) => formatNumber(v, 3), edit }: BarChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const dragging = useRef<number | null>(null);
  const innerW = Math.max(60, width - M.left - M.right);
  const innerH = height - M.top - M.bottom;
  const x = scaleBand<string>().domain(bars.map((b) => b.id)).range([0, innerW]).padding(0.25);
  const y = scaleLinear().domain(domain).range([innerH, 0]).nice();
  const y0 = y(Math.max(y.domain()[0], Math.min(y.domain()[1], 0)));
  const clampV = (v: number) => (edit ? Math.min(edit.max, Math.max(edit.min, Math.round(v / edit.step) * edit.step)) : v);

  function valueAt(e: PointerEvent<SVGElement>): number {
    const svg = e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    const rect = svg.getBoundingClientRect();
    const py = ((e.clientY - rect.top) / rect.height) * height - M.top;
    return clampV(y.invert(py));
  }
  function onKey(i: number, e: KeyboardEvent<SVGGElement>) {
    if (!edit) return;
    const big = (edit.max - edit.min) / 10;
    const delta: Record<string, number> = { ArrowUp: edit.step, ArrowRight: edit.step, ArrowDown: -edit.step, ArrowLeft: -edit.step, PageUp: big, PageDown: -big };
    let v: number | undefined;
    if (e.key in delta) v = bars[i].value + delta[e.key];
    if (e.key === 'Home') v = edit.min;
    if (e.key === 'End') v = edit.max;
    if (v === undefined) return;
    e.preventDefault();
    edit.onChange(i, clampV(v));
  }

  return (
    <div className="bar-chart" ref={ref}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role={edit ? 'group' : 'img'} aria-label={summary}>
        <g transform={`translate(${M.left},${M.top})`}>
          {y.ticks(5).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`} className="axis" aria-hidden="true">
              <line className="gridline" x2={innerW} />
              <text x={-6} dy="0.32em" textAnchor="end">
                {formatNumber(t, 3)}
              </text>
            </g>
          ))}
          <line x1={0} x2={innerW} y1={y0} y2={y0} stroke="var(--muted)" />
          {bars.map((b, i) => {
            const bx = x(b.id) ?? 0;
            const v = Number.isFinite(b.value) ? Math.max(y.domain()[0], Math.min(y.domain()[1], b.value)) : 0;
            const top = Math.min(y(v), y0);
            const h = Math.abs(y(v) - y0);
            return (
              <g
                key={b.id}
                data-bar={b.id}
                {...(edit
                  ? {
                      role: 'slider',
                      ref: svgTabStop,
                      'aria-label': edit.name(b),
                      'aria-valuemin': edit.min,
                      'aria-valuemax': edit.max,
                      'aria-valuenow': b.value,
                      'aria-valuetext': format(b.value),
                      onKeyDown: (e: KeyboardEvent<SVGGElement>) => onKey(i, e),
                      onPointerDown: (e: PointerEvent<SVGGElement>) => {
                        dragging.current = i;
                        e.currentTarget.setPointerCapture(e.pointerId);
                        edit.onChange(i, valueAt(e));
                      },
                      onPointerMove: (e: PointerEvent<SVGGElement>) => {
                        if (dragging.current === i) edit.onChange(i, valueAt(e));
                      },
                      onPointerUp: () => {
                        dragging.current = null;
                      },
                      style: { cursor: 'ns-resize', touchAction: 'none' },
                    }
                  : {})}
              >
                {edit && <rect x={bx - 4} width={x.bandwidth() + 8} height={innerH} fill="transparent" />}
                <rect x={bx} y={top} width={x.bandwidth()} height={Math.max(h, 1)} rx={3} fill={b.color ?? 'var(--c1)'} />
                <text x={bx + x.bandwidth() / 2} y={top - 6} textAnchor="middle" className="bar-value">
                  {b.valueText ?? format(b.value)}
                </text>
                <text x={bx + x.bandwidth() / 2} y={innerH + 20} textAnchor="middle" className="bar-label">
                  {b.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
