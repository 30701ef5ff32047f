import { describe, expect, it } from 'vitest';
import { activations, softmax } from '../numeric';
import { constantNetwork, forwardSteps, hiddenUnitSpread, packNetwork, randomNetwork, unpackNetwork } from './network';
import { gradientDescent1D, unitLoss, unitLossGrad } from './unitLoss';

describe('dense networks', () => {
  const net = randomNetwork([2, 3, 2, 2], 5, { quantum: 0.1 });
  it('pack/unpack round-trips in the trainer layout (W row-major, then b)', () => {
    const flat = packNetwork(net);
    expect(flat.length).toBe(2 * 3 + 3 + 3 * 2 + 2 + 2 * 2 + 2);
    expect(packNetwork(unpackNetwork(flat, [2, 3, 2, 2]))).toEqual(flat);
    expect(() => unpackNetwork(flat.slice(1), [2, 3, 2, 2])).toThrow(/flat must hold 23/);
  });
  it('forwardSteps computes z = Wx + b then f(z), layer by layer', () => {
    const x = [0.5, -1];
    const steps = forwardSteps(net, x, 'sigmoid', 'softmax');
    expect(steps).toHaveLength(6);
    const W = net.weights[0].data;
    const z0 = W[0] * x[0] + W[1] * x[1] + net.biases[0][0];
    expect(steps[0].values[0]).toBe(z0);
    expect(steps[1].values[0]).toBe(activations.sigmoid.f(z0));
    expect(Array.from(steps[5].values)).toEqual(Array.from(softmax(steps[4].values)));
    expect(steps[2].input).toBe(steps[1].values);
    expect(() => forwardSteps(net, [NaN, 0], 'relu', 'identity')).toThrow(/x\[0\]/);
    expect(() => forwardSteps(net, x, 'nope' as 'relu', 'identity')).toThrow(/hidden/);
  });
  it('hiddenUnitSpread is 0 exactly for a constant network and positive for a random one', () => {
    expect(hiddenUnitSpread(constantNetwork([2, 4, 1], 0.5), 0)).toBe(0);
    expect(hiddenUnitSpread(randomNetwork([2, 4, 1], 1), 0)).toBeGreaterThan(0);
    expect(() => hiddenUnitSpread(constantNetwork([2, 4, 1], 0.5), 1)).toThrow(/layer/);
  });
});

describe('one-unit loss landscape', () => {
  const data = { x: [-2, -1, -0.5, 0.5, 1, 2], y: [0, 0, 1, 0, 1, 1] };
  it('the step unit has zero gradient everywhere off its kinks; sigmoid does not', () => {
    for (const w of [-3, -1.2, 0.7, 2.5]) {
      expect(unitLossGrad('step', w, 0, data)).toBe(0);
      expect(unitLossGrad('sigmoid', w, 0, data)).not.toBe(0);
    }
  });
  it('the analytic gradient matches a central difference', () => {
    const h = 1e-6;
    for (const w of [-2, 0.3, 1.7]) {
      const fd = (unitLoss('sigmoid', w + h, 0, data) - unitLoss('sigmoid', w - h, 0, data)) / (2 * h);
      expect(unitLossGrad('sigmoid', w, 0, data)).toBeCloseTo(fd, 7);
    }
  });
  it('descent moves downhill on sigmoid and stays put on step', () => {
    const sig = gradientDescent1D((w) => unitLossGrad('sigmoid', w, 0, data), -2, 1, 50);
    expect(unitLoss('sigmoid', sig[50], 0, data)).toBeLessThan(unitLoss('sigmoid', -2, 0, data));
    const st = gradientDescent1D((w) => unitLossGrad('step', w, 0, data), -2, 1, 50);
    expect(st.every((w) => w === -2)).toBe(true);
    expect(() => gradientDescent1D((w) => w, 0, 0, 1)).toThrow(/learningRate/);
  });
});
