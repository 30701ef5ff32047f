import { describe, expect, it } from 'vitest';
import { LR_FACTOR, batchSizeOf, lossCurve, sgdData, sgdTrainer } from './model';
import { SGD_BATCHES, SGD_N, SGD_SEED } from './schema';
import { sgdJob, type CurveCache } from './sgdRuns';

const EPOCHS = 2;
/** A clock that advances by 1 at every reading: each epoch is timed as exactly 1 ms. */
const ticking = () => {
  let t = 0;
  return () => t++;
};
const units = (gen: Generator<void, void>) => {
  let n = 0;
  while (!gen.next().done) n++;
  return n;
};
const reference = (b: string, lr: number) => lossCurve(sgdTrainer(batchSizeOf(b), lr, SGD_SEED, sgdData(SGD_SEED)), EPOCHS);

describe('sgdJob: the SGD widget runs (trained in its worker)', () => {
  const cache: CurveCache = new Map();
  const lr = 0.3;
  const job = sgdJob({ lr, batch: '8' }, EPOCHS, cache, ticking());

  it('is in lockstep: a snapshot midway has every run equally far', () => {
    for (let i = 0; i < SGD_BATCHES.length + 2 + 1; i++) job.steps.next(); // one round and one unit of the next
    const mid = job.snapshot();
    expect(mid.done).toBe(1);
    for (const c of [...mid.byBatch, mid.low, mid.high]) expect(c.losses).toHaveLength(2);
  });

  it('gives the same losses as the claims (lossCurve), the steps an epoch takes, and its clock', () => {
    expect(units(job.steps)).toBe(6 * EPOCHS - (SGD_BATCHES.length + 2 + 1));
    const r = job.snapshot();
    expect(r.done).toBe(EPOCHS);
    SGD_BATCHES.forEach((b, i) => {
      expect(r.byBatch[i].losses).toEqual(reference(b, lr));
      expect(r.byBatch[i].steps).toEqual([0, 1, 2].map((e) => e * Math.ceil(SGD_N / batchSizeOf(b))));
      expect(r.byBatch[i].ms).toEqual([0, 1, 2]);
    });
    expect(r.low.losses).toEqual(reference('8', lr / LR_FACTOR));
    expect(r.high.losses).toEqual(reference('8', lr * LR_FACTOR));
  });

  it('reuses finished runs: another B at the same rate trains only its two new rates', () => {
    const again = sgdJob({ lr, batch: '64' }, EPOCHS, cache, ticking());
    expect(units(again.steps)).toBe(2 * EPOCHS);
    const r = again.snapshot();
    expect(r.byBatch[2].losses).toEqual(reference('64', lr));
    expect(r.low.losses).toEqual(reference('64', lr / LR_FACTOR));
  });

  it('the code panel may use one trainer for every B and η: the starting weights depend on the seed only', () => {
    expect(Array.from(sgdTrainer(8, 3, SGD_SEED).getWeights())).toEqual(Array.from(sgdTrainer(1, 0.3, SGD_SEED).getWeights()));
  });
});
