import { useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Axis } from './Axis';
import { FrameContext, type FrameValue } from './context';
import { frameMargin, isBand, isBandScale, makeScale, scaleKey, type FrameScale, type Margin, type ScaleSpec } from './layout';
import { PlotDataTable } from './PlotDataTable';
import { PlotExport } from './PlotExport';
import { PlotLegend, type LegendItem } from './PlotLegend';
import type { Crosshair } from './readout';
import { tableCsv, type PlotTable } from './table';
import { useWidth } from './useWidth';

export interface FrameProps {
  /** Accessible name: a one-sentence summary of what the plot shows right now. */
  summary: string;
  x: ScaleSpec;
  y: ScaleSpec;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  /** A square plot as wide as its container, at most this many pixels (height ignored). */
  square?: number;
  /** Extra room a mark needs beyond the axes (values above bars, totals right of rows). */
  margin?: Partial<Margin>;
  legend?: readonly LegendItem[];
  /** The text alternative ("Show data") and, unless `csv` is given, the CSV export. */
  table: PlotTable;
  tableLabel?: string;
  /** Full-precision CSV when the table is a sample (curves); built only on download. */
  csv?: () => string;
  /** File name stem for downloads; defaults to the widget's id (numbered if it has several plots). */
  exportName?: string;
  /** Pointer readout: what to show for the point under the pointer. */
  crosshair?: Crosshair;
  /** 'group' when the plot holds its own controls (editable bars). */
  role?: 'img' | 'group';
  className?: string;
  /** A heading above the plot (the figure's caption). */
  title?: string;
  titleClassName?: string;
  /** SVG definitions marks refer to (fill patterns). */
  defs?: ReactNode;
  children?: ReactNode;
}

/** A scale memoised on the spec's values, never on the identity of its domain array. */
function useScale(spec: ScaleSpec, r0: number, r1: number): FrameScale {
  const [kind, a, b, nice] = scaleKey(spec);
  return useMemo(() => makeScale(kind, a, b, nice, r0, r1), [kind, a, b, nice, r0, r1]);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * A plot's frame: size, margins, scales, axes, clip, crosshair, legend, data table and
 * export. Its children are marks that draw with the frame's scales (see context.ts); the
 * frame draws axes under them and the crosshair over them. Every plot is a `figure.plot`
 * with an accessible name, a "Show data" table and SVG/PNG/CSV downloads.
 */
export function Frame(props: FrameProps) {
  const { summary, x: xs, y: ys, height = 320, square, margin, legend, table, tableLabel, csv, exportName, crosshair, role = 'img', className, title, titleClassName, defs, children } = props;
  const { t } = useTranslation();
  // Per language, not per render: a plot redrawn on every training snapshot or slider step
  // paid two i18next lookups (tens of µs each) every time (issue 20's profiles).
  const labels = useMemo(() => ({ data: t('widget.plotData'), export: t('widget.export') }), [t]);
  const svgRef = useRef<SVGSVGElement>(null);
  // The CSV builder of the latest render, read by the export buttons on click (they are
  // memoised and need not re-render when only this closure's identity changes).
  const csvRef = useRef<() => string>(() => '');
  useLayoutEffect(() => {
    csvRef.current = csv ?? (() => tableCsv(table));
  });
  const [ref, measured] = useWidth<HTMLElement>(square ?? 640);
  const width = square ? clamp(measured, 120, square) : measured;
  const h = square ? width : height;
  const m = frameMargin(xs, ys, margin);
  const innerW = Math.max(60, width - m.left - m.right);
  const innerH = Math.max(20, h - m.top - m.bottom);
  const x = useScale(xs, 0, innerW);
  // Continuous y grows upwards; bands (rows) read top to bottom.
  const y = useScale(ys, isBand(ys) ? 0 : innerH, isBand(ys) ? innerH : 0);
  const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const frame = useMemo<FrameValue>(() => ({ x, y, width: innerW, height: innerH, clip: `url(#${clipId})` }), [x, y, innerW, innerH, clipId]);

  const [at, setAt] = useState<{ px: number; py: number } | null>(null);
  function onPointer(e: PointerEvent<SVGRectElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    setAt({ px: clamp(((e.clientX - rect.left) / rect.width) * innerW, 0, innerW), py: clamp(((e.clientY - rect.top) / rect.height) * innerH, 0, innerH) });
  }
  const invert = (s: FrameScale, p: number) => (isBandScale(s) ? NaN : s.invert(p));
  const readout = at && crosshair ? crosshair({ ...at, x: invert(x, at.px), y: invert(y, at.py) }, { x, y }) : null;
  const px = (v: number) => (isBandScale(x) ? NaN : x(v));
  const py = (v: number) => (isBandScale(y) ? NaN : y(v));

  return (
    <figure className={className ? `plot ${className}` : 'plot'} ref={ref} style={square ? { maxWidth: square } : undefined}>
      {title && <figcaption className={titleClassName}>{title}</figcaption>}
      {legend && legend.length > 0 && <PlotLegend items={legend} />}
      <svg ref={svgRef} viewBox={`0 0 ${width} ${h}`} width={width} height={h} role={role} aria-label={summary}>
        <defs>
          <clipPath id={clipId}>
            <rect width={innerW} height={innerH} />
          </clipPath>
          {defs}
        </defs>
        <g transform={`translate(${m.left},${m.top})`}>
          {xs.axis !== false && (
            <g transform={`translate(0,${innerH})`}>
              <Axis scale={x} spec={xs} orient="bottom" gridLength={innerH} />
            </g>
          )}
          {ys.axis !== false && <Axis scale={y} spec={ys} orient="left" gridLength={innerW} />}
          <FrameContext.Provider value={frame}>{children}</FrameContext.Provider>
          {readout && (
            <g pointerEvents="none">
              {readout.rule !== undefined && <line x1={px(readout.rule)} x2={px(readout.rule)} y1={0} y2={innerH} stroke="var(--text)" strokeOpacity={0.4} />}
              {readout.dots?.map((d, i) =>
                d.ring ? (
                  <circle key={i} cx={px(d.x)} cy={py(d.y)} r={9} fill="none" stroke={d.color} strokeWidth={2} />
                ) : (
                  <circle key={i} cx={px(d.x)} cy={py(d.y)} r={4} fill={d.color} />
                ),
              )}
            </g>
          )}
          {crosshair && <rect className="hover-target" width={innerW} height={innerH} fill="transparent" onPointerMove={onPointer} onPointerDown={onPointer} onPointerLeave={() => setAt(null)} />}
          {xs.label && (
            <text className="axis-label" x={innerW / 2} y={innerH + 36} textAnchor="middle">
              {xs.label}
            </text>
          )}
          {ys.label && (
            <text className="axis-label" transform={`translate(${-46},${innerH / 2}) rotate(-90)`} textAnchor="middle">
              {ys.label}
            </text>
          )}
        </g>
      </svg>
      {crosshair && <p className="plot-readout">{readout ? readout.text : '\u00a0'}</p>}
      <div className="plot-footer">
        <PlotDataTable table={table} label={tableLabel ?? labels.data} />
        <PlotExport svgRef={svgRef} csv={csvRef} name={exportName} label={labels.export} />
      </div>
    </figure>
  );
}
