import { useMemo, type ReactNode } from 'react';
import { Frame } from './Frame';
import { BandX } from './marks/BandX';
import { Line } from './marks/Line';
import { RuleX, RuleY } from './marks/Rule';
import { seriesCrosshair } from './readout';
import { autoYDomain } from './scales';
import { seriesCsv, seriesTable } from './table';
import type { Band, Series, YScaleKind } from './types';

export interface PlotProps {
  /** Accessible name: a one-sentence summary of what the plot shows right now. */
  summary: string;
  series: readonly Series[];
  xDomain: readonly [number, number];
  yDomain?: readonly [number, number];
  yScale?: YScaleKind;
  /** 'log' for positive x ranges that span decades (temperature, n, learning rate). */
  xScale?: YScaleKind;
  xLabel?: string;
  yLabel?: string;
  /** Shaded x-intervals (regions). A single current x is a <RuleX> child instead. */
  bands?: readonly Band[];
  height?: number;
  /** File name stem for SVG/PNG/CSV downloads (default: the widget's id). */
  exportName?: string;
  tableLabel?: string;
  className?: string;
  /** More marks, drawn over the curves (a <RuleX> at the slider's x…). */
  children?: ReactNode;
}

const zeroRule = { stroke: 'var(--muted)', strokeWidth: 1, opacity: 0.5, className: 'zero' } as const;

/**
 * Curves on linear or log axes: Frame + BandX (regions) + zero rules + one Line per series,
 * with a crosshair reading every series at the pointer and a table of sampled values.
 */
export function Plot({ summary, series, xDomain, yDomain, yScale = 'linear', xScale = 'linear', xLabel, yLabel, bands = [], height = 320, exportName, tableLabel, className, children }: PlotProps) {
  const auto = useMemo(() => (yDomain ? null : autoYDomain(series, yScale)), [yDomain, series, yScale]);
  const [y0, y1] = yDomain ?? auto ?? [0, 1];
  const table = useMemo(() => seriesTable(series), [series]);
  const crosshair = useMemo(() => seriesCrosshair(series, yScale), [series, yScale]);
  return (
    <Frame
      summary={summary}
      x={{ type: xScale, domain: xDomain, label: xLabel }}
      y={{ type: yScale, domain: [y0, y1], nice: yScale === 'linear', label: yLabel }}
      height={height}
      legend={series}
      table={table}
      csv={() => seriesCsv(series)}
      exportName={exportName}
      tableLabel={tableLabel}
      className={className}
      crosshair={crosshair}
    >
      {bands.map((b, i) => (
        <BandX key={i} x0={b.x0} x1={b.x1} fill={b.color} />
      ))}
      {yScale === 'linear' && y0 < 0 && y1 > 0 && <RuleY y={0} {...zeroRule} />}
      {xScale === 'linear' && xDomain[0] < 0 && xDomain[1] > 0 && <RuleX x={0} {...zeroRule} />}
      {series.map((s) => (
        <Line key={s.id} id={s.id} x={s.x} y={s.y} stroke={s.color} strokeWidth={s.width ?? 2.5} dash={s.dash} />
      ))}
      {children}
    </Frame>
  );
}
