/** Parameter updates over the flat parameter array. */
import type { OptimizerName } from './types';

export interface Optimizer {
  update(params: Float64Array, grads: Float64Array, lr: number): void;
}

const MOMENTUM = 0.9;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

export function createOptimizer(name: OptimizerName, n: number): Optimizer {
  switch (name) {
    case 'sgd':
      return {
        update(p, g, lr) {
          for (let k = 0; k < p.length; k++) p[k] -= lr * g[k];
        },
      };
    case 'momentum': {
      // PyTorch form v ← μv + g, p ← p − lr·v: changing lr mid-run rescales the step at once.
      const v = new Float64Array(n);
      return {
        update(p, g, lr) {
          for (let k = 0; k < p.length; k++) {
            v[k] = MOMENTUM * v[k] + g[k];
            p[k] -= lr * v[k];
          }
        },
      };
    }
    case 'adam': {
      const m = new Float64Array(n);
      const s = new Float64Array(n);
      let t = 0;
      return {
        update(p, g, lr) {
          t++;
          const c1 = 1 - BETA1 ** t;
          const c2 = 1 - BETA2 ** t;
          for (let k = 0; k < p.length; k++) {
            const gk = g[k];
            m[k] = BETA1 * m[k] + (1 - BETA1) * gk;
            s[k] = BETA2 * s[k] + (1 - BETA2) * gk * gk;
            p[k] -= (lr * (m[k] / c1)) / (Math.sqrt(s[k] / c2) + EPS);
          }
        },
      };
    }
  }
}
