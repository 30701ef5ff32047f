import { describe, expect, it } from 'vitest';
import { seriesCsv } from './table';

describe('seriesCsv', () => {
  it('writes full-precision values, one x/y column pair per series, quoting labels', () => {
    const csv = seriesCsv([
      { id: 'a', label: 'σ(x)', color: '', x: [0, 1], y: [0.5, 0.7310585786300049] },
      { id: 'b', label: 'say "hi"', color: '', x: [0], y: [Infinity] },
    ]);
    expect(csv).toBe('"σ(x) x","σ(x)","say ""hi"" x","say ""hi"""\n0,0.5,0,Infinity\n1,0.7310585786300049,,\n');
  });
});
