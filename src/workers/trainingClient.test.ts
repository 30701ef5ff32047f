import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createTrainer, makeDataset } from '../engine';
import { withoutDataset } from './protocol';
import type { RunConfig, TrainingEvent, TrainingSnapshot } from './protocol';
import { createTrainingClient, type WorkerLike } from './trainingClient';
import { createWorkerApi } from './workerApi';

const cfg: RunConfig = {
  layers: [2, 6, 1], hidden: 'relu', output: 'sigmoid', loss: 'bce', init: 'he',
  learningRate: 0.1, batchSize: 8, seed: 9, dataset: { name: 'moons', n: 120 },
};

/** The worker side exposed on one end of a MessageChannel: the real comlink path, no Worker. */
function channelWorker(): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(createWorkerApi(), port1);
  return Object.assign(port2, { terminate: () => port1.close() }) as unknown as WorkerLike;
}

const until = async (pred: () => boolean, ms = 2000) => {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('training client over comlink', () => {
  it('streams transferred snapshots, matches the main thread, reports errors and recovers', async () => {
    const client = createTrainingClient(channelWorker);
    const events: TrainingEvent[] = [];
    client.subscribe((e) => events.push(e));
    await client.reset(cfg, { gridSize: 32 });
    await client.stepN(25);
    await until(() => events.some((e) => e.kind === 'snapshot' && e.step === 25));
    const s = events.at(-1) as TrainingSnapshot;
    expect(s.decision).toBeInstanceOf(Float32Array);
    expect(s.decision).toHaveLength(32 * 32);

    const t = createTrainer({ ...withoutDataset(cfg), data: makeDataset('moons', 120, 9) });
    for (let i = 0; i < 25; i++) t.step();
    expect(await client.getWeights()).toEqual(t.getWeights());
    // The histogram comes from the worker's own trainer: the same as one rebuilt here.
    expect(await client.preActivationHistogram(0, 12)).toEqual(t.preActivationHistogram(0, 12));

    await client.reset({ ...cfg, hidden: 'nope' as 'relu' });
    await until(() => events.at(-1)?.kind === 'error');
    expect(events.at(-1)).toMatchObject({ message: expect.stringMatching(/hidden.*nope/) });

    await client.reset(cfg);
    await client.start();
    await new Promise((r) => setTimeout(r, 150));
    await client.pause();
    await until(() => events.at(-1)?.kind === 'snapshot' && !(events.at(-1) as TrainingSnapshot).running);
    expect((events.at(-1) as TrainingSnapshot).step).toBeGreaterThan(100);
    client.terminate();
  });
});
