import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Frame } from './plot/Frame';
import { continuous, useFrame } from './plot/context';
import { BarY, type BarDatum } from './plot/marks/BarY';
import { RuleY } from './plot/marks/Rule';
import { formatNumber } from '../format/number';
import { svgTabStop } from './svgFocus';

export type Bar = BarDatum & { label: string };

interface Edit {
  min: number;
  max: number;
  step: number;
  onChange: (index: number, value: number) => void;
  name: (bar: Bar) => string;
}

export interface BarChartProps {
  /** Accessible name: what the bars show right now. */
  summary: string;
  bars: readonly Bar[];
  domain: [number, number];
  height?: number;
  format?: (v: number) => string;
  /** When set, each bar is a keyboard- and pointer-draggable slider. */
  edit?: Edit;
  /** Header of the data table's value column. */
  valueLabel?: string;
}

const fmt3 = (v: number) => formatNumber(v, 3);

/** Vertical bars: a Frame with a band x scale, BarY and the zero baseline; editable bars are sliders. */
export function BarChart({ summary, bars, domain, height = 240, format = fmt3, edit, valueLabel }: BarChartProps) {
  const { t } = useTranslation();
  const table = useMemo(() => ({ columns: [t('widget.plotItem'), valueLabel ?? t('widget.plotValue')], rows: bars.map((b) => [b.label, b.value]), rowHeader: true }), [bars, t, valueLabel]);
  return (
    <Frame
      summary={summary}
      className="bar-chart"
      role={edit ? 'group' : 'img'}
      x={{ type: 'band', domain: bars.map((b) => b.id), labels: bars.map((b) => b.label) }}
      y={{ domain, nice: true, ticks: 5 }}
      height={height}
      margin={{ top: 22 }}
      table={table}
    >
      <RuleY y={0} stroke="var(--muted)" strokeWidth={1} className="baseline" />
      {edit ? <SliderBars bars={bars} format={format} edit={edit} /> : <BarY data={bars} format={format} />}
    </Frame>
  );
}

/** Each bar a slider: arrows, Page Up/Down, Home/End, or drag its top. */
function SliderBars({ bars, format, edit }: { bars: readonly Bar[]; format: (v: number) => string; edit: Edit }) {
  const y = continuous(useFrame().y, 'BarChart');
  const dragging = useRef<number | null>(null);
  const clampV = (v: number) => Math.min(edit.max, Math.max(edit.min, Math.round(v / edit.step) * edit.step));
  // The pointer in the bar group's own coordinates, which are the frame's inner ones.
  function valueAt(e: PointerEvent<SVGGElement>): number {
    const m = e.currentTarget.getScreenCTM();
    if (!m) return NaN;
    return clampV(y.invert(new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse()).y));
  }
  function onKey(i: number, e: KeyboardEvent<SVGGElement>) {
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
  const change = (i: number, v: number) => {
    if (Number.isFinite(v)) edit.onChange(i, v);
  };
  return (
    <BarY
      data={bars}
      format={format}
      hit
      item={(b, i) => ({
        role: 'slider',
        // A ref, not tabIndex: preact/compat writes tabIndex literally, which SVG ignores.
        ref: svgTabStop,
        'aria-label': edit.name(bars[i]),
        'aria-valuemin': edit.min,
        'aria-valuemax': edit.max,
        'aria-valuenow': b.value,
        'aria-valuetext': format(b.value),
        onKeyDown: (e: KeyboardEvent<SVGGElement>) => onKey(i, e),
        onPointerDown: (e: PointerEvent<SVGGElement>) => {
          dragging.current = i;
          e.currentTarget.setPointerCapture(e.pointerId);
          change(i, valueAt(e));
        },
        onPointerMove: (e: PointerEvent<SVGGElement>) => {
          if (dragging.current === i) change(i, valueAt(e));
        },
        onPointerUp: () => {
          dragging.current = null;
        },
        style: { cursor: 'ns-resize', touchAction: 'none' },
      })}
    />
  );
}
