import type { Head, Task } from './schema';

/**
 * The task widget's example inputs (not results): a chest X-ray where two findings are present
 * at once, and a handwritten 7 that looks a little like a 1 and a 9.
 */
export const TASK_EXAMPLES: Record<Task, { labels: readonly string[]; logits: readonly number[]; needs: Head }> = {
  xray: { labels: ['effusion', 'pneumonia', 'cardiomegaly', 'nodule'], logits: [1.4, 0.9, -1.8, -2.6], needs: 'sigmoid' },
  digit: { labels: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], logits: [-2.1, 1.8, -0.5, 0.3, -1.2, -0.9, -3, 4.1, -0.2, 1.2], needs: 'softmax' },
};

/** The readout's "Above ½" threshold: the labels a head would answer "yes" to. */
export const YES = 0.5;
