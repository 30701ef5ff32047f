import { describe, expect, it } from 'vitest';
import { makeScale } from './layout';
import { nearestPoint, seriesCrosshair } from './readout';

describe('crosshair readouts', () => {
  const scales = { x: makeScale('linear', 0, 2, false, 0, 200), y: makeScale('linear', 0, 1, false, 100, 0) };
  it('reads every series at the sample nearest the pointer, dots only where drawable', () => {
    const pick = seriesCrosshair(
      [
        { id: 'a', label: 'σ(x)', color: 'red', x: [0, 1, 2], y: [0.5, 0.7310585786300049, 0.88] },
        { id: 'b', label: 'b', color: 'blue', x: [0, 1, 2], y: [0, NaN, 1] },
      ],
      'linear',
    );
    const r = pick({ x: 1.2, y: 0, px: 120, py: 100 }, scales);
    expect(r?.text).toBe('x = 1 · σ(x) = 0.7311 · b = NaN');
    expect(r?.rule).toBe(1.2);
    expect(r?.dots).toEqual([{ x: 1, y: 0.7310585786300049, color: 'red' }]);
    expect(seriesCrosshair([])({ x: 0, y: 0, px: 0, py: 0 }, scales)).toBeNull();
  });

  it('picks the nearest point within the radius, or none', () => {
    expect(nearestPoint([0, 50, 100], [0, 0, 0], { px: 60, py: 5 })).toBe(1);
    expect(nearestPoint([0, 50, 100], [0, 0, 0], { px: 75, py: 40 })).toBe(-1);
  });
});
