/** Bad input throws a RangeError whose message names the argument and shows the bad value. */
import { describe, expect, it } from 'vitest';
import * as N from './index';

function throwsNaming(fn: () => unknown, ...parts: string[]): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, `expected a RangeError mentioning ${parts.join(', ')}`).toBeInstanceOf(RangeError);
  for (const p of parts) expect((err as Error).message).toContain(p);
}

describe('RangeError messages', () => {
  it('empty vectors', () => {
    throwsNaming(() => N.softmax([]), 'z', '[]');
    throwsNaming(() => N.logSoftmax([]), 'z');
    throwsNaming(() => N.logSumExp([]), 'z');
    throwsNaming(() => N.entropy([]), 'p');
    throwsNaming(() => N.crossEntropyWithLogits([], 0), 'logits');
    throwsNaming(() => N.softmaxNaive([], 'float16'), 'z');
  });
  it('NaN and infinities where a number is required', () => {
    throwsNaming(() => N.softmax([1, NaN]), 'z[1]', 'NaN');
    throwsNaming(() => N.softmax([1, Infinity]), 'z[1]', 'Infinity');
    throwsNaming(() => N.softmax([-Infinity, -Infinity]), 'z', '-Infinity');
    throwsNaming(() => N.bceWithLogits(NaN, 1), 'z', 'NaN');
    throwsNaming(() => N.activations.sigmoid.f(NaN), 'x', 'NaN');
    throwsNaming(() => N.activations.gelu.df(NaN), 'x', 'NaN');
    throwsNaming(() => N.activations.elu.f(-1, { alpha: NaN }), 'alpha', 'NaN');
    throwsNaming(() => N.sigmoid(NaN), 'x');
    throwsNaming(() => N.erf(NaN), 'x');
    throwsNaming(() => N.sigmoidNaive(NaN, 'float16'), 'x', 'NaN');
    throwsNaming(() => N.softmaxStable([0, Infinity], 'float16'), 'z[1]', 'Infinity');
    throwsNaming(() => N.crossEntropyWithLogits([0, NaN], 0), 'logits[1]', 'NaN');
    throwsNaming(() => N.softmaxRows(new Float64Array(2), Float64Array.of(1, NaN), 1, 2), 'x[1]', 'NaN');
    throwsNaming(() => N.logSoftmaxRows(new Float64Array(2), Float64Array.of(Infinity, 0), 1, 2), 'x[0]', 'Infinity');
  });
  it('temperature must be finite and > 0', () => {
    throwsNaming(() => N.softmax([1, 2], -1), 'temperature', '-1');
    throwsNaming(() => N.softmax([1, 2], 0), 'temperature', '0');
    throwsNaming(() => N.logSoftmax([1, 2], NaN), 'temperature', 'NaN');
    throwsNaming(() => N.logSumExp([1, 2], Infinity), 'temperature', 'Infinity');
    expect(() => N.softmax([1, 2], -1)).toThrow('temperature must be a finite number > 0, got -1');
  });
  it('class index out of range', () => {
    throwsNaming(() => N.crossEntropy([0.5, 0.5], 2), 'target', '2');
    throwsNaming(() => N.crossEntropy([0.5, 0.5], -1), 'target', '-1');
    throwsNaming(() => N.crossEntropyWithLogits([1, 2], 1.5), 'target', '1.5');
    throwsNaming(() => N.crossEntropyWithLogitsGrad([1, 2], 5), 'target', '5');
  });
  it('probability outside [0, 1]', () => {
    throwsNaming(() => N.bce(1.5, 1), 'p', '1.5');
    throwsNaming(() => N.bce(0.5, -0.1), 'y', '-0.1');
    throwsNaming(() => N.bceWithLogits(0, 2), 'y', '2');
    throwsNaming(() => N.crossEntropy([0.5, 1.2], 0), 'probs[1]', '1.2');
    throwsNaming(() => N.focalLoss(0.5, 1, 2, 1.5), 'alpha', '1.5');
    throwsNaming(() => N.focalLoss(0.5, 1, -2), 'gamma', '-2');
    throwsNaming(() => N.klDivergence([0.5, 0.5], [2, 0]), 'q[0]', '2');
    throwsNaming(() => N.klDivergence([0.5, 0.5], [1]), 'q', 'length');
    throwsNaming(() => N.entropy([NaN]), 'p[0]', 'NaN');
  });
  it('unknown activation or precision name', () => {
    throwsNaming(() => N.applyActivation('swoosh' as N.ActivationName, new Float64Array(1)), 'activation', 'swoosh');
    throwsNaming(() => N.getActivation('nope'), 'activation', 'nope');
    throwsNaming(() => N.roundTo(1, 'float8' as N.Precision), 'p', 'float8');
    throwsNaming(() => N.formatInfo('half' as N.Precision), 'p', 'half');
    throwsNaming(() => N.encode(1, 'int8' as N.Precision), 'p', 'int8');
    throwsNaming(() => N.softmaxNaive([1], 'f16' as N.Precision), 'p', 'f16');
    throwsNaming(() => N.sigmoidStable(1, 'x' as N.Precision), 'p');
  });
  it('buffer shapes', () => {
    throwsNaming(() => N.applyActivation('relu', new Float64Array(3), new Float64Array(2)), 'out', '2');
    throwsNaming(() => N.softmaxRows(new Float64Array(3), new Float64Array(4), 2, 2), 'out', '3');
    throwsNaming(() => N.softmaxRows(new Float64Array(4), new Float64Array(4), 2, 0), 'cols', '0');
    throwsNaming(() => N.logSoftmaxRows(new Float64Array(4), new Float64Array(4), 2.5, 2), 'rows', '2.5');
  });
});
