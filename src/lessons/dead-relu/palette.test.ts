import { describe, expect, it } from 'vitest';
import { DEAD_GREY, diverging, gridPixels } from './palette';

/** The reference: diverging() per cell, greyed as the dead maps were before gridPixels. */
function reference(data: number[], g: number, value: (v: number) => number, offset: number, grey: boolean): Uint8ClampedArray {
  const out = new Uint8ClampedArray(4 * g * g);
  for (let i = 0; i < g * g; i++) {
    let c = diverging(value(data[offset + i]));
    if (grey) {
      const l = 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2];
      c = [l + (DEAD_GREY[0] - l) * 0.6, l + (DEAD_GREY[1] - l) * 0.6, l + (DEAD_GREY[2] - l) * 0.6];
    }
    out.set([c[0], c[1], c[2], 255], 4 * i);
  }
  return out;
}

describe('gridPixels', () => {
  // Values across the whole range, past both ends, exact zeros (−0 too) and NaN.
  const g = 7;
  const data = Array.from({ length: 2 * g * g }, (_, i) => (i % 11 === 0 ? NaN : i % 13 === 0 ? -0 : Math.sin(i * 1.7) * 2.5));
  for (const grey of [false, true]) {
    for (const offset of [0, g * g]) {
      it(`writes diverging()'s bytes (grey ${grey}, offset ${offset})`, () => {
        const value = (v: number) => v / 1.3;
        const px = new Uint8ClampedArray(4 * g * g);
        gridPixels(px, data, g, value, offset, grey);
        expect(Array.from(px)).toEqual(Array.from(reference(data, g, value, offset, grey)));
      });
    }
  }
  it('paints the ends blue and orange, the middle near-white', () => {
    const px = new Uint8ClampedArray(12);
    gridPixels(px, [-1, 0, 1], 1, (v) => v, 0);
    expect(Array.from(px.slice(0, 3))).toEqual([33, 102, 172]);
    gridPixels(px, [-1, 0, 1], 1, (v) => v, 1);
    expect(Array.from(px.slice(0, 3))).toEqual([247, 247, 247]);
    gridPixels(px, [-1, 0, 1], 1, (v) => v, 2);
    expect(Array.from(px.slice(0, 3))).toEqual([179, 88, 6]);
  });
});
