/** fast-check properties over the whole double range, extremes included. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { activationNames, activations, type ActivationName } from './activations';
import { applyActivation } from './applyActivation';
import { bceWithLogits, bceWithLogitsGrad, crossEntropyWithLogits, crossEntropyWithLogitsGrad } from './losses';
import { precisions, roundTo } from './precision';
import { sigmoid } from './scalarPublic';
import { logSoftmax, logSumExp, softmax } from './softmax';
import { erf, erfc } from './special';

// Thousands of runs per property: give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const EPS = Number.EPSILON;
const RUNS = { numRuns: 3000 };
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const vec = fc.array(anyDouble, { minLength: 1, maxLength: 24 });
const moderate = (max: number) => fc.double({ min: -max, max, noNaN: true });
const modVec = (max: number) => fc.array(moderate(max), { minLength: 1, maxLength: 16 });

describe('softmax family', () => {
  it('sums to 1 within n·ε, entries in [0, 1], never NaN', () => {
    fc.assert(
      fc.property(vec, (z) => {
        const p = softmax(z);
        let s = 0;
        for (const v of p) {
          expect(v >= 0 && v <= 1).toBe(true);
          s += v;
        }
        expect(Math.abs(s - 1)).toBeLessThanOrEqual((z.length + 2) * EPS);
      }),
      RUNS,
    );
  });
  it('logSoftmax ≤ 0, logSumExp ≥ max, both finite and consistent with softmax', () => {
    fc.assert(
      fc.property(vec, (z) => {
        const lp = logSoftmax(z);
        const p = softmax(z);
        lp.forEach((v, i) => {
          expect(v <= 0 && !Number.isNaN(v)).toBe(true);
          if (p[i] > 1e-300) expect(Math.abs(Math.exp(v) - p[i])).toBeLessThanOrEqual(1e-13 * p[i] + 1e-300);
        });
        const l = logSumExp(z);
        expect(Number.isNaN(l)).toBe(false);
        expect(l).toBeGreaterThanOrEqual(Math.max(...z));
      }),
      RUNS,
    );
  });
  it('shift invariance (within rounding of z + c) and order preservation', () => {
    fc.assert(
      fc.property(modVec(1e3), moderate(1e3), (z, c) => {
        const p = softmax(z);
        const q = softmax(z.map((v) => v + c));
        p.forEach((v, i) => expect(Math.abs(v - q[i])).toBeLessThanOrEqual(1e-11));
        for (let i = 0; i < z.length; i++) {
          for (let j = 0; j < z.length; j++) if (z[i] < z[j]) expect(p[i]).toBeLessThanOrEqual(p[j]);
        }
      }),
      RUNS,
    );
  });
  it('T → 0 gives the one-hot of a unique max, T → ∞ the uniform distribution', () => {
    fc.assert(
      fc.property(modVec(100), (z) => {
        const m = Math.max(...z);
        const k = z.indexOf(m);
        if (z.every((v, i) => i === k || v < m - 1e-6)) {
          expect(Array.from(softmax(z, 1e-9))).toEqual(z.map((_, i) => (i === k ? 1 : 0)));
        }
        for (const v of softmax(z, 1e300)) expect(Math.abs(v - 1 / z.length)).toBeLessThanOrEqual(4 * EPS);
      }),
      RUNS,
    );
  });
  it('temperature scaling: softmax(z, T) = softmax(z / T)', () => {
    fc.assert(
      fc.property(modVec(50), fc.double({ min: 0.05, max: 20, noNaN: true }), (z, T) => {
        const a = softmax(z, T);
        const b = softmax(z.map((v) => v / T));
        a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(1e-12));
      }),
      RUNS,
    );
  });
});

describe('sigmoid identities', () => {
  it('σ(x) + σ(−x) = 1, σ(z) = softmax([0, z])[1], tanh(x) = 2σ(2x) − 1', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        expect(Math.abs(sigmoid(x) + sigmoid(-x) - 1)).toBeLessThanOrEqual(2 * EPS);
        const s = sigmoid(x);
        const t = softmax([0, x])[1];
        expect(Math.abs(s - t)).toBeLessThanOrEqual(4 * EPS * s + 1e-307);
        expect(Math.abs(Math.tanh(x) - (2 * sigmoid(2 * x) - 1))).toBeLessThanOrEqual(4 * EPS);
      }),
      RUNS,
    );
  });
  it('bceWithLogits(z, 1) = crossEntropyWithLogits([0, z], 1); grads agree too', () => {
    fc.assert(
      fc.property(anyDouble, (z) => {
        const a = bceWithLogits(z, 1);
        const b = crossEntropyWithLogits([0, z], 1);
        expect(Math.abs(a - b)).toBeLessThanOrEqual(4 * EPS * Math.abs(a) + 1e-307);
        const g = crossEntropyWithLogitsGrad([0, z], 1)[1];
        expect(Math.abs(bceWithLogitsGrad(z, 1) - g)).toBeLessThanOrEqual(4 * EPS * Math.abs(g) + 1e-307);
      }),
      RUNS,
    );
  });
  it('bceWithLogits is finite and ≥ 0 for any finite z and soft label', () => {
    fc.assert(
      fc.property(anyDouble, fc.double({ min: 0, max: 1, noNaN: true }), (z, y) => {
        const v = bceWithLogits(z, y);
        expect(v >= 0 && (Number.isFinite(v) || Math.abs(z) > 1e307)).toBe(true);
        expect(Number.isFinite(bceWithLogitsGrad(z, y))).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Kinks and jumps: finite differences are meaningless within h of these. */
