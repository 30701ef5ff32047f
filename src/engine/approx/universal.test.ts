import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { approxErrorCurve, approxErrorWidths, approxGrid, approxTarget, approxUnits, drawnTarget, fitApproxUnits, leastSquaresQR, APPROX_TARGETS, type ApproxUnitKind } from '..';

/** NumPy's own design matrix (built from the definitions, not from the engine) and np.linalg.lstsq. */
function numpyFits(cases: { kind: ApproxUnitKind; n: number; ys: number[] }[]): { fitted: number[]; rmse: number }[] {
  const program = [
    'import json, sys',
    'import numpy as np',
    'cases = json.loads(sys.stdin.read())',
    'x = np.linspace(-1, 1, 201)',
    'out = []',
    'for c in cases:',
    '    n = c["n"]; d = 2 / n',
    '    if c["kind"] == "sigmoid":',
    '        cen = -1 + (np.arange(n) + 0.5) * d',
    '        H = 1 / (1 + np.exp(-(4 / d) * (x[:, None] - cen[None, :])))',
    '    else:',
    '        cen = -1 + np.arange(n) * d',
    '        H = np.maximum(0, x[:, None] - cen[None, :])',
    '    A = np.hstack([np.ones((len(x), 1)), H])',
    '    y = np.array(c["ys"])',
    '    w, *_ = np.linalg.lstsq(A, y, rcond=None)',
    '    f = A @ w',
    '    out.append({"fitted": f.tolist(), "rmse": float(np.sqrt(np.mean((f - y) ** 2)))})',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', program], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 16 << 20 }));
}

describe('universal approximation by least squares', () => {
  const xs = approxGrid();

  it('fits the same output as NumPy’s lstsq, for both unit kinds and every preset', () => {
    const cases = APPROX_TARGETS.flatMap((t) => ([['sigmoid', 3], ['sigmoid', 17], ['relu', 5], ['relu', 40]] as const).map(([kind, n]) => ({ kind, n, ys: Array.from(xs, (x) => approxTarget(t, x)) })));
    const ref = numpyFits(cases);
    cases.forEach((c, i) => {
      const fit = fitApproxUnits(c.kind, c.n, xs, c.ys);
      expect(Math.abs(fit.rmse - ref[i].rmse), `${c.kind} ${c.n}`).toBeLessThan(1e-7 * Math.max(1, ref[i].rmse));
      fit.fitted.forEach((v, j) => expect(Math.abs(v - ref[i].fitted[j])).toBeLessThan(1e-7));
    });
  }, 60_000);

  it('QR least squares matches the closed-form straight-line fit', () => {
    const px = [0, 1, 2, 3, 4];
    const py = [1, 3, 2, 5, 4];
    const w = leastSquaresQR(px.flatMap((x) => [1, x]), 5, 2, py);
    // Slope = cov/var, intercept = ȳ − slope·x̄.
    expect(w[1]).toBeCloseTo(0.8, 12);
    expect(w[0]).toBeCloseTo(3 - 0.8 * 2, 12);
    expect(() => leastSquaresQR([1, 2], 1, 2, [1])).toThrow(/rows ≥ cols/);
  });

  it('n ReLU units reproduce a kink at a hinge exactly, and the sum of weighted units is the fit', () => {
    const ys = Float64Array.from(xs, (x) => approxTarget('kink', x));
    expect(fitApproxUnits('relu', 2, xs, ys).rmse).toBeLessThan(1e-12);
    expect(fitApproxUnits('relu', 3, xs, ys).rmse).toBeGreaterThan(0.01);
    const fit = fitApproxUnits('sigmoid', 6, xs, ys);
    xs.forEach((x, i) => {
      let s = fit.bias;
      fit.weights.forEach((w, j) => (s += w * (1 / (1 + Math.exp(-fit.units.slope * (x - fit.units.centres[j]))))));
      expect(s).toBeCloseTo(fit.fitted[i], 10);
    });
  });

  it('the error falls with n: smooth targets fast, the step slowly', () => {
    const widths = approxErrorWidths(40);
    expect(widths[0]).toBe(1);
    expect(widths.at(-1)).toBe(40);
    widths.forEach((n, i) => i > 0 && expect(n).toBeGreaterThan(widths[i - 1]));
    const sine = approxErrorCurve('sigmoid', xs, Float64Array.from(xs, (x) => approxTarget('sine', x)), widths);
    // Each entry is the fit at that width.
    expect(sine[5]).toBe(fitApproxUnits('sigmoid', widths[5], xs, Float64Array.from(xs, (x) => approxTarget('sine', x))).rmse);
    expect(sine.at(-1)).toBeLessThan(sine[3] / 100);
    const step = approxErrorCurve('relu', xs, Float64Array.from(xs, (x) => approxTarget('step', x)), widths);
    expect(step.at(-1)).toBeLessThan(step[0]);
    expect(step.at(-1)).toBeGreaterThan(sine.at(-1) ?? 0);
  });

  it('drawn targets are the polyline through their points; units are evenly spaced', () => {
    expect(drawnTarget([0, 1, 0], -1)).toBe(0);
    expect(drawnTarget([0, 1, 0], 0)).toBe(1);
    expect(drawnTarget([0, 1, 0], 0.5)).toBeCloseTo(0.5, 15);
    expect(() => drawnTarget([1], 0)).toThrow(/at least 2/);
    expect(Array.from(approxUnits('relu', 4).centres)).toEqual([-1, -0.5, 0, 0.5]);
    expect(Array.from(approxUnits('sigmoid', 2).centres)).toEqual([-0.5, 0.5]);
    expect(() => fitApproxUnits('relu', 3, xs, Float64Array.from(xs, () => NaN))).toThrow(/ys\[0\]/);
  });
});
