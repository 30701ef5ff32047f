import type { ScaleLinear, ScaleLogarithmic } from 'd3';
import { formatNumber } from './scales';

type AnyScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

interface AxisProps {
  scale: AnyScale;
  orient: 'bottom' | 'left';
  /** Length of the gridlines across the plot; 0 for none. */
  gridLength: number;
  ticks: number;
  log?: boolean;
}

/** d3 computes the ticks; React draws them. */
export function Axis({ scale, orient, gridLength, ticks, log }: AxisProps) {
  let values = scale.ticks(ticks);
  // A log axis over many decades would get a tick per power of ten: thin them out.
  if (log && values.length > 0) {
    const decades = values.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
    const stride = Math.max(1, Math.ceil(decades.length / ticks));
    values = decades.filter((_, i) => i % stride === 0);
  }
  const [r0, r1] = scale.range();
  // Log axes: plain numbers for everyday decades (0.01 … 10000), powers of ten beyond.
  const label = (v: number) => {
    if (!log) return formatNumber(v, 3);
    const e = Math.round(Math.log10(v));
    return e >= -3 && e <= 4 ? formatNumber(10 ** e, 3) : `1e${e}`.replace('-', '−');
  };
  if (orient === 'bottom') {
    return (
      <g className="axis" aria-hidden="true">
        <line x1={r0} x2={r1} y1={0} y2={0} />
        {values.map((v) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            {gridLength > 0 && <line className="gridline" y1={0} y2={-gridLength} />}
            <line y2={5} />
            <text y={18} textAnchor="middle">
              {label(v)}
            </text>
          </g>
        ))}
      </g>
    );
  }
  return (
    <g className="axis" aria-hidden="true">
      <line x1={0} x2={0} y1={r0} y2={r1} />
      {values.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          {gridLength > 0 && <line className="gridline" x1={0} x2={gridLength} />}
          <line x2={-5} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {label(v)}
          </text>
        </g>
      ))}
    </g>
  );
}
