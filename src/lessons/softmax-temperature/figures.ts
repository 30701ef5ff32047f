/**
 * Every result figure the softmax-temperature lesson quotes in its prose, exercises and
 * presenter notes, computed from the engine and formatted by the one shared formatter. The MDX
 * reads them as {F.name}; the string tables as {{name}} (strings.ts fills them in).
 */
import { formatInfo, softmax } from '../../engine';
import { formatFixed, formatNumber, formatPercent } from '../../format/number';
import { CANDIDATES, DEFAULT_LOGITS, HOT_T, PRESENTER_T, T_MAX, T_MIN } from './candidates';

const WENT = CANDIDATES.indexOf('went');
const GO = CANDIDATES.indexOf('go');
const COMES = CANDIDATES.indexOf('comes');

/** p(word) for the running example at temperature T. */
export const pAt = (word: number, T: number) => softmax(DEFAULT_LOGITS, T)[word];

/**
 * The T at which "go" (the lowest logit) first reaches probability `target`, by bisection on
 * log T over the slider's range. The lowest logit's probability only grows with T.
 */
export function goReachesAt(target: number): number {
  let lo = Math.log(T_MIN);
  let hi = Math.log(T_MAX);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (pAt(GO, Math.exp(mid)) < target) lo = mid;
    else hi = mid;
  }
  return Math.exp(hi);
}

/** The share "go" must reach to be called visible: 1 %. */
export const GO_VISIBLE = 0.01;

export const figures = {
  wentAt1: formatPercent(pAt(WENT, 1), 1),
  wentAtHot: formatPercent(pAt(WENT, HOT_T), 1),
  hotT: formatNumber(HOT_T),
  /** How far "went" leads the runner-up "comes". */
  wentLead: formatNumber(DEFAULT_LOGITS[WENT] - DEFAULT_LOGITS[COMES]),
  tMin: formatNumber(T_MIN),
  tMax: formatNumber(T_MAX),
  log10TMin: formatNumber(Math.log10(T_MIN)),
  log10TMax: formatNumber(Math.log10(T_MAX)),
  /** 1/T at the coldest setting: the factor every logit gap is multiplied by. */
  coldScale: formatNumber(1 / T_MIN),
  /** The largest raw exponent z/T at the coldest setting, without the max subtraction. */
  rawExponent: formatNumber(Math.max(...DEFAULT_LOGITS) / T_MIN),
  f64Overflow: formatFixed(formatInfo('float64').expOverflowAt, 2),
  goVisibleAt: formatFixed(goReachesAt(GO_VISIBLE), 1),
  goAtTMax: formatPercent(pAt(GO, T_MAX), 1),
  presenterColdT: formatNumber(PRESENTER_T.cold),
  presenterColdScale: formatNumber(1 / PRESENTER_T.cold),
  presenterHotT: formatNumber(PRESENTER_T.hot),
  presenterSampleT: formatNumber(PRESENTER_T.sample),
} as const;
