import { describe, expect, it } from 'vitest';
import { createTrainer, DATASET_EXTENT, makeDataset, makeMulticlassDataset } from '../engine';
import { withoutDataset } from './protocol';
import type { RunConfig, TrainingEvent, TrainingSnapshot } from './protocol';
import { createTrainingLoop } from './trainingLoop';

const cfg: RunConfig = {
  layers: [2, 8, 8, 1], hidden: 'tanh', output: 'sigmoid', loss: 'bce', init: 'xavier', optimizer: 'adam',
  learningRate: 0.01, batchSize: 10, seed: 5, dataset: { name: 'circles', n: 300 },
};
const direct = () => createTrainer({ ...withoutDataset(cfg), data: makeDataset('circles', 300, 5) });

/** A loop driven by hand: a fake clock that advances 1 ms per read, ticks run on demand. */
function manual() {
  const events: TrainingEvent[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const loop = createTrainingLoop({ emit: (e) => void events.push(e), schedule: (cb) => void queue.push(cb), now: () => clock++ });
  const run = (ticks: number) => {
    for (let i = 0; i < ticks && queue.length; i++) queue.shift()?.();
  };
  return { loop, events, run, snaps: () => events.filter((e): e is TrainingSnapshot => e.kind === 'snapshot') };
}

describe('training loop', () => {
  it('gives the same weights as a trainer on the main thread, step for step', () => {
    const { loop, run, snaps } = manual();
    loop.reset(cfg);
    loop.start();
    run(5);
    loop.pause();
    const steps = snaps().at(-1)!.step;
    expect(steps).toBeGreaterThan(20);
    const t = direct();
    for (let i = 0; i < steps; i++) t.step();
    expect(loop.getWeights()).toEqual(t.getWeights());
    loop.setLearningRate(0.05); // mid-run change applies to both alike
    t.setLearningRate(0.05);
    loop.stepN(37);
    for (let i = 0; i < 37; i++) t.step();
    expect(loop.getWeights()).toEqual(t.getWeights());
    expect(snaps().at(-1)!.learningRate).toBe(0.05);
  });
  it('bins pre-activations like the trainer, and answers null with no run or no such layer', () => {
    const { loop } = manual();
    expect(loop.preActivationHistogram(0, 10)).toBeNull();
    loop.reset(cfg);
    loop.stepN(12);
    const t = direct();
    for (let i = 0; i < 12; i++) t.step();
    expect(loop.preActivationHistogram(0, 10)).toEqual(t.preActivationHistogram(0, 10));
    // A layer from a run before a reset (the page can still ask about it): null, no throw.
    expect(loop.preActivationHistogram(cfg.layers.length, 10)).toBeNull();
    // Other bad arguments stay errors.
    expect(() => loop.preActivationHistogram(0, 0)).toThrow(RangeError);
  });
  it('streams complete snapshots and stops at maxSteps', () => {
    const { loop, run, snaps } = manual();
    loop.reset(cfg, { neuronGridSize: 8 });
    loop.start(100);
    run(1000);
    const s = snaps().at(-1)!;
    expect(s).toMatchObject({ step: 100, running: false, gridSize: 64, diverged: false });
    expect(s.decision).toBeInstanceOf(Float32Array);
    expect(s.decision).toHaveLength(64 * 64);
    expect(s.neuronGrids!.map((g) => g.length)).toEqual([8 * 64, 8 * 64]);
    expect(s.deadUnits).toHaveLength(2);
    expect(s.saturatedFraction).toHaveLength(2);
    expect(s.gradNorms).toHaveLength(3);
  });
  it('a bad config or a crash mid-run becomes an error event, and a new run starts after it', () => {
    const { loop, run, events, snaps } = manual();
    loop.reset({ ...cfg, learningRate: -1 });
    expect(events.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/RangeError: learningRate/) });
    loop.reset(cfg);
    loop.start();
    run(2);
    loop.setOptions({ gridSize: 100_000 }); // the next snapshot throws inside the loop
    run(50);
    expect(events.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/gridSize/) });
    expect(loop.isRunning()).toBe(false);
    loop.start();
    expect(events.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/reset/) });
    loop.reset(cfg, { gridSize: 16 });
    loop.stepN(3);
    expect(snaps().at(-1)).toMatchObject({ step: 3, gridSize: 16 });
  });
  it('runs softmax nets: the same weights as the main thread, class grids on 2-D input, no plane grids otherwise', () => {
    const data = makeMulticlassDataset('blobs', 90, 3);
    const soft: RunConfig = { ...cfg, layers: [2, 6, 3], output: 'softmax', loss: 'crossEntropy', dataset: undefined, data };
    const { loop, run, snaps } = manual();
    loop.reset(soft, { gridSize: 16, neuronGridSize: 4 });
    loop.stepN(25);
    const t = createTrainer({ ...withoutDataset(soft), data });
    for (let i = 0; i < 25; i++) t.step();
    expect(loop.getWeights()).toEqual(t.getWeights());
    const s = snaps().at(-1)!;
    expect(s.classGrid).toEqual(t.classGrid(16, DATASET_EXTENT));
    expect(s.accuracy).toBe(t.accuracy());
    const wide = { x: new Float64Array(90 * 5).map((_, i) => Math.sin(i)), y: data.y };
    loop.reset({ ...soft, layers: [5, 6, 3], data: wide }, { neuronGridSize: 4 });
    loop.start(10);
    run(100);
    const w = snaps().at(-1)!;
    expect(w).toMatchObject({ step: 10, diverged: false });
    expect(w.decision).toHaveLength(0);
    expect(w.classGrid).toBeUndefined();
    expect(w.neuronGrids).toBeUndefined();
  });
  it('pauses itself when the loss diverges', () => {
    const { loop, run, snaps } = manual();
    loop.reset({ ...cfg, optimizer: 'sgd', hidden: 'identity', learningRate: 1e6 });
    loop.start();
    run(200);
    expect(snaps().at(-1)).toMatchObject({ diverged: true, running: false });
  });
  it('in real time: ~25 snapshots a second while training keeps most of the time', async () => {
    const events: TrainingEvent[] = [];
    const loop = createTrainingLoop({ emit: (e) => void events.push(e) });
    loop.reset({ ...cfg, optimizer: 'sgd', learningRate: 0.03 });
    loop.start();
    await new Promise((r) => setTimeout(r, 500));
    loop.pause();
    const snaps = events.filter((e): e is TrainingSnapshot => e.kind === 'snapshot');
    // 25/s nominal (12 in 500 ms); the floors leave room for a loaded CI machine.
    expect(snaps.length).toBeGreaterThanOrEqual(9);
    expect(snaps.at(-1)!.step).toBeGreaterThan(2_000);
    expect(snaps.at(-2)!.stepsPerSecond).toBeGreaterThan(4_000);
  });
});
