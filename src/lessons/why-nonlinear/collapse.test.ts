import { describe, expect, it } from 'vitest';
import { gridLines, transformPoints } from '../../engine';
import { bendActivation, landmarks, layerStack, productOf, stackView, transformedLines, type Bend } from './collapse';

describe('collapse widget data', () => {
  it('transforms the whole grid in one call exactly as line by line', () => {
    for (const bend of ['none', 'tanh', 'relu'] as Bend[]) {
      const layers = layerStack(4, 7);
      const { lines } = transformedLines(layers, bend);
      const base = gridLines(1, 9, 41);
      expect(lines).toHaveLength(base.length);
      lines.forEach((l, i) => {
        expect(l.axis).toBe(base[i].axis);
        expect(Array.from(l.points)).toEqual(Array.from(transformPoints(layers, base[i].points, bendActivation(bend))));
      });
    }
  });

  it('stackView gives what the parts compute, and the same object for a stack shown before', () => {
    const v = stackView(3, 42, 'tanh');
    const layers = layerStack(3, 42);
    expect(v.layers).toEqual(layers);
    expect(v.after).toEqual(transformedLines(layers, 'tanh'));
    expect(v.marks).toEqual(landmarks(layers, 'tanh'));
    expect({ product: v.product, det: v.det }).toEqual(productOf(layers));
    stackView(4, 42, 'tanh');
    expect(stackView(3, 42, 'tanh')).toBe(v);
    expect(stackView(3, 42, 'relu')).not.toBe(v);
  });
});
