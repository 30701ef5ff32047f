/**
 * Messages between the page and yosys.worker.ts. The page sends one design at a time; the
 * worker answers with progress while it works and then a report or an error.
 */
import type { SynthReport } from '../../engine';
import type { HdlParams } from './hdl';

export interface ToYosys {
  id: number;
  params: HdlParams;
}

/** generate: building the Verilog; load: downloading and compiling Yosys (first run only); run: Yosys working (pass = its current pass). */
export type SynthStage = 'generate' | 'load' | 'run';

export type FromYosys =
  | { id: number; kind: 'progress'; stage: SynthStage; pass: string | null }
  | { id: number; kind: 'done'; report: SynthReport; seconds: number }
  | { id: number; kind: 'error'; message: string };
