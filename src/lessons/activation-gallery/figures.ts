/**
 * The figures the lesson's words quote, computed from the engine when the lesson loads (well
 * under a millisecond) and formatted by src/format/number.ts. MDX: {F.geluMin}; string tables:
 * {{sigmoidEdge6}}, given to t() by the presenter step's `values` (steps.ts).
 */
import { activationNormalMean, activations, minimumOn, type ActivationName } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { saturationEdge } from './exercises';
import { formatMean, ZERO_CENTRED_TOL } from './properties';
import { compareGelu, GELU_XMAX } from './geluApprox';
import { fitMaxout } from '../../engine';
import { formatCount } from '../../format/number';
import { gateCurve, worstGateZ } from './gateView';
import { GATE_MAX_N, geluGateSchema } from './schema';
import { passing, traitRows } from './traitsTable';

const dip = (name: ActivationName) => minimumOn((x) => activations[name].f(x), -6, 0);
const hardSwishDip = dip('hardSwish');
const [geluTanhWorst, geluSigmoidWorst] = compareGelu(GELU_XMAX).worst;
const mean = (name: ActivationName) => formatMean(activationNormalMean(name));

export const figures = {
  /** How far out the sigmoid's slope stays ≥ ε = 10⁻⁶ (the presenter preset). */
  sigmoidEdge6: formatFixed(saturationEdge('sigmoid', 1e-6), 1),
  /** The edge moves by ln 10 per decade of ε once σ′ ≈ e^−x. */
  ln10: formatFixed(Math.LN10, 1),
  /** The lowest values of the smooth functions that dip below zero. */
  geluMin: formatFixed(dip('gelu').value, 2),
  siluMin: formatFixed(dip('silu').value, 2),
  mishMin: formatFixed(dip('mish').value, 2),
  hardSwishMin: formatNumber(hardSwishDip.value),
  hardSwishArgmin: formatNumber(hardSwishDip.x, 3),
  /** Mean outputs for a standard normal input: the zero-centred column's criterion. */
  reluMean: mean('relu'),
  leakyReluMean: mean('leakyRelu'),
  eluMean: mean('elu'),
  seluMean: mean('selu'),
  zeroTol: formatNumber(ZERO_CENTRED_TOL),
  /** Largest |approximation − GELU| over the GELU widget's default range, as its readout shows. */
  geluTanhErr: formatNumber(geluTanhWorst.maxAbs, 3),
  geluSigmoidErr: formatNumber(geluSigmoidWorst.maxAbs, 3),
  /** Maxout's RMS error on x² with 2, 4 and 8 pieces (the widget's fits). */
  sqErr2: formatNumber(fitMaxout('square', 2).rmse, 2),
  sqErr4: formatNumber(fitMaxout('square', 4).rmse, 2),
  sqErr8: formatNumber(fitMaxout('square', 8).rmse, 2),
  /** Where GELU dips lowest. */
  geluArgmin: formatFixed(dip('gelu').x, 2),
  /** The gate widget's most draws, and how far (in standard errors) its worst sample mean lands from x·Φ(x). */
  gateN: formatCount(GATE_MAX_N),
  gateWorstZ: formatFixed(worstGateZ(gateCurve(GATE_MAX_N, geluGateSchema.seed.default).means, GATE_MAX_N), 1),
  /** The activations the engine finds ≈ x near 0, by name. */
  nearIdentityList: passing('nearIdentity').join(', '),
  /** The activations the engine finds not monotone, by name. */
  nonMonotoneList: traitRows().filter((r) => !r.traits.monotone).map((r) => activations[r.name].label).join(', '),
};

export type Figures = typeof figures;
