import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Frame } from './plot/Frame';
import { band, continuous, useFrame } from './plot/context';
import { BarX } from './plot/marks/BarX';
import { formatNumber } from '../format/number';

export type SegmentFill = 'solid' | 'hatch' | 'dots';

export interface StackSegment {
  id: string;
  label: string;
  value: number;
  color: string;
  /** A second cue besides colour, so segments stay apart in greyscale and for colour-blind readers. */
  fill?: SegmentFill;
}

export interface StackRow {
  id: string;
  label: string;
  segments: readonly StackSegment[];
  /** Text after the bar (e.g. the total); defaults to the formatted sum. */
  totalText?: string;
}

export interface StackedBarsProps {
  /** Accessible name: what the bars show right now. */
  summary: string;
  rows: readonly StackRow[];
  /** Upper end of the value axis; defaults to the largest row total. */
  max?: number;
  format?: (v: number) => string;
}

// Each row: its label (above, so long names fit on a phone), the bar, a gap.
const LABEL_H = 18;
const ROW_H = 26;
const GAP = 12;
// Value text drawn over any segment colour: a halo in the page colour keeps it legible.
const HALO = { fill: 'var(--text)', stroke: 'var(--surface)', strokeWidth: 3, paintOrder: 'stroke', fontSize: 12, fontFamily: 'var(--mono)' } as const;
const fmt3 = (v: number) => formatNumber(v, 3);
const size = (v: number, hi: number) => (Number.isFinite(v) ? Math.max(0, v) : hi);

/**
 * Horizontal stacked bars, one row per item: parts of a whole (shares of a loss) or a sum
 * drawn as its terms (CE = H + KL). A Frame with a band y scale (one slot per row), BarX
 * for the segments and the rows' texts; the legend names the parts.
 */
export function StackedBars({ summary, rows, max, format = fmt3 }: StackedBarsProps) {
  const { t } = useTranslation();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const totals = rows.map((r) => r.segments.reduce((a, s) => a + (Number.isFinite(s.value) ? Math.max(0, s.value) : 0), 0));
  const hi = max ?? Math.max(1e-12, ...totals);
  const pattern = (fill: SegmentFill | undefined) => (fill && fill !== 'solid' ? `url(#${uid}-${fill})` : undefined);
  const segments = rows.flatMap((r) => {
    let acc = 0;
    return r.segments.map((s) => {
      const x1 = Math.min(hi, acc);
      acc += size(s.value, hi);
      return { id: s.id, row: r.id, x1, x2: Math.min(hi, acc), fill: s.color, pattern: pattern(s.fill), text: format(s.value) };
    });
  });
  const legend = new Map<string, StackSegment>();
  rows.forEach((r) => r.segments.forEach((s) => legend.set(s.id, s)));
  const parts = [...legend.values()];
  const table = {
    columns: [t('widget.plotItem'), ...parts.map((s) => s.label), t('widget.plotTotal')],
    rows: rows.map((r, i) => [r.label, ...parts.map((p) => r.segments.find((s) => s.id === p.id)?.value ?? ''), r.totalText ?? totals[i]]),
    rowHeader: true,
  };
  return (
    <Frame
      summary={summary}
      className="stacked-bars"
      x={{ domain: [0, hi], axis: false }}
      y={{ type: 'band', domain: rows.map((r) => r.id), padding: 0, axis: false }}
      height={rows.length * (LABEL_H + ROW_H + GAP)}
      margin={{ right: 64 }}
      legend={parts.map((s) => ({ id: s.id, label: s.label, color: s.color, swatch: 'box' as const, pattern: pattern(s.fill) }))}
      table={table}
      defs={
        <>
          <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--surface)" strokeWidth="2.2" strokeOpacity="0.75" />
          </pattern>
          <pattern id={`${uid}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
            <circle cx="3" cy="3" r="1.3" fill="var(--surface)" fillOpacity="0.8" />
          </pattern>
        </>
      }
    >
      <RowTexts rows={rows} totals={totals} format={format} />
      <BarX data={segments} inset={[LABEL_H, GAP]} background="var(--surface-2)" />
      <SegmentValues segments={segments} />
    </Frame>
  );
}

/** Each row's label above its bar and its total after it. */
function RowTexts({ rows, totals, format }: { rows: readonly StackRow[]; totals: readonly number[]; format: (v: number) => string }) {
  const f = useFrame();
  const y = band(f.y, 'StackedBars');
  return (
    <>
      {rows.map((r, i) => (
        <g key={r.id} data-row={r.id} transform={`translate(0,${y(r.id) ?? 0})`}>
          <text className="stack-label" y={13} fill="var(--text)" fontSize={13}>
            {r.label}
          </text>
          <text className="stack-total" x={f.width + 6} y={LABEL_H + ROW_H / 2} dy="0.35em" fill="var(--text)" fontSize={12} fontFamily="var(--mono)">
            {r.totalText ?? format(totals[i])}
          </text>
        </g>
      ))}
    </>
  );
}

/** Segment values written inside the segments wide enough to hold them. */
function SegmentValues({ segments }: { segments: readonly { id: string; row: string; x1: number; x2: number; text: string }[] }) {
  const f = useFrame();
  const x = continuous(f.x, 'StackedBars');
  const y = band(f.y, 'StackedBars');
  return (
    <>
      {segments.map((s) => {
        const a = x(s.x1);
        const w = x(s.x2) - a;
        return w > s.text.length * 7.5 + 8 ? (
          <text key={`${s.row}:${s.id}`} className="stack-value" x={a + w / 2} y={(y(s.row) ?? 0) + LABEL_H + ROW_H / 2} dy="0.35em" textAnchor="middle" {...HALO}>
            {s.text}
          </text>
        ) : null;
      })}
    </>
  );
}
