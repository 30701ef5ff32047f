/**
 * The Pareto plot's synthesized area: Yosys's generic gate count (`synth`, after ABC) of each
 * sweep design synthesized so far in this visit, at the plot's format. Designs not yet
 * synthesized have no synthesized area and are left out of the plot, never estimated.
 */
import type { FixedFormat, SynthReport } from '../../engine';
import { designKey, type HdlParams } from './hdl';
import { configOf } from './methods';
import type { SweepPoint } from './pareto';
import type { SynthEntry } from './synthStore';

/** The hardware design behind a sweep point, or null (the hard sigmoid has no generator; float64 has no hardware). */
export function sweepParams(p: SweepPoint, fmt: FixedFormat | undefined): HdlParams | null {
  if (!fmt || p.method === 'hard') return null;
  return { method: p.method, config: configOf(p.method, p.settings), format: fmt };
}

export interface SynthAxis {
  /** Points with a synthesized area, x = generic gates. */
  drawn: (SweepPoint & { gates: number })[];
  /** Designs that can be synthesized and are not done (queued, running, failed or never asked). */
  missing: HdlParams[];
  /** Points that cannot be synthesized at all. */
  unsupported: number;
}

export function synthAxis(points: readonly SweepPoint[], fmt: FixedFormat | undefined, entries: Readonly<Record<string, SynthEntry>>): SynthAxis {
  const out: SynthAxis = { drawn: [], missing: [], unsupported: 0 };
  for (const p of points) {
    const params = sweepParams(p, fmt);
    if (!params) {
      out.unsupported++;
      continue;
    }
    const e = entries[designKey(params.method, params.config, params.format)];
    if (e?.status === 'done') out.drawn.push({ ...p, gates: gatesOf(e.report) });
    else out.missing.push(params);
  }
  return out;
}

/** The synthesized area figure: generic gates (a design Yosys reduced to wires has none; drawn at 1 on the log axis). */
export const gatesOf = (r: SynthReport): number => Math.max(1, r.generic.gates);
