/**
 * The universal-approximation widget's data, from the engine: the target on the fit grid, the
 * fit for n units with each weighted unit, and the error against n. Pure (no React), so the
 * claims, exercises, figures and code checks use exactly what the widget draws.
 */
import { APPROX_DOMAIN, approxContributions, approxErrorWidths, approxGrid, approxTarget, drawnTarget, fitApproxUnits, type ApproxFit } from '../../engine';
import { DRAW_LIMIT, DRAW_POINTS, UA_MAX_UNITS, universalSchema } from './schema';
import type { StateOf } from '../../components/state/schema';

export type UaState = StateOf<typeof universalSchema>;
export type UaTarget = UaState['target'];
export type UaUnit = UaState['unit'];

export const GRID_X = approxGrid();
export const ERROR_WIDTHS = approxErrorWidths(UA_MAX_UNITS);

/** The target's values on the fit grid: a preset, or the drawn polyline. */
export function targetValues(target: UaTarget, pts: readonly number[]): Float64Array {
  return Float64Array.from(GRID_X, (x) => (target === 'drawn' ? drawnTarget(pts, x) : approxTarget(target, x)));
}

/** x of the drawn target's i-th point. */
export const drawX = (i: number) => APPROX_DOMAIN[0] + ((APPROX_DOMAIN[1] - APPROX_DOMAIN[0]) * i) / (DRAW_POINTS - 1);

/** A preset sampled at the drawing points: where drawing over a preset starts from. */
export function presetPoints(target: UaTarget, pts: readonly number[]): number[] {
  if (target === 'drawn') return [...pts];
  return Array.from({ length: DRAW_POINTS }, (_, i) => clampDraw(approxTarget(target, drawX(i))));
}

/** A drawn value: inside the schema's range, to two decimals (what the URL keeps). */
export const clampDraw = (v: number) => Math.round(Math.min(DRAW_LIMIT, Math.max(-DRAW_LIMIT, v)) * 100) / 100;

export interface UaView {
  ys: Float64Array;
  fit: ApproxFit;
  /** w_i·h_i(x) for each unit, on the grid. */
  parts: Float64Array[];
}

export function uaView(target: UaTarget, unit: UaUnit, n: number, pts: readonly number[]): UaView {
  const ys = targetValues(target, pts);
  const fit = fitApproxUnits(unit, n, GRID_X, ys);
  return { ys, fit, parts: approxContributions(fit, GRID_X) };
}

/** The smallest n ≤ the slider's maximum whose fit is exact (RMS error below 1e−9), or null. */
export function unitsForExact(target: UaTarget, unit: UaUnit, pts: readonly number[] = universalSchema.pts.default): number | null {
  const ys = targetValues(target, pts);
  for (let n = 1; n <= UA_MAX_UNITS; n++) if (fitApproxUnits(unit, n, GRID_X, ys).rmse < 1e-9) return n;
  return null;
}

export type DrawnParse = { ok: true; values: number[] } | { ok: false; problem: 'count'; got: number } | { ok: false; problem: 'value'; i: number; raw: string };

/** Typed drawing values (commas, spaces or full-width commas): exactly DRAW_POINTS numbers within ±DRAW_LIMIT. */
export function parseDrawn(text: string): DrawnParse {
  const parts = text.split(/[\s,，]+/).filter((s) => s !== '');
  if (parts.length !== DRAW_POINTS) return { ok: false, problem: 'count', got: parts.length };
  const values = parts.map(Number);
  const bad = values.findIndex((v) => !Number.isFinite(v) || Math.abs(v) > DRAW_LIMIT);
  if (bad >= 0) return { ok: false, problem: 'value', i: bad, raw: parts[bad] };
  return { ok: true, values };
}
