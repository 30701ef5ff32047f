/**
 * The trained network the "network on the chip" widget quantizes, and everything it shows,
 * as pure functions of the widget's state (run in qnet.worker.ts; the exercise, claims and
 * tests call the same functions). The network is trained once per thread by the engine's
 * trainer with a fixed seed and cached: ~30–150 ms on the loaded 2-core VM, so the page
 * never trains it on the main thread except to grade the exercise, on a click.
 */
import {
  apFixed, createTrainer, DATASET_EXTENT, evaluateQuantNet, makeDataset, profileQuantNet, quantDecisionMap,
  type QuantDecisionMap, type QuantEvaluation, type QuantNetwork, type QuantProfileRow, type QuantSigmoidName,
} from '../../engine';

/** Two moons, a 2-8-8-1 ReLU net with one sigmoid output: the size of a trigger-level hls4ml model. */
export const QNET_SIZES = [2, 8, 8, 1] as const;
export const QNET_DATA = { name: 'moons', train: 300, test: 500, trainSeed: 1, testSeed: 2 } as const;
const TRAIN = { seed: 3, epochs: 60, learningRate: 0.02, batchSize: 16 } as const;
/** Decision maps: cells per side, over the data sets' square. */
export const QNET_GRID = 40;
/** The W sweep: every layer at W bits (its own I kept), for the chosen sigmoid and a second one. */
export const SWEEP_WIDTHS = Array.from({ length: 17 }, (_, k) => k + 4);

export interface QnetModel {
  params: Float64Array;
  test: { x: Float64Array; y: Float64Array; n: number };
}

let model: QnetModel | null = null;
export function trainedQnet(): QnetModel {
  if (!model) {
    const data = makeDataset(QNET_DATA.name, QNET_DATA.train, QNET_DATA.trainSeed);
    const tr = createTrainer({
      layers: [...QNET_SIZES], hidden: 'relu', output: 'sigmoid', loss: 'bce', init: 'he', optimizer: 'adam',
      learningRate: TRAIN.learningRate, batchSize: TRAIN.batchSize, seed: TRAIN.seed, data,
    });
    for (let e = 0; e < TRAIN.epochs; e++) tr.epoch();
    const test = makeDataset(QNET_DATA.name, QNET_DATA.test, QNET_DATA.testSeed);
    model = { params: tr.getWeights(), test: { x: test.x, y: test.y, n: QNET_DATA.test } };
  }
  return model;
}

export interface QnetState {
  /** Per weight layer: total bits W and integer bits I of its weight, bias, accumulator and result types. */
  w: readonly number[];
  i: readonly number[];
  sig: QuantSigmoidName;
  /** log₂ of the sigmoid table's entries (hls4ml's LUT, the engine's LUT). */
  tab: number;
}

/** The network in the state's types: layer l's W, I for all four of its types; the input takes layer 1's. */
export function qnetNetwork(s: QnetState, params: ArrayLike<number>): QuantNetwork {
  const f = s.w.map((w, l) => apFixed(Math.round(w), Math.min(Math.round(s.i[l]), Math.round(w))));
  const last = f[f.length - 1];
  const config: Record<string, number> | undefined = s.sig === 'hls4ml' ? { tableSize: 2 ** s.tab } : s.sig === 'lut' ? { entries: 2 ** s.tab } : undefined;
  return {
    sizes: QNET_SIZES,
    params,
    input: f[0],
    layers: f.map((x) => ({ weight: x, bias: x, accum: x, result: x })),
    sigmoid: { method: s.sig, config, format: last },
  };
}

/** The second sigmoid in the sweep: PLAN, or hls4ml's table when PLAN is the one chosen. */
export const otherSigmoid = (sig: QuantSigmoidName): QuantSigmoidName => (sig === 'plan' ? 'hls4ml' : 'plan');

export interface QnetSweepSeries {
  sig: QuantSigmoidName;
  accuracy: number[];
  flipRate: number[];
}

export function qnetSweep(s: QnetState, m: QnetModel = trainedQnet()): QnetSweepSeries[] {
  return [s.sig, otherSigmoid(s.sig)].map((sig) => {
    const acc: number[] = [];
    const flip: number[] = [];
    for (const w of SWEEP_WIDTHS) {
      const e = evaluateQuantNet(qnetNetwork({ ...s, sig, w: s.w.map(() => w) }, m.params), m.test.x, m.test.y, m.test.n);
      acc.push(e.accuracyQuant);
      flip.push(e.flipRate);
    }
    return { sig, accuracy: acc, flipRate: flip };
  });
}

export interface QnetResult {
  evaluation: QuantEvaluation;
  map: QuantDecisionMap;
  profile: QuantProfileRow[];
  sweep: QnetSweepSeries[];
  /** Worker time for this state, ms (trained network cached). */
  ms: number;
  /** The trained weights and the test inputs, for "Show the code". */
  params: Float64Array;
  testX: Float64Array;
}

const sweeps = new Map<string, QnetSweepSeries[]>();

export function qnetCompute(s: QnetState): QnetResult {
  const m = trainedQnet();
  const t0 = performance.now();
  const net = qnetNetwork(s, m.params);
  const evaluation = evaluateQuantNet(net, m.test.x, m.test.y, m.test.n);
  const map = quantDecisionMap(net, QNET_GRID, DATASET_EXTENT);
  const profile = profileQuantNet(net, m.test.x, m.test.n);
  // The sweep sets every W itself, so a W slider never changes it: cached per I, sigmoid and table.
  const key = JSON.stringify([s.i.map(Math.round), s.sig, s.tab]);
  let sweep = sweeps.get(key);
  if (!sweep) {
    sweep = qnetSweep(s, m);
    sweeps.set(key, sweep);
  }
  return { evaluation, map, profile, sweep, ms: performance.now() - t0, params: m.params, testX: m.test.x.slice(0, 16) };
}

/** Test accuracy with every layer in ap_fixed<W, I> and hls4ml's sigmoid table, per W of the sweep. */
export function accuracyByWidth(intBits: number, m: QnetModel = trainedQnet()): { float: number; acc: number[] } {
  let float = NaN;
  const acc = SWEEP_WIDTHS.map((w) => {
    const e = evaluateQuantNet(qnetNetwork({ w: [w, w, w], i: [intBits, intBits, intBits], sig: 'hls4ml', tab: 10 }, m.params), m.test.x, m.test.y, m.test.n);
    float = e.accuracyFloat;
    return e.accuracyQuant;
  });
  return { float, acc };
}

/**
 * The widget's worker already computes accuracyByWidth(6) whenever every layer has six integer
 * bits and the table its default size (the hls4ml curve of its sweep); the widget hands it
 * here so grading the exercise does not train the network on the main thread.
 */
let width6: { float: number; acc: number[] } | null = null;
export function rememberWidthSweep(s: QnetState, r: QnetResult): void {
  const h = r.sweep.find((x) => x.sig === 'hls4ml');
  if (h && s.tab === 10 && s.i.every((i) => Math.round(i) === 6)) width6 = { float: r.evaluation.accuracyFloat, acc: h.accuracy };
}

/** The exercise's key: the smallest W from which on (all wider too) accuracy stays within `points` of float64. */
export function smallestGoodWidth(intBits = 6, points = 0.02): number {
  const { float, acc } = intBits === 6 && width6 ? width6 : accuracyByWidth(intBits);
  let k = acc.length;
  while (k > 0 && acc[k - 1] >= float - points) k--;
  return SWEEP_WIDTHS[Math.min(k, acc.length - 1)];
}
