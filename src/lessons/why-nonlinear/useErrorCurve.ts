import { useEffect, useState } from 'react';
import { fitApproxUnits } from '../../engine';
import { ERROR_WIDTHS, GRID_X, type UaUnit } from './approx';

/** Work per slice: well under a frame, so typing or drawing never waits for the whole curve. */
const SLICE_MS = 8;

/**
 * The RMS error for each width of ERROR_WIDTHS, computed a few fits per task (the big fits
 * dominate: all of them at once would block the page for tens of milliseconds). Returns what
 * is done so far; a new target or unit kind restarts it.
 */
export function useErrorCurve(unit: UaUnit, ys: Float64Array): { values: number[]; done: boolean } {
  const [state, setState] = useState<{ unit: UaUnit; ys: Float64Array; values: number[] }>({ unit, ys, values: [] });
  useEffect(() => {
    const values: number[] = [];
    let timer = 0;
    const run = () => {
      const t0 = performance.now();
      while (values.length < ERROR_WIDTHS.length && performance.now() - t0 < SLICE_MS) values.push(fitApproxUnits(unit, ERROR_WIDTHS[values.length], GRID_X, ys).rmse);
      setState({ unit, ys, values: [...values] });
      if (values.length < ERROR_WIDTHS.length) timer = window.setTimeout(run, 0);
    };
    timer = window.setTimeout(run, 0);
    return () => window.clearTimeout(timer);
  }, [unit, ys]);
  const current = state.unit === unit && state.ys === ys ? state.values : [];
  return { values: current, done: current.length === ERROR_WIDTHS.length };
}
