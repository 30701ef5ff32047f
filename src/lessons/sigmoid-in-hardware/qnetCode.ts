/** "Show the code" for the network on the chip: the hls4ml-style quantized forward pass in NumPy and PyTorch. */
import { prepareQuantNet } from '../../engine';
import type { CodeCheck, CodeSamples } from '../../components/code/types';
import { qnetNetwork, QNET_SIZES, trainedQnet, type QnetState } from './qnetModel';

const ROWS = 8;
const list = (v: ArrayLike<number>) => `[${Array.from(v, (x) => String(x)).join(', ')}]`;

/**
 * The logits of the first test points with every type ap_fixed<W, I> (AP_TRN, AP_WRAP), cast
 * where hls4ml casts: inputs, weights, biases, each product and each partial sum, each result.
 * The output sigmoid is left out (σ of the logit in float): the widget's approximations are
 * emulated bit for bit by the engine, not written out here.
 */
export function qnetCode(s: QnetState, params: ArrayLike<number>, x: ArrayLike<number>): CodeSamples {
  const types = s.w.map((w, l) => `(${w}, ${Math.min(s.i[l], w)})`).join(', ');
  const build = (lib: 'np' | 'torch') => {
    const np = lib === 'np';
    return [
      np ? 'import numpy as np' : 'import torch',
      '',
      `def ap_fixed(v, W, I):   # AP_TRN: floor to the step 2^-(W-I); AP_WRAP: keep the low W bits`,
      '    F = W - I',
      np ? '    raw = np.floor(v * 2.0 ** F)' : '    raw = torch.floor(v * 2.0 ** F)',
      np ? '    raw = np.mod(raw + 2.0 ** (W - 1), 2.0 ** W) - 2.0 ** (W - 1)' : '    raw = torch.remainder(raw + 2.0 ** (W - 1), 2.0 ** W) - 2.0 ** (W - 1)',
      '    return raw / 2.0 ** F',
      '',
      `sizes = ${list(QNET_SIZES)}`,
      `types = [${types}]   # (W, I) of layer l's weights, biases, accumulator and result`,
      `params = ${np ? `np.array(${list(params)})` : `torch.tensor(${list(params)}, dtype=torch.float64)`}`,
      `x = ${np ? `np.array(${list(Array.from(x).slice(0, 2 * ROWS))}).reshape(-1, 2)` : `torch.tensor(${list(Array.from(x).slice(0, 2 * ROWS))}, dtype=torch.float64).reshape(-1, 2)`}`,
      '',
      'a = ap_fixed(x, *types[0])   # the input takes layer 1\'s type',
      'off = 0',
      'for l in range(len(sizes) - 1):',
      '    n_in, n_out = sizes[l], sizes[l + 1]',
      '    W, I = types[l]',
      '    w = ap_fixed(params[off:off + n_in * n_out].reshape(n_out, n_in), W, I)',
      '    b = ap_fixed(params[off + n_in * n_out:off + n_in * n_out + n_out], W, I)',
      '    off += n_in * n_out + n_out',
      `    acc = ${np ? 'np.tile(b, (a.shape[0], 1))' : 'b.repeat(a.shape[0], 1)'}   # acc = (accum_t) bias`,
      '    for i in range(n_in):   # hls4ml: mult = (accum_t)(x * w); acc += mult, cast at each sum',
      '        acc = ap_fixed(acc + ap_fixed(a[:, i:i + 1] * w[:, i], W, I), W, I)',
      `    a = ${np ? 'np.maximum(acc, 0)' : 'torch.clamp(acc, min=0)'} if l < len(sizes) - 2 else acc   # relu keeps the type`,
      '',
      'result = a[:, 0]   # the logits the output sigmoid receives',
      'print(result)',
    ].join('\n');
  };
  return { numpy: build('np'), pytorch: build('torch') };
}

/** Run by src/lessons/code.test.ts: the NumPy logits against the engine's, at hls4ml's default and two narrow settings. */
export function qnetCodeChecks(): CodeCheck[] {
  const m = trainedQnet();
  const states: QnetState[] = [
    { w: [16, 16, 16], i: [6, 6, 6], sig: 'exact', tab: 10 },
    { w: [8, 7, 6], i: [3, 3, 4], sig: 'exact', tab: 10 },
    { w: [12, 12, 6], i: [2, 2, 2], sig: 'exact', tab: 10 },
  ];
  return states.map((s) => {
    const p = prepareQuantNet(qnetNetwork(s, m.params));
    const expected = Array.from({ length: ROWS }, (_, r) => p.logit(m.test.x, r));
    return { name: `hardware qnet ${JSON.stringify(s.w)} ${JSON.stringify(s.i)}`, numpy: qnetCode(s, m.params, m.test.x).numpy, expected, rtol: 0 };
  });
}