const KINKS: Partial<Record<ActivationName, number[]>> = {
  step: [0], relu: [0], leakyRelu: [0], prelu: [0], elu: [0], selu: [0], hardSigmoid: [-3, 3], hardTanh: [-1, 1],
  hardSwish: [-3, 3],
};

describe('activations', () => {
  for (const name of activationNames) {
    const a = activations[name];
    it(`${name}: df matches central differences, f and df never NaN for finite x`, () => {
      fc.assert(
        fc.property(anyDouble, moderate(8), (xAny, x) => {
          expect(Number.isNaN(a.f(xAny))).toBe(false);
          expect(Number.isNaN(a.df(xAny))).toBe(false);
          expect(Number.isFinite(a.df(xAny))).toBe(true);
          const h = 1e-5;
          if ((KINKS[name] ?? []).some((k) => Math.abs(x - k) < 2 * h)) return;
          const fd = (a.f(x + h) - a.f(x - h)) / (2 * h);
          expect(Math.abs(fd - a.df(x))).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(fd)));
        }),
        { numRuns: 2000 },
      );
    });
    if (a.monotonic) {
      it(`${name} is monotonic`, () => {
        fc.assert(
          fc.property(anyDouble, anyDouble, (u, v) => {
            const [x, y] = u <= v ? [u, v] : [v, u];
            expect(a.f(x)).toBeLessThanOrEqual(a.f(y));
          }),
          { numRuns: 2000 },
        );
      });
    }
  }
  it('applyActivation agrees with the registry, in float64 and float32', () => {
    fc.assert(
      fc.property(fc.constantFrom(...activationNames), fc.array(anyDouble, { minLength: 1, maxLength: 32 }), (name, xs) => {
        const x = Float64Array.from(xs);
        const y = applyActivation(name, x);
        xs.forEach((v, i) => expect(y[i]).toBe(activations[name].f(v)));
        const x32 = Float32Array.from(xs);
        const y32 = applyActivation(name, x32, new Float32Array(xs.length));
        x32.forEach((v, i) => expect(y32[i]).toBe(Math.fround(activations[name].f(v))));
      }),
      RUNS,
    );
  });
});

describe('erf and erfc', () => {
  it('erf odd, erf + erfc = 1, never NaN', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        expect(erf(-x)).toBe(-erf(x));
        expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThanOrEqual(4 * EPS);
        expect(erfc(x) >= 0 && erfc(x) <= 2).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('roundTo', () => {
  for (const p of precisions) {
    it(`${p}: idempotent and monotone`, () => {
      fc.assert(
        fc.property(anyDouble, anyDouble, (u, v) => {
          const r = roundTo(u, p);
          expect(roundTo(r, p)).toBe(r);
          const [x, y] = u <= v ? [u, v] : [v, u];
          expect(roundTo(x, p)).toBeLessThanOrEqual(roundTo(y, p));
        }),
        RUNS,
      );
    });
  }
  it('float16 rounds to the nearest of the two neighbours', () => {
    fc.assert(
      fc.property(fc.double({ min: -65504, max: 65504, noNaN: true }), (x) => {
        const r = roundTo(x, 'float16');
        const q = r === 0 ? 2 ** -24 : 2 ** Math.max(Math.floor(Math.log2(Math.abs(r))) - 10, -24);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(q / 2);
      }),
      RUNS,
    );
  });
});
