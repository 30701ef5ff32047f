import { useId, type ChangeEvent } from 'react';
import { formatNumber } from './plot/scales';
import { gridTop } from './sliderGrid';
import { useControlAccess } from './classroom/useControlAccess';
import { LockMark } from './classroom/LockMark';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Step in value units (linear) or in log10 units (log). */
  step?: number;
  /** 'log' moves the thumb in log10 space: for ε, temperature, learning rate. */
  scale?: 'linear' | 'log';
  unit?: string;
  format?: (v: number) => string;
  onChange: (v: number) => void;
  /** Extra accessible description, e.g. what the value controls. */
  description?: string;
}

/**
 * A labelled range input. Keyboard: arrows step, PageUp/PageDown jump, Home/End ends
 * (native). On a log scale the input works on log10(value) and reports the real value
 * through aria-valuetext, so screen readers hear "0.001", not "-3". A class link can hide it
 * or lock it (useControlAccess).
 */
export function Slider({ label, value, min, max, step, scale = 'linear', unit, format = (v) => formatNumber(v), onChange, description }: SliderProps) {
  const id = useId();
  const log = scale === 'log';
  const pos = log ? Math.log10(value) : value;
  const lo = log ? Math.log10(min) : min;
  const hi = log ? Math.log10(max) : max;
  const st = step ?? (log ? (hi - lo) / 100 : (max - min) / 100);
  const top = gridTop(lo, hi, st);
  const text = `${format(value)}${unit ? ` ${unit}` : ''}`;
  const access = useControlAccess(label, onChange, value);
  function handle(e: ChangeEvent<HTMLInputElement>) {
    const p = Math.min(hi, Number(e.target.value));
    const v = log ? 10 ** p : p;
    // Snap the log value to 3 significant digits so the readout stays tidy.
    onChange(log ? Number(v.toPrecision(3)) : v);
  }
  if (access === 'hidden') return null;
  const locked = access === 'locked';
  return (
    <div className="slider" data-locked={locked || undefined}>
      <div className="slider-top">
        <label htmlFor={id}>
          {label}
          {locked && <LockMark />}
        </label>
        <output htmlFor={id} className="slider-value">
          {text}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={lo}
        max={top}
        step={st}
        value={pos}
        disabled={locked}
        onChange={handle}
        aria-valuetext={text}
        aria-description={description}
      />
    </div>
  );
}
