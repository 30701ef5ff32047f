import type { DenseNetwork, ForwardStep } from '../../engine';
import { bmatrix, columnVector, texNumber } from '../../components/matrixLatex';
import { toRows } from '../../engine';

const FN_TEX: Record<string, string> = { sigmoid: '\\sigma', tanh: '\\tanh', relu: '\\operatorname{ReLU}', softmax: '\\operatorname{softmax}', identity: '' };
const v4 = (v: number) => texNumber(v, 4);

/** Name of the vector a step produces: z⁽ˡ⁾, a⁽ˡ⁾, or ŷ for the last. */
export function vectorTex(step: ForwardStep, last: boolean): string {
  const l = step.layer + 1;
  if (step.kind === 'linear') return `z^{(${l})}`;
  return last ? '\\hat y' : `a^{(${l})}`;
}

/** The KaTeX line of one step, symbols first, then the actual numbers. */
export function stepTex(net: DenseNetwork, steps: readonly ForwardStep[], index: number): string {
  const s = steps[index];
  const l = s.layer + 1;
  const last = index === steps.length - 1;
  const prev = index === 0 ? 'x' : vectorTex(steps[index - 1], false);
  if (s.kind === 'linear') {
    const W = bmatrix(toRows(net.weights[s.layer]), (v) => texNumber(v, 3));
    // aligned, one equals sign per line: narrow enough for a phone without a scroll bar.
    return `\\begin{aligned} ${vectorTex(s, last)} &= W^{(${l})} ${prev} + b^{(${l})} \\\\ &= ${W} ${columnVector(s.input, v4)} + ${columnVector(net.biases[s.layer], (v) => texNumber(v, 3))} \\\\ &= ${columnVector(s.values, v4)} \\end{aligned}`;
  }
  const f = FN_TEX[s.fn ?? 'identity'];
  return `\\begin{aligned} ${vectorTex(s, last)} &= ${f}\\!\\left(${prev}\\right) = ${f}\\!\\left(${columnVector(s.input, v4)}\\right) \\\\ &= ${columnVector(s.values, v4)} \\end{aligned}`;
}
