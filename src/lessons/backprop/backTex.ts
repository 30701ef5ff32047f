import { createMatrix, matmul, type BackwardTrace, type Trainer } from '../../engine';
import { bmatrix, columnVector, texNumber } from '../../components/matrixLatex';
import { layerWeights } from './model';

export type BackStepKind = 'forward' | 'delta' | 'grad';

/** Step s of the backward walk: 0 = forward done; then per layer from the output: δ, then ∂L/∂W. */
export function backStep(s: number, layers: number): { kind: BackStepKind; layer: number } {
  if (s <= 0) return { kind: 'forward', layer: layers - 1 };
  return { kind: (s - 1) % 2 === 0 ? 'delta' : 'grad', layer: layers - 1 - Math.floor((s - 1) / 2) };
}

/** The step on which δ of weight layer l is first known. */
export const deltaStepOf = (l: number, layers: number) => 2 * (layers - 1 - l) + 1;

const v4 = (v: number) => texNumber(v, 3);
const rowsOf = (flat: ArrayLike<number>, rows: number, cols: number) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => flat[i * cols + j]));

/** W_lᵀ δ_l, by the engine's matmul (δᵀW as a 1×in row). */
export function backProjected(trainer: Trainer, tr: BackwardTrace, l: number): Float64Array {
  const [inn, out] = [tr.sizes[l], tr.sizes[l + 1]];
  return matmul(createMatrix(1, out, tr.delta[l]), createMatrix(out, inn, layerWeights(trainer, l))).data;
}

/** The KaTeX of one step, symbols first, then the engine's numbers. */
export function backStepTex(trainer: Trainer, tr: BackwardTrace, s: number, cls: number): string {
  const L = tr.delta.length;
  const { kind, layer } = backStep(s, L);
  const n = layer + 1;
  const prevT = layer === 0 ? 'x^{\\top}' : `a^{(${layer})\\top}`;
  const prevVals = layer === 0 ? tr.input : tr.a[layer - 1];
  if (kind === 'forward') {
    const p = tr.a[L - 1];
    return `\\begin{aligned} p &= \\operatorname{softmax}\\bigl(z^{(${L})}\\bigr) = ${columnVector(p, v4)} \\\\ L &= -\\ln p_{${cls + 1}} = ${texNumber(tr.loss, 4)} \\end{aligned}`;
  }
  if (kind === 'delta' && layer === L - 1) {
    const y = Array.from(tr.delta[layer], (_, i) => (i === cls ? 1 : 0));
    return `\\begin{aligned} \\delta^{(${n})} &= p - y \\\\ &= ${columnVector(tr.a[layer], v4)} - ${columnVector(y, (v) => String(v))} \\\\ &= ${columnVector(tr.delta[layer], v4)} \\end{aligned}`;
  }
  if (kind === 'delta') {
    const wtd = backProjected(trainer, tr, layer + 1);
    return `\\begin{aligned} \\delta^{(${n})} &= f'\\bigl(z^{(${n})}\\bigr) \\odot W^{(${n + 1})\\top} \\delta^{(${n + 1})} \\\\ &= ${columnVector(tr.slopes[layer], v4)} \\odot ${columnVector(wtd, v4)} \\\\ &= ${columnVector(tr.delta[layer], v4)} \\end{aligned}`;
  }
  const [inn, out] = [tr.sizes[layer], tr.sizes[layer + 1]];
  return `\\begin{aligned} \\frac{\\partial L}{\\partial W^{(${n})}} &= \\delta^{(${n})} ${prevT} = ${columnVector(tr.delta[layer], v4)} ${bmatrix([Array.from(prevVals)], v4)} \\\\ &= ${bmatrix(rowsOf(tr.gradW[layer], out, inn), v4)} \\end{aligned}`;
}
