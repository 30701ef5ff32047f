import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatInfo, logSoftmax, precisions, roundTo, sigmoidNaive, sigmoidStable, softmaxNaive, softmaxStable, tanhNaive, tanhStable,
  type Precision,
} from '../../engine';
import { logSoftmaxSteps, sigmoidSteps, softmaxSteps, tanhSteps } from './softmaxSteps';
import { expLimits } from './limits';

const prec = fc.constantFrom<Precision>(...precisions);
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => expect(Array.from(a).map(String)).toEqual(Array.from(b).map(String));
const last = <T>(xs: T[]) => xs[xs.length - 1];

describe('step tables end exactly where the engine does', () => {
  it('softmax, naive and stable', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -2000, max: 2000, noNaN: true }), { minLength: 1, maxLength: 6 }), prec, (z, p) => {
        same(softmaxSteps(z, p, false).probs, softmaxNaive(z, p));
        same(softmaxSteps(z, p, true).probs, softmaxStable(z, p));
      }),
    );
  });

  it('sigmoid and tanh', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), prec, (x, p) => {
        expect(String(last(sigmoidSteps(x, p, false)).value)).toBe(String(sigmoidNaive(x, p)));
        expect(String(last(sigmoidSteps(x, p, true)).value)).toBe(String(sigmoidStable(x, p)));
        expect(String(last(tanhSteps(x, p, false)).value)).toBe(String(tanhNaive(x, p)));
        expect(String(last(tanhSteps(x, p, true)).value)).toBe(String(tanhStable(x, p)));
      }),
    );
  });

  it('the lesson’s headline cases', () => {
    const n = softmaxSteps([10, 2, 40, 4], 'float16', false);
    expect(n.exps[2]).toBe(Infinity);
    expect(n.probs[2]).toBeNaN();
    expect(softmaxSteps([10, 2, 40, 4], 'float16', true).probs).toEqual([0, 0, 1, 0]);
    expect(last(sigmoidSteps(-12, 'float16', false)).value).toBe(0);
    expect(last(sigmoidSteps(-12, 'float16', true)).value).toBeGreaterThan(0);
  });

  it('log-softmax stays finite where ln(softmax) hits −∞', () => {
    const s = logSoftmaxSteps([0, -200], 'float32');
    expect(s.logOfSoftmax[1]).toBe(-Infinity);
    expect(s.logSoftmax[1]).toBe(roundTo(logSoftmax([0, -200])[1], 'float32'));
  });
});

describe('exp limits come from the format', () => {
  it('overflow and underflow edges (past ln(max), exp first rounds down to max for half an ulp)', () => {
    for (const p of precisions) {
      const l = expLimits(p);
      expect(l.overflowAt).toBe(formatInfo(p).expOverflowAt);
      expect(roundTo(Math.exp(l.overflowAt * (1 + 1e-3)), p)).toBe(Infinity);
      expect(roundTo(Math.exp(l.overflowAt * (1 - 1e-6)), p)).toBeLessThan(Infinity);
      expect(roundTo(Math.exp(l.zeroAtOrBelow - 1e-6), p)).toBe(0);
      expect(roundTo(Math.exp(l.zeroAtOrBelow + 1e-3), p)).toBeGreaterThan(0);
    }
  });
});
