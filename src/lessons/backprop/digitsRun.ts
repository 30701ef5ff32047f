/**
 * One training run on the digits, as the worker drives it: steps in time slices, and after
 * every epoch an evaluation on the training and test sets. Pure (no worker API), so tests and
 * the bench run it directly.
 */
import { argmax, createTrainer, type Trainer } from '../../engine';
import { digitTrainer, type DigitConfig, type DigitSet } from './digits';
import { WRONG_SHOWN, type DigitPoint, type WrongDigit } from './digitsProtocol';

export interface DigitRun {
  trainer: Trainer;
  /** Steps until the slice's time is used up or the epoch ends; returns true at an epoch's end. */
  slice(ms: number, now: () => number): boolean;
  /** Evaluates both sets (call at an epoch's end). */
  evaluate(): { point: DigitPoint; wrongCount: number; wrong: WrongDigit[]; images: Uint8Array };
}

export function createDigitRun(set: DigitSet, cfg: DigitConfig): DigitRun {
  const trainer = digitTrainer(set.train, cfg);
  // Same network, the test images as its data: loss() and accuracy() then measure the test set.
  const tester = createTrainer({ ...trainer.config, data: set.test });
  const L = trainer.layers.length - 1;
  const normSum = new Float64Array(L);
  let normSteps = 0;
  let seconds = 0;
  const pix = set.rows * set.cols;
  const nTrain = set.train.y.length;
  return {
    trainer,
    slice(ms, now) {
      const t0 = now();
      const e0 = trainer.epochCount();
      do {
        trainer.step();
        const g = trainer.gradNorms();
        for (let l = 0; l < L; l++) normSum[l] += g[l];
        normSteps++;
      } while (trainer.epochCount() === e0 && now() - t0 < ms);
      seconds += (now() - t0) / 1000;
      return trainer.epochCount() !== e0;
    },
    evaluate() {
      const gradNorms = Array.from(normSum, (s) => s / Math.max(1, normSteps));
      normSum.fill(0);
      normSteps = 0;
      const trainLoss = trainer.loss();
      const point: DigitPoint = { epoch: trainer.epochCount(), step: trainer.stepCount(), seconds, trainLoss, trainAcc: trainer.accuracy(), testLoss: NaN, testAcc: NaN, gradNorms };
      const wrong: WrongDigit[] = [];
      let wrongCount = 0;
      if (Number.isFinite(trainLoss)) {
        tester.setWeights(trainer.getWeights());
        point.testLoss = tester.loss();
        point.testAcc = tester.accuracy();
        const probs = tester.predict(set.test.x);
        const k = 10;
        for (let i = 0; i < set.test.y.length; i++) {
          const row = probs.subarray(i * k, i * k + k);
          const pred = argmax(row);
          if (pred === set.test.y[i]) continue;
          wrongCount++;
          if (wrong.length < WRONG_SHOWN) wrong.push({ index: i, label: set.test.y[i], pred, prob: row[pred] });
        }
      }
      const images = new Uint8Array(wrong.length * pix);
      wrong.forEach((w, j) => images.set(set.pixels.subarray((nTrain + w.index) * pix, (nTrain + w.index + 1) * pix), j * pix));
      return { point, wrongCount, wrong, images };
    },
  };
}
