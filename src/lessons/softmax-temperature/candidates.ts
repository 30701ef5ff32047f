/**
 * The running example: the next word after "The boy ___ to the market." Four candidates,
 * each with its own colour and dash so the bars and curves stay tellable apart without colour.
 */
export const CANDIDATES = ['goes', 'go', 'went', 'comes'] as const;
export type Candidate = (typeof CANDIDATES)[number];
export const DEFAULT_LOGITS = [38, 20, 40, 39];
export const COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)'];
export const DASHES = [undefined, '8 4', '2 3', '10 3 2 3'];

export const T_MIN = 0.01;
/** The temperature the "hotter" exercise reveals. */
export const HOT_T = 3;
/** The temperatures the presenter steps set: cool, hot, hottest (the slider's top) and the one to sample at. */
export const PRESENTER_T = { cold: 0.1, hot: 10, sample: 3 } as const;
export const T_MAX = 100;
export const LOGIT_MIN = -100;
export const LOGIT_MAX = 100;

/** Index of the first largest entry (what greedy decoding would pick): the engine's. */
export { argmax } from '../../engine';
