import { isBand, isBandScale, tickCount, tickLabel, tickValues, type FrameScale, type ScaleSpec } from './layout';

interface AxisProps {
  scale: FrameScale;
  spec: ScaleSpec;
  orient: 'bottom' | 'left';
  /** Length of the gridlines across the plot; 0 for none. */
  gridLength: number;
}

/**
 * d3 computes the ticks; React draws them. A band axis names its categories (bars' labels)
 * and draws no line: the bars' baseline is the line.
 */
export function Axis({ scale, spec, orient, gridLength }: AxisProps) {
  const bottom = orient === 'bottom';
  const [r0, r1] = scale.range();
  let items: { key: string; pos: number; text: string }[];
  if (isBandScale(scale)) {
    const labels = isBand(spec) ? spec.labels : undefined;
    const half = scale.bandwidth() / 2;
    items = scale.domain().map((k, i) => ({ key: k, pos: (scale(k) ?? 0) + half, text: labels?.[i] ?? k }));
  } else {
    const log = spec.type === 'log';
    const values = typeof spec.ticks === 'object' ? spec.ticks : tickValues(scale, spec.ticks ?? tickCount(Math.abs(r1 - r0), bottom), log);
    const format = spec.format ?? ((v: number) => tickLabel(v, log));
    items = values.map((v) => ({ key: String(v), pos: scale(v), text: format(v) }));
  }
  const band = isBandScale(scale);
  const grid = !band && spec.grid !== false && gridLength > 0;
  if (bottom) {
    return (
      <g className="axis" aria-hidden="true">
        {!band && <line x1={r0} x2={r1} y1={0} y2={0} />}
        {items.map((it) => (
          <g key={it.key} transform={`translate(${it.pos},0)`}>
            {grid && <line className="gridline" y1={0} y2={-gridLength} />}
            {!band && <line y2={5} />}
            <text y={band ? 20 : 18} textAnchor="middle" className={band ? 'band-label' : undefined}>
              {it.text}
            </text>
          </g>
        ))}
      </g>
    );
  }
  return (
    <g className="axis" aria-hidden="true">
      {!band && <line x1={0} x2={0} y1={r0} y2={r1} />}
      {items.map((it) => (
        <g key={it.key} transform={`translate(0,${it.pos})`}>
          {grid && <line className="gridline" x1={0} x2={gridLength} />}
          {!band && <line x2={-5} />}
          <text x={-8} dy="0.32em" textAnchor="end" className={band ? 'band-label' : undefined}>
            {it.text}
          </text>
        </g>
      ))}
    </g>
  );
}
