import { memo } from 'react';
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
export const Axis = memo(function Axis({ scale, spec, orient, gridLength }: AxisProps) {
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
}, sameAxis);

const sameList = <T,>(a: readonly T[] | undefined, b: readonly T[] | undefined) => a === b || (!!a && !!b && a.length === b.length && a.every((v, i) => v === b[i]));

/**
 * An axis draws the same ticks when its scale (memoised on the domain's values by the Frame)
 * and the spec's tick options are the same; the spec object itself is new every render of a
 * plot, so the default comparison would redraw every axis on every slider step.
 */
function sameAxis(a: AxisProps, b: AxisProps): boolean {
  if (a.scale !== b.scale || a.orient !== b.orient || a.gridLength !== b.gridLength) return false;
  const s = a.spec;
  const t = b.spec;
  if (s === t) return true;
  if (s.type !== t.type || s.grid !== t.grid || s.format !== t.format) return false;
  const ticksSame = typeof s.ticks === 'object' && typeof t.ticks === 'object' ? sameList(s.ticks, t.ticks) : s.ticks === t.ticks;
  return ticksSame && (!isBand(s) || !isBand(t) || sameList(s.labels, t.labels));
}
