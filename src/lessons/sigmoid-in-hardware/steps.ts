import type { PresenterStep } from '../../components/presenter/types';
import './strings';
import { hwBench, hwCordic, hwDatapath, hwPareto, hwQnet } from './widgets';
import { CORDIC_FIXED } from './cordicFigures';
import { repeatPosition } from './cordicView';

/** Sigmoid in hardware as a class walk-through: compare the methods, count multipliers, break Taylor, go fixed-point. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.bench', notes: 'steps.benchNotes', set: hwBench.patch({ pick: ['plan', 'sonf', 'lut'], fixed: false, sort: 'max', dir: 'asc' }) },
  { kind: 'state', caption: 'steps.noMul', set: hwBench.patch({ pick: ['plan', 'hard', 'lut', 'taylor'], sort: 'multipliers', dir: 'asc' }) },
  { kind: 'ask', caption: 'steps.askTerms', exerciseId: 'taylor-more-terms' },
  { kind: 'state', caption: 'steps.taylor', notes: 'steps.taylorNotes', set: hwBench.patch({ pick: ['taylor'], order: 9, scale: 'log', fixed: false }) },
  { kind: 'state', caption: 'steps.fixed', notes: 'steps.fixedNotes', set: hwBench.patch({ pick: ['plan', 'sonf', 'lut'], fixed: true, w: 16, i: 6, q: 'TRN', o: 'WRAP' }) },
  { kind: 'state', caption: 'steps.datapath', set: hwDatapath.patch({ x: 3, step: 2 }) },
  { kind: 'state', caption: 'steps.hdl', notes: 'steps.hdlNotes', set: hwBench.patch({ fixed: true, w: 12, i: 4, q: 'TRN', o: 'WRAP', hdl: 'plan', file: 'module' }) },
  { kind: 'state', caption: 'cordic.stepIntro', notes: 'cordic.stepIntroNotes', set: hwCordic.patch({ x: 1.5, n: 16, step: 3, fixed: false }) },
  { kind: 'ask', caption: 'cordic.exQ', exerciseId: 'cordic-repeat' },
  { kind: 'state', caption: 'cordic.stepRepeat', set: hwCordic.patch({ x: 1.5, n: 16, step: repeatPosition(13), fixed: false }) },
  { kind: 'state', caption: 'cordic.stepFixed', set: hwCordic.patch(CORDIC_FIXED) },
  { kind: 'state', caption: 'steps.pareto', set: hwPareto.patch({ cost: 'area', fixed: true }) },
  { kind: 'ask', caption: 'qnet.exQ', exerciseId: 'qnet-width' },
  { kind: 'state', caption: 'qnet.stepDefault', set: hwQnet.patch({ w: [16, 16, 16], i: [6, 6, 6], sig: 'hls4ml' }) },
  { kind: 'state', caption: 'qnet.stepNarrow', set: hwQnet.patch({ w: [8, 8, 8], i: [6, 6, 6], sig: 'hls4ml' }) },
  { kind: 'state', caption: 'qnet.stepOverflow', set: hwQnet.patch({ w: [16, 16, 16], i: [3, 3, 3], sig: 'hls4ml' }) },
];
