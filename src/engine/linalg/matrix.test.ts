import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chainProduct, createMatrix, determinant, identityMatrix, matmul, matvec, toRows, type Matrix } from './matrix';
import { randomLayerStack, randomMatrix } from './random';
import { transformPoints, gridLines } from './stack';

const m2 = (a: number, b: number, c: number, d: number) => createMatrix(2, 2, [a, b, c, d]);

describe('matrix basics', () => {
  it('multiplies by hand-checked values', () => {
    const p = matmul(m2(1, 2, 3, 4), m2(5, 6, 7, 8));
    expect(toRows(p)).toEqual([[19, 22], [43, 50]]);
    expect(Array.from(matvec(m2(1, 2, 3, 4), [1, -1]))).toEqual([-1, -1]);
  });
  it('rejects mismatched shapes, naming the argument', () => {
    expect(() => matmul(createMatrix(2, 3), createMatrix(2, 3))).toThrow(/^b must have a.cols = 3 rows/);
    expect(() => createMatrix(0, 2)).toThrow(RangeError);
    expect(() => createMatrix(2, 2, [1, 2, 3])).toThrow(/values must hold/);
    expect(() => createMatrix(1, 2, [1, NaN])).toThrow(/values\[1\]/);
    expect(() => matvec(createMatrix(2, 3), [1, 2])).toThrow(/x must have length/);
    expect(() => chainProduct([])).toThrow(/layers/);
    expect(() => chainProduct([createMatrix(3, 2), createMatrix(2, 2)])).toThrow(/layers\[1\]/);
    expect(() => determinant(createMatrix(2, 3))).toThrow(/m must be square/);
  });
  it('chainProduct applies layers[0] first: W2·W1', () => {
    const W1 = m2(1, 2, 3, 4);
    const W2 = m2(0, 1, 1, 0);
    expect(toRows(chainProduct([W1, W2]))).toEqual(toRows(matmul(W2, W1)));
  });
  it('determinant matches ad − bc and handles pivoting and singular matrices', () => {
    expect(determinant(m2(1, 2, 3, 4))).toBeCloseTo(-2, 14);
    expect(determinant(m2(0, 1, 1, 0))).toBe(-1);
    expect(determinant(m2(1, 2, 2, 4))).toBe(0);
    expect(determinant(identityMatrix(5))).toBe(1);
  });
});

const small = fc.integer({ min: -20, max: 20 }).map((k) => k / 4); // exact in binary: products stay exact
const mat2 = fc.tuple(small, small, small, small).map(([a, b, c, d]) => m2(a, b, c, d));

describe('properties', () => {
  it('matmul is associative (exactly, for dyadic entries) and I is neutral', () => {
    fc.assert(
      fc.property(mat2, mat2, mat2, (a, b, c) => {
        expect(toRows(matmul(matmul(a, b), c))).toEqual(toRows(matmul(a, matmul(b, c))));
        expect(toRows(matmul(identityMatrix(2), a))).toEqual(toRows(a));
      }),
    );
  });
  it('det(AB) = det(A)·det(B)', () => {
    fc.assert(
      fc.property(mat2, mat2, (a, b) => {
        const want = determinant(a) * determinant(b);
        expect(Math.abs(determinant(matmul(a, b)) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)) * 64);
      }),
    );
  });
  it('a linear stack acts on points exactly like its single product matrix', () => {
    fc.assert(
      fc.property(fc.array(mat2, { minLength: 1, maxLength: 6 }), fc.tuple(small, small), (layers: Matrix[], [x, y]) => {
        const viaStack = transformPoints(layers, [x, y]);
        const viaProduct = matvec(chainProduct(layers), [x, y]);
        expect(Array.from(viaStack)).toEqual(Array.from(viaProduct));
      }),
    );
  });
  it('with tanh between layers the map is no longer linear: f(2p) ≠ 2 f(p)', () => {
    const layers = [m2(1, 0.5, -0.5, 1), m2(1, 0, 0, 1)];
    const p = transformPoints(layers, [0.8, 0.3], 'tanh');
    const q = transformPoints(layers, [1.6, 0.6], 'tanh');
    expect(Math.abs(q[0] - 2 * p[0])).toBeGreaterThan(0.1);
    // One layer: nothing lies between layers, so the map stays linear.
    expect(Array.from(transformPoints([layers[0]], [0.8, 0.3], 'tanh'))).toEqual(Array.from(transformPoints([layers[0]], [0.8, 0.3])));
  });
});

describe('seeded random matrices', () => {
  it('are reproducible, quantized and prefix-stable', () => {
    const a = randomMatrix(3, 4, 7, { quantum: 0.1, lo: -1.5, hi: 1.5 });
    expect(Array.from(a.data)).toEqual(Array.from(randomMatrix(3, 4, 7, { quantum: 0.1, lo: -1.5, hi: 1.5 }).data));
    for (const v of a.data) {
      expect(Number(v.toFixed(1))).toBe(v);
      expect(Math.abs(v)).toBeLessThanOrEqual(1.5);
    }
    const s3 = randomLayerStack(3, 2, 11, { quantum: 0.1, minAbsDet: 0.3 });
    const s6 = randomLayerStack(6, 2, 11, { quantum: 0.1, minAbsDet: 0.3 });
    expect(s6.slice(0, 3).map(toRows)).toEqual(s3.map(toRows));
    for (const m of s6) expect(Math.abs(determinant(m))).toBeGreaterThanOrEqual(0.3);
    expect(toRows(randomLayerStack(1, 2, 12)[0])).not.toEqual(toRows(randomLayerStack(1, 2, 11)[0]));
  });
  it('reject bad options', () => {
    expect(() => randomMatrix(2, 2, 1, { lo: 1, hi: 1 })).toThrow(/lo\/hi/);
    expect(() => randomMatrix(2, 2, 1, { quantum: -1 })).toThrow(/quantum/);
    expect(() => randomLayerStack(0, 2, 1)).toThrow(/count/);
    expect(() => randomLayerStack(1, 2, 1, { lo: -0.1, hi: 0.1, minAbsDet: 5 })).toThrow(/minAbsDet/);
  });
});

describe('gridLines', () => {
  it('covers the square edge to edge', () => {
    const lines = gridLines(1, 5, 3);
    expect(lines).toHaveLength(10);
    expect(Array.from(lines[0].points)).toEqual([-1, -1, -1, 0, -1, 1]);
    expect(lines[9]).toMatchObject({ axis: 'h', at: 1 });
    expect(() => gridLines(0, 5, 3)).toThrow(/extent/);
  });
});
