import { softmaxOneSum } from '../../engine';
import type { Series } from '../../components/plot/types';

const SAMPLES = 281;

/** Σ softmax₁(z + c) as the common shift c sweeps [lo, hi], and softmax's constant 1 beside it. */
export function shiftCurves(z: readonly number[], lo: number, hi: number, labels: { one: string; softmax: string }): Series[] {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const c = lo + ((hi - lo) * i) / (SAMPLES - 1);
    x.push(c);
    y.push(softmaxOneSum(z.map((v) => v + c)));
  }
  return [
    { id: 'softmax1-sum', label: labels.one, color: 'var(--c3)', x, y },
    { id: 'softmax-sum', label: labels.softmax, color: 'var(--c1)', dash: '8 4', x, y: x.map(() => 1) },
  ];
}
