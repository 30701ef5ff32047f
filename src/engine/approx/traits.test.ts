import { describe, expect, it } from 'vitest';
import { activationNames, activations, activationTraits } from '..';

/** Grid of [−15, 15] away from the given points. */
const grid = (avoid: number[]) => Array.from({ length: 1201 }, (_, i) => -15 + i / 40 + 0.003).filter((x) => avoid.every((c) => Math.abs(x - c) > 0.02));

describe('the article’s three properties, computed from f', () => {
  it('f(x) ≈ x near 0: exactly when |f(x) − x| shrinks faster than |x| (checked at two scales)', () => {
    for (const n of activationNames) {
      const err = (d: number) => Math.max(...[-d, -d / 2, d / 2, d].map((x) => Math.abs(activations[n].f(x) - x))) / d;
      const tr = activationTraits(n);
      if (tr.nearIdentity) expect(err(1e-3), n).toBeLessThan(1e-2);
      else expect(err(1e-3), n).toBeGreaterThan(1e-2);
    }
    expect(activationNames.filter((n) => activationTraits(n).nearIdentity)).toEqual(['identity', 'tanh', 'elu', 'hardTanh']);
    // Parameters count: ELU with α = 2 has slope 2 at 0⁻.
    expect(activationTraits('elu', { alpha: 2 }).nearIdentity).toBe(false);
  });

  it('monotone agrees with the registry and with the sign of the engine’s derivative', () => {
    for (const n of activationNames) {
      const tr = activationTraits(n);
      expect(tr.monotone, n).toBe(activations[n].monotonic);
      const negative = grid(tr.kinks.concat(tr.jumps)).some((x) => activations[n].df(x) < -1e-12);
      expect(tr.monotone, n).toBe(!negative);
    }
  });

  it('kinks are exactly where the engine’s derivative jumps; jumps where f does', () => {
    for (const n of activationNames) {
      const tr = activationTraits(n);
      const df = (x: number) => activations[n].df(x);
      for (const c of tr.kinks) expect(Math.abs(df(c - 1e-6) - df(c + 1e-6)), `${n} at ${c}`).toBeGreaterThan(1e-3);
      // Away from them the derivative is continuous: no step between neighbours 10⁻⁴ apart.
      for (const x of grid(tr.kinks.concat(tr.jumps))) expect(Math.abs(df(x + 1e-4) - df(x)), `${n} at ${x}`).toBeLessThan(1e-3);
    }
    expect(activationTraits('relu').kinks).toEqual([0]);
    expect(activationTraits('selu').kinks).toEqual([0]);
    expect(activationTraits('elu').kinks).toEqual([]);
    expect(activationTraits('elu', { alpha: 2 }).kinks).toEqual([0]);
    expect(activationTraits('hardSwish').kinks).toEqual([-3, 3]);
    expect(activationTraits('hardTanh').kinks).toEqual([-1, 1]);
    expect(activationTraits('step')).toMatchObject({ kinks: [], jumps: [0] });
    expect(activationTraits('gelu')).toMatchObject({ kinks: [], jumps: [] });
  }, 60_000);
});
