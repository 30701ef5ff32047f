/** Figures the CORDIC paragraphs quote, from the engine's trace at the step-through's defaults. */
import { CORDIC_TRACE_MAX, formatStep } from '../../engine';
import { formatCount, formatNumber } from '../../format/number';
import { cordicFormat, cordicView, repeatedShifts } from './cordicView';
import { cordicSchema } from './schema';

/** The step-through when it opens: x = 1.5, 16 iterations, float64. */
export const CORDIC_DEFAULT = {
  x: cordicSchema.x.default,
  n: cordicSchema.n.default,
  step: cordicSchema.n.default,
  fixed: false,
  w: cordicSchema.w.default,
  i: cordicSchema.i.default,
};
/** The fixed-point case the prose sends the reader to: ap_fixed<16,4>, 24 iterations. */
export const CORDIC_FIXED = { ...CORDIC_DEFAULT, fixed: true, w: 16, i: 4, n: 24, step: 24 };

const def = cordicView(CORDIC_DEFAULT);
const [rep1, rep2, rep3] = repeatedShifts(CORDIC_TRACE_MAX);
const fixedFmt = cordicFormat(CORDIC_FIXED);
const fracBits = fixedFmt ? -Math.log2(formatStep(fixedFmt)) : NaN;
/** The first shift whose stored angle is 0 in the fixed-point case. */
export const cordicZeroShift = (): number => cordicView(CORDIC_FIXED).trace.steps.find((s) => s.angle === 0)?.shift ?? NaN;

export const cordicFigures = {
  cordicX: formatNumber(CORDIC_DEFAULT.x, 3),
  /** The shifts used twice within the step-through's longest run. */
  cordicRep1: formatCount(rep1),
  cordicRep2: formatCount(rep2),
  cordicRep3: formatCount(rep3),
  cordicN: formatCount(CORDIC_DEFAULT.n),
  cordicEndBits: formatNumber(def.trace.steps[def.trace.steps.length - 1].bits, 3),
  cordicEndErr: formatNumber(def.error, 2),
  cordicFracBits: formatCount(fracBits),
  cordicZeroShift: formatCount(cordicZeroShift()),
};
