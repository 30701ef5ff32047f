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

/** The zig-zag widget's two runs: all-positive (sigmoid) inputs, then the same inputs centred. */
export function zigzagCases(lr: number, steps: number, seed: number): [ZigzagCase, ZigzagCase] {
  const run = (centred: boolean): ZigzagCase => {
    const h = secondMoment(zigzagInputs(seed, ZIGZAG_POINTS, centred));
    const [hi, lo] = sym2Eigenvalues(h);
    const path = gdPath(h, lr, steps);
    const final = quadraticLoss2(h, path[path.length - 1]);
    return { centred, h, path, kappa: hi / lo, maxLr: 2 / hi, final, diverged: final > quadraticLoss2(h, ZIGZAG_START) };
  };
  return [run(false), run(true)];
}
