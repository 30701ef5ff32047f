import { ZIGZAG_START, gdPath, quadraticLoss2, secondMoment, sym2Eigenvalues, zigzagInputs, type Sym2, type Vec2 } from '../../engine';
import { ZIGZAG_POINTS } from './schema';

export interface ZigzagCase {
  centred: boolean;
  /** The loss's curvature H = E[xxᵀ]. */
  h: Sym2;
  path: Vec2[];
  /** Condition number λmax / λmin of H. */
  kappa: number;
  /** Largest stable learning rate, 2 / λmax(H). */
  maxLr: number;
  /** Loss after the last step. */
  final: number;
  diverged: boolean;
}

/**
 * H and its eigenvalues depend on the seed alone. Kept for the last seed, so moving η or the
 * step count hands the panels the same H object and their contours (an 81 × 81 grid and ten
 * level sets, most of a step's work) are not computed again.
 */
let curvature: { seed: number; byCase: Map<boolean, { h: Sym2; hi: number; lo: number }> } | null = null;

function curvatureOf(seed: number, centred: boolean): { h: Sym2; hi: number; lo: number } {
  if (curvature?.seed !== seed) curvature = { seed, byCase: new Map() };
  let c = curvature.byCase.get(centred);
  if (!c) {
    const h = secondMoment(zigzagInputs(seed, ZIGZAG_POINTS, centred));
    const [hi, lo] = sym2Eigenvalues(h);
    c = { h, hi, lo };
    curvature.byCase.set(centred, c);
  }
  return c;
}

/** The zig-zag widget's two runs: all-positive (sigmoid) inputs, then the same inputs centred. */
export function zigzagCases(lr: number, steps: number, seed: number): [ZigzagCase, ZigzagCase] {
  const run = (centred: boolean): ZigzagCase => {
    const { h, hi, lo } = curvatureOf(seed, centred);
    const path = gdPath(h, lr, steps);
    const final = quadraticLoss2(h, path[path.length - 1]);
    return { centred, h, path, kappa: hi / lo, maxLr: 2 / hi, final, diverged: final > quadraticLoss2(h, ZIGZAG_START) };
  };
  return [run(false), run(true)];
}
