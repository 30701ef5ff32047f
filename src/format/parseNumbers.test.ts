import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumbers } from './parseNumbers';

const ok = (text: string) => {
  const r = parseNumbers(text);
  if (!r.ok) throw new Error(`expected numbers from ${JSON.stringify(text)}, got ${JSON.stringify(r.error)}`);
  return r;
};

describe('parseNumbers: what students paste', () => {
  it('reads lists with any separator, a column, and a header row', () => {
    expect(ok('38, 20, 40, 39').values).toEqual([38, 20, 40, 39]);
    expect(ok('38\t20\t40\t39\n').values).toEqual([38, 20, 40, 39]);
    expect(ok('1;2;3').values).toEqual([1, 2, 3]);
    const col = ok('logit\n2.5\n−1\n.5\n1e-3\n');
    expect(col.values).toEqual([2.5, -1, 0.5, 0.001]);
    expect(col.header).toEqual(['logit']);
    expect(ok('a,b\n1,2\n3,4')).toMatchObject({ values: [1, 2, 3, 4], rows: 2, cols: 2, header: ['a', 'b'] });
  });
  it('reads PyTorch and NumPy printouts', () => {
    expect(ok('tensor([[ 2.1000, -0.3000,  1.2500]], grad_fn=<AddmmBackward0>)').values).toEqual([2.1, -0.3, 1.25]);
    expect(ok("tensor([1., 2., 3.], device='cuda:0')").values).toEqual([1, 2, 3]);
    expect(ok('array([ 1.0e+00, -2.5e-03,  3.0e+02])').values).toEqual([1, -0.0025, 300]);
    expect(ok('array([[1, 2],\n       [3, 4]], dtype=int64)')).toMatchObject({ values: [1, 2, 3, 4], rows: 2, cols: 2 });
    expect(ok('[[0.1, 0.9], [0.8, 0.2]]')).toMatchObject({ rows: 2, cols: 2 });
  });
  it('reads wrapped, scientific and console-decorated printouts', () => {
    // np.set_printoptions defaults: a long row wraps at 75 characters, small values go scientific
    const wrapped = 'array([-1.2034e+00,  3.5e-04,  2.1000e+01,  7.7e-01,  1.0e+00,\n        9.9e-01, -4.0e+00], dtype=float32)';
    expect(ok(wrapped)).toMatchObject({ values: [-1.2034, 0.00035, 21, 0.77, 1, 0.99, -4], rows: 1, cols: 7 });
    const torch2d = 'tensor([[ 0.1000, -0.2000,  0.3000,\n          0.4000],\n        [ 1.0000,  2.0000,  3.0000,\n          4.0000]], grad_fn=<AddmmBackward0>)';
    expect(ok(torch2d)).toMatchObject({ values: [0.1, -0.2, 0.3, 0.4, 1, 2, 3, 4], rows: 2, cols: 4 });
    expect(ok('[[ 1.5 -2. ]\n [ 3.  4. ]]')).toMatchObject({ values: [1.5, -2, 3, 4], rows: 2, cols: 2 });
    expect(ok('>>> model(x)\ntensor([[1.2, -0.3]], requires_grad=True)').values).toEqual([1.2, -0.3]);
    expect(ok('Out[7]: array([1., 2.])').values).toEqual([1, 2]);
    expect(ok('[np.float32(0.25), np.float64(-1.5e-3)]').values).toEqual([0.25, -0.0015]);
    expect(ok('tensor(2.5000)').values).toEqual([2.5]);
  });
  it('says when a printout was summarised, and names nan/inf', () => {
    expect(parseNumbers('tensor([0.1, 0.2, 0.3, ..., 0.7, 0.8, 0.9])')).toEqual({ ok: false, error: { code: 'truncated', row: 1, col: 4 } });
    expect(parseNumbers('array([ 1., nan,  3.])')).toEqual({ ok: false, error: { code: 'notFinite', row: 1, col: 2, cell: 'nan' } });
    expect(parseNumbers('tensor([[1., -inf]])')).toEqual({ ok: false, error: { code: 'notFinite', row: 1, col: 2, cell: '-inf' } });
  });
  it('names the offending cell', () => {
    expect(parseNumbers('1, 2, x3, 4')).toEqual({ ok: false, error: { code: 'notNumber', row: 1, col: 3, cell: 'x3' } });
    expect(parseNumbers('h1,h2\n1,2\n3,oops')).toEqual({ ok: false, error: { code: 'notNumber', row: 3, col: 2, cell: 'oops' } });
    expect(parseNumbers('1, inf, 2')).toEqual({ ok: false, error: { code: 'notFinite', row: 1, col: 2, cell: 'inf' } });
    expect(parseNumbers('1,2\n3')).toEqual({ ok: false, error: { code: 'ragged', row: 2, expected: 2, got: 1 } });
    expect(parseNumbers('  \n ')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseNumbers('1,2', { minValues: 3 })).toEqual({ ok: false, error: { code: 'tooFew', min: 3, count: 2 } });
    const big = Array.from({ length: 6001 }, (_, i) => i).join(',');
    expect(parseNumbers(big)).toMatchObject({ ok: false, error: { code: 'tooMany', max: 5000 } });
  });
  it('reads back any list of finite doubles joined by any separators', () => {
    const sep = fc.constantFrom(',', ', ', '\t', ' ', '\n', ';', ' ,\n');
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 50 }), sep, (xs, s) => {
        const r = parseNumbers(xs.map(String).join(s));
        // a newline separator makes a column; every separator keeps the values and their order
        expect(r.ok && r.values.map((v) => Object.is(v, -0) ? 0 : v)).toEqual(xs.map((v) => (Object.is(v, -0) ? 0 : v)));
      }),
      { numRuns: 300 },
    );
  });
  it('answers a pathological paste at once (a 200 000-digit cell), naming it', () => {
    expect(parseNumbers(`1, ${'9'.repeat(200_000)}x`)).toMatchObject({ ok: false, error: { code: 'notNumber', row: 1, col: 2 } });
  });
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const r = parseNumbers(text);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) expect(r.values.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // fast-check's first binary-string run builds its generators (seconds on a loaded machine,
    // whichever parser it feeds); the parser itself takes a few ms per thousand texts.
  }, 30_000);
});
