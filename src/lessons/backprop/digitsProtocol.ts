/** Messages between the digit widget and its worker (digits.worker.ts). */
import type { DigitConfig } from './digits';

/** One evaluation after an epoch: losses and accuracies on both sets, gradient norms. */
export interface DigitPoint {
  epoch: number;
  step: number;
  /** Training time so far (evaluation excluded), seconds. */
  seconds: number;
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
  /** Per weight layer, the mean over the epoch's steps of ‖∂L/∂W_l‖ (weights and biases). */
  gradNorms: number[];
}

export interface WrongDigit {
  /** Index in the test set. */
  index: number;
  label: number;
  pred: number;
  /** The predicted class's probability. */
  prob: number;
}

export type ToDigitsWorker =
  | { kind: 'load'; url: string }
  | { kind: 'train'; runId: string; cfg: DigitConfig; epochs: number }
  | { kind: 'stop' };

export type FromDigitsWorker =
  | { kind: 'loaded'; nTrain: number; nTest: number }
  | { kind: 'error'; message: string }
  | { kind: 'epoch'; runId: string; point: DigitPoint; wrongCount: number; wrong: WrongDigit[]; images: Uint8Array }
  | { kind: 'done'; runId: string; diverged: boolean };

/** Misclassified test digits sent with each epoch. */
export const WRONG_SHOWN = 8;
