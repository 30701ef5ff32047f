import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { useTranslation } from 'react-i18next';
import { Axis } from './Axis';
import { autoYDomain, formatNumber, makeYScale, nearestIndex } from './scales';
import { useWidth } from './useWidth';
import { PlotDataTable } from './PlotDataTable';
import type { Band, Series, YScaleKind } from './types';
import { PlotExport } from './PlotExport';
import { PlotLegend } from './PlotLegend';

export interface PlotProps {
  /** Accessible name: a one-sentence summary of what the plot shows right now. */
  summary: string;
  series: readonly Series[];
  xDomain: [number, number];
  yDomain?: [number, number];
  yScale?: YScaleKind;
  /** 'log' for positive x ranges that span decades (temperature, n, learning rate). */
  xScale?: YScaleKind;
  xLabel?: string;
  yLabel?: string;
  bands?: readonly Band[];
  height?: number;
  /** Offer a "show data" table (the text alternative for the curves). */
  dataTable?: boolean;
  /** File name stem for SVG/PNG/CSV downloads; no export buttons when absent. */
  exportName?: string;
}

const M = { top: 12, right: 16, bottom: 40, left: 58 };

export function Plot({ summary, series, xDomain, yDomain, yScale = 'linear', xScale = 'linear', xLabel, yLabel, bands = [], height = 320, dataTable = true, exportName }: PlotProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { t } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hoverX, setHoverX] = useState<number | null>(null);
  const innerW = Math.max(60, width - M.left - M.right);
  const innerH = height - M.top - M.bottom;

  // Domains by value: callers pass literals like [-xMax, xMax], a new array every render,
  // which must not rebuild the scales and every path when some other setting moves.
  const [xLo, xHi] = xDomain;
  const [yLo, yHi] = yDomain ?? [NaN, NaN];
  const { x, y } = useMemo(() => {
    const x = xScale === 'log' ? scaleLog().domain([xLo, xHi]).range([0, innerW]) : scaleLinear().domain([xLo, xHi]).range([0, innerW]);
    const yDom: [number, number] = Number.isNaN(yLo) ? autoYDomain(series, yScale) : [yLo, yHi];
    const y = makeYScale(yScale, yDom, [innerH, 0]);
    return { x, y };
  }, [xLo, xHi, yLo, yHi, yScale, xScale, series, innerW, innerH]);

  const paths = useMemo(() => {
    const [y0, y1] = y.domain();
    const lo = Math.min(y0, y1);
    const hi = Math.max(y0, y1);
    const span = hi - lo;
    return series.map((s) => {
      const idx = Array.from({ length: s.x.length }, (_, i) => i);
      const gen = line<number>()
        .defined((i) => Number.isFinite(s.y[i]) && (yScale !== 'log' || s.y[i] > 0) && (xScale !== 'log' || s.x[i] > 0))
        // Clip far-off values so SVG coordinates stay sane; the readout keeps the true value.
        .x((i) => x(s.x[i]))
        .y((i) => y(yScale === 'log' ? s.y[i] : Math.min(hi + span, Math.max(lo - span, s.y[i]))));
      return { s, d: gen(idx) ?? '' };
    });
  }, [series, x, y, yScale, xScale]);

  function onPointer(e: PointerEvent<SVGRectElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - rect.left) / rect.width) * innerW;
    setHoverX(x.invert(Math.max(0, Math.min(innerW, px))));
  }

  const readout =
    hoverX === null
      ? null
      : series.map((s) => {
          const i = nearestIndex(s.x, hoverX);
          return { s, xv: i >= 0 ? s.x[i] : NaN, yv: i >= 0 ? s.y[i] : NaN };
        });
  const clip = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const zeroY = yScale === 'linear' && y.domain()[0] < 0 && y.domain()[1] > 0 ? y(0) : null;
  const zeroX = xScale === 'linear' && xDomain[0] < 0 && xDomain[1] > 0 ? x(0) : null;

  return (
    <figure className="plot" ref={ref} style={{ margin: 0 }}>
      <PlotLegend series={series} />
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary}>
        <defs>
          <clipPath id={clip}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          {bands.map((b, i) => {
            const x0 = x(Math.max(b.x0, xDomain[0]));
            const x1 = x(Math.min(b.x1, xDomain[1]));
            return x1 > x0 ? <rect key={i} className="band" x={x0} width={x1 - x0} height={innerH} fill={b.color ?? 'var(--shade)'} /> : null;
          })}
          <g transform={`translate(0,${innerH})`}>
            <Axis scale={x} orient="bottom" gridLength={innerH} ticks={Math.max(3, Math.floor(innerW / 80))} log={xScale === 'log'} />
          </g>
          <Axis scale={y} orient="left" gridLength={innerW} ticks={Math.max(3, Math.floor(innerH / 50))} log={yScale === 'log'} />
          {zeroY !== null && <line x1={0} x2={innerW} y1={zeroY} y2={zeroY} stroke="var(--muted)" strokeOpacity={0.5} />}
          {zeroX !== null && <line x1={zeroX} x2={zeroX} y1={0} y2={innerH} stroke="var(--muted)" strokeOpacity={0.5} />}
          <g clipPath={`url(#${clip})`}>
            {paths.map(({ s, d }) => (
              <path key={s.id} className="series" data-series={s.id} d={d} fill="none" stroke={s.color} strokeWidth={s.width ?? 2.5} strokeDasharray={s.dash} strokeLinejoin="round" />
            ))}
          </g>
          {readout && hoverX !== null && (
            <g pointerEvents="none">
              <line x1={x(hoverX)} x2={x(hoverX)} y1={0} y2={innerH} stroke="var(--text)" strokeOpacity={0.4} />
              {readout.map(({ s, xv, yv }) =>
                Number.isFinite(yv) && (yScale !== 'log' || yv > 0) ? <circle key={s.id} cx={x(xv)} cy={y(yv)} r={4} fill={s.color} /> : null,
              )}
            </g>
          )}
          <rect width={innerW} height={innerH} fill="transparent" onPointerMove={onPointer} onPointerDown={onPointer} onPointerLeave={() => setHoverX(null)} />
          {xLabel && (
            <text className="axis-label" x={innerW / 2} y={innerH + 36} textAnchor="middle">
              {xLabel}
            </text>
          )}
          {yLabel && (
            <text className="axis-label" transform={`translate(${-46},${innerH / 2}) rotate(-90)`} textAnchor="middle">
              {yLabel}
            </text>
          )}
        </g>
      </svg>
      <figcaption className="plot-readout">
        {readout
          ? `x = ${formatNumber(readout[0]?.xv ?? NaN)} · ` + readout.map(({ s, yv }) => `${s.label} = ${formatNumber(yv)}`).join(' · ')
          : '\u00a0'}
      </figcaption>
      <div className="plot-footer">
        {dataTable && <PlotDataTable series={series} label={t('widget.plotData')} />}
        {exportName && <PlotExport svgRef={svgRef} series={series} name={exportName} />}
      </div>
    </figure>
  );
}
