/**
 * Accuracy against high-precision references (scripts/make-fixtures.py, mpmath at 60
 * digits, rounded once to double): relative error ≤ 1e−14 for values, ≤ 1e−12 for
 * derivatives, wherever the reference is a normal double.
 */
import { describe, expect, it } from 'vitest';
import actFx from './fixtures/activations.json';
import specialFx from './fixtures/special.json';
import softmaxFx from './fixtures/softmax.json';
import lossFx from './fixtures/losses.json';
import roundFx from './fixtures/rounding.json';
import { activationNames, activations } from './activations';
import { erf, erfc, normalCdf } from './special';
import { logSoftmax, logSumExp, logSoftmaxRows, softmax, softmaxRows } from './softmax';
import {
  bce, bceWithLogits, bceWithLogitsGrad, crossEntropyWithLogits, crossEntropyWithLogitsGrad, entropy, focalLoss,
  klDivergence,
} from './losses';
import { roundTo } from './precision';
import { expectClose, num } from './testUtil';

const VALUE_TOL = 1e-14;
const DERIV_TOL = 1e-12;

describe('activations match mpmath', () => {
  const xs = actFx.x.map(num);
  const table = actFx.activations as Record<string, { f: string[]; df: string[] }>;
  it('has a fixture for every activation', () => {
    expect(Object.keys(table).sort()).toEqual([...activationNames].sort());
  });
  for (const name of activationNames) {
    it(`${name}: f and df at ${xs.length} points`, () => {
      const a = activations[name];
      xs.forEach((x, i) => {
        expectClose(a.f(x), table[name].f[i], VALUE_TOL, `${name}.f(${x})`);
        expectClose(a.df(x), table[name].df[i], DERIV_TOL, `${name}.df(${x})`);
      });
    });
  }
});

describe('erf, erfc, Φ match mpmath', () => {
  const xs = specialFx.x.map(num);
  it('erf', () => xs.forEach((x, i) => expectClose(erf(x), specialFx.erf[i], VALUE_TOL, `erf(${x})`)));
  it('erfc', () => xs.forEach((x, i) => expectClose(erfc(x), specialFx.erfc[i], VALUE_TOL, `erfc(${x})`)));
  it('normalCdf', () =>
    xs.forEach((x, i) => expectClose(normalCdf(x), specialFx.normalCdf[i], VALUE_TOL, `normalCdf(${x})`)));
  it('erfc(26) ≈ 5.6e−296 to full precision', () => {
    expect(erfc(26) / 5.663192408856143e-296 - 1).toBeLessThan(1e-14);
  });
});

describe('softmax family matches mpmath', () => {
  for (const c of softmaxFx) {
    const z = c.z.map(num);
    const T = num(c.temperature);
    const label = `[${c.z.join(', ')}] T=${c.temperature}`;
    it(label, () => {
      const p = softmax(z, T);
      const lp = logSoftmax(z, T);
      c.softmax.forEach((r, i) => expectClose(p[i], r, VALUE_TOL, `softmax ${label} [${i}]`));
      c.logSoftmax.forEach((r, i) => expectClose(lp[i], r, VALUE_TOL, `logSoftmax ${label} [${i}]`));
      expectClose(logSumExp(z, T), c.logSumExp, VALUE_TOL, `logSumExp ${label}`);
      if (T === 1 && z.every((v) => Math.abs(v) < 1e300)) {
        // The row kernels are the plain stable formula: a few ulps, not the double-double path.
        const x = Float64Array.from(z);
        const o = softmaxRows(new Float64Array(z.length), x, 1, z.length);
        const lo = logSoftmaxRows(new Float64Array(z.length), x, 1, z.length);
        c.softmax.forEach((r, i) => expectClose(o[i], r, 1e-13, `softmaxRows ${label} [${i}]`));
        c.logSoftmax.forEach((r, i) => expectClose(lo[i], r, 1e-13, `logSoftmaxRows ${label} [${i}]`));
      }
    });
  }
});

describe('losses match mpmath', () => {
  it('bce', () => lossFx.bce.forEach((c) => expectClose(bce(num(c.p), num(c.y)), c.value, VALUE_TOL, `bce(${c.p}, ${c.y})`)));
  it('bceWithLogits and its gradient', () =>
    lossFx.bceWithLogits.forEach((c) => {
      expectClose(bceWithLogits(num(c.z), num(c.y)), c.value, VALUE_TOL, `bceWithLogits(${c.z}, ${c.y})`);
      expectClose(bceWithLogitsGrad(num(c.z), num(c.y)), c.grad, DERIV_TOL, `bceWithLogitsGrad(${c.z}, ${c.y})`);
    }));
  it('crossEntropyWithLogits and its gradient', () =>
    lossFx.crossEntropyWithLogits.forEach((c) => {
      const z = c.logits.map(num);
      expectClose(crossEntropyWithLogits(z, c.target), c.value, VALUE_TOL, `ce([${c.logits}], ${c.target})`);
      const g = crossEntropyWithLogitsGrad(z, c.target);
      c.grad.forEach((r, i) => expectClose(g[i], r, DERIV_TOL, `ceGrad([${c.logits}], ${c.target})[${i}]`));
    }));
  it('focalLoss', () =>
    lossFx.focal.forEach((c) => {
      const a = c.alpha === null ? undefined : num(c.alpha);
      expectClose(focalLoss(num(c.p), num(c.y), num(c.gamma), a), c.value, VALUE_TOL, `focal(${c.p}, ${c.y}, ${c.gamma}, ${c.alpha})`);
    }));
  it('klDivergence', () =>
    lossFx.kl.forEach((c) => expectClose(klDivergence(c.p.map(num), c.q.map(num)), c.value, VALUE_TOL, `kl(${c.p}; ${c.q})`)));
  it('entropy', () => lossFx.entropy.forEach((c) => expectClose(entropy(c.p.map(num)), c.value, VALUE_TOL, `entropy(${c.p})`)));
});

describe('roundTo matches independent references', () => {
  const xs = roundFx.x.map(num);
  it(`float16 equals numpy's double→half on ${xs.length} values`, () => {
    xs.forEach((x, i) => expect(roundTo(x, 'float16'), `float16(${x})`).toBe(num(roundFx.float16[i])));
  });
  it(`bfloat16 equals exact rational rounding on ${xs.length} values`, () => {
    xs.forEach((x, i) => expect(roundTo(x, 'bfloat16'), `bfloat16(${x})`).toBe(num(roundFx.bfloat16[i])));
  });
});
