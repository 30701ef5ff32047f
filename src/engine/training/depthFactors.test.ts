import { describe, expect, it } from 'vitest';
import { backwardThroughDepth } from './depth';
import { depthFactors } from './depthFactors';

const prod = (a: number[]) => a.reduce((p, v) => p * v, 1);

describe('depthFactors', () => {
  it('runs exactly backwardThroughDepth’s network: the same gradient norms, bit for bit', () => {
    for (const o of [
      { depth: 30, width: 16, activation: 'sigmoid', seed: 1 },
      { depth: 7, width: 5, activation: 'relu', init: 'he', initScale: 0.7, seed: 3, batch: 9 },
      { depth: 4, width: 8, activation: 'gelu', init: 'normal', biasInit: 0.1, seed: 2 },
    ] as const) expect(depthFactors(o).norms).toEqual(backwardThroughDepth(o));
  });

  it('splits the per-example chain exactly into slope and matrix factors', () => {
    const f = depthFactors({ depth: 12, width: 10, activation: 'tanh', seed: 5 });
    expect(f.examples).toBe(64);
    expect(Math.abs(prod(f.slopeGain) * prod(f.weightGain) / f.chain - 1)).toBeLessThan(1e-9);
  });

  it('measures what the maths says: sigmoid slopes ≤ 1/4, a 1-unit-wide linear chain passes |w|', () => {
    const s = depthFactors({ depth: 10, width: 16, activation: 'sigmoid', seed: 1 });
    for (const v of s.meanSlope) expect(v).toBeLessThanOrEqual(0.25);
    for (const v of s.slopeGain) expect(v).toBeLessThanOrEqual(0.25);
    // identity activation: slopes pass everything, and the chain is the matrices alone
    const id = depthFactors({ depth: 3, width: 1, activation: 'identity', init: 'normal', seed: 4 });
    expect(id.slopeGain).toEqual([1, 1, 1]);
    expect(id.meanSlope).toEqual([1, 1, 1]);
    expect(Math.abs(prod(id.weightGain) / id.chain - 1)).toBeLessThan(1e-12);
  });

  it('skips examples whose backward signal dies (every ReLU off), and rejects what the probe rejects', () => {
    const dead = depthFactors({ depth: 3, width: 2, activation: 'relu', init: 'he', biasInit: -50, seed: 1 });
    expect(dead.examples).toBe(0);
    expect(dead.chain).toBe(0);
    expect(() => depthFactors({ depth: 51, width: 4, activation: 'tanh', seed: 1 })).toThrow(/depth/);
    expect(() => depthFactors({ depth: 3, width: 4, activation: 'tanh', initScale: -1, seed: 1 })).toThrow(/initScale/);
  });
});
