import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../components/plot/Axis';
import { useWidth } from '../../components/plot/useWidth';
import { PlotDataTable } from '../../components/plot/PlotDataTable';
import type { Series } from '../../components/plot/types';
import { PlotLegend } from '../../components/plot/PlotLegend';

export interface Ball {
  id: string;
  w: number;
  loss: number;
  color: string;
  shape: 'circle' | 'square';
}

interface Props {
  summary: string;
  series: readonly Series[];
  balls: readonly Ball[];
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  tableLabel: string;
}

const M = { top: 14, right: 14, bottom: 40, left: 52 };
const H = 260;

/** Loss curves with a ball on each; the balls glide (CSS transition, off under reduced motion). */
export function LandscapePlot({ summary, series, balls, xDomain, yDomain, xLabel, yLabel, tableLabel }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const innerW = Math.max(80, width - M.left - M.right);
  const innerH = H - M.top - M.bottom;
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, innerW]), [xDomain, innerW]);
  const y = useMemo(() => scaleLinear().domain(yDomain).range([innerH, 0]), [yDomain, innerH]);
  const paths = useMemo(
    () =>
      series.map((s) => {
        const idx = Array.from({ length: s.x.length }, (_, i) => i);
        return { s, d: line<number>().x((i) => x(s.x[i])).y((i) => y(s.y[i]))(idx) ?? '' };
      }),
    [series, x, y],
  );
  return (
    <figure className="plot landscape" ref={ref} style={{ margin: 0 }}>
      <PlotLegend series={series} />
      <svg viewBox={`0 0 ${width} ${H}`} width={width} height={H} role="img" aria-label={summary}>
        <g transform={`translate(${M.left},${M.top})`}>
          <g transform={`translate(0,${innerH})`}>
            <Axis scale={x} orient="bottom" gridLength={innerH} ticks={Math.max(3, Math.floor(innerW / 70))} />
          </g>
          <Axis scale={y} orient="left" gridLength={innerW} ticks={5} />
          {paths.map(({ s, d }) => (
            <path key={s.id} className="series" data-series={s.id} d={d} fill="none" stroke={s.color} strokeWidth={s.width ?? 2.5} strokeDasharray={s.dash} />
          ))}
          {/* Drawn last-first so the step unit's square sits on top where the balls overlap. */}
          {[...balls].reverse().map((b) => (
            <g key={b.id} className="ball" data-ball={b.id} style={{ transform: `translate(${x(b.w)}px, ${y(b.loss)}px)` }}>
              {b.shape === 'circle' ? (
                <circle r={8} fill={b.color} stroke="var(--surface)" strokeWidth={2} />
              ) : (
                <rect x={-7} y={-7} width={14} height={14} fill={b.color} stroke="var(--surface)" strokeWidth={2} />
              )}
            </g>
          ))}
          <text className="axis-label" x={innerW / 2} y={innerH + 34} textAnchor="middle">
            {xLabel}
          </text>
          <text className="axis-label" transform={`translate(${-40},${innerH / 2}) rotate(-90)`} textAnchor="middle">
            {yLabel}
          </text>
        </g>
      </svg>
      <PlotDataTable series={series} label={tableLabel} rows={21} />
    </figure>
  );
}
