import { applyActivation, type ActivationName } from '../../engine';

const N = 65_536;
let input: Float64Array | null = null;
let output: Float64Array | null = null;

/**
 * Nanoseconds per evaluation of the engine's applyActivation in this browser: the best of
 * a few timed passes over 65,536 inputs spread over [−8, 8] (best, not mean, because the
 * question is what the function costs, not what the machine was doing meanwhile).
 */
export function measureNsPerEval(name: ActivationName, passes = 5): number {
  if (!input || !output) {
    input = new Float64Array(N);
    output = new Float64Array(N);
    for (let i = 0; i < N; i++) input[i] = -8 + (16 * i) / (N - 1);
  }
  applyActivation(name, input, output); // warm-up: let the JIT compile this path
  let best = Infinity;
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    applyActivation(name, input, output);
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1e6) / N;
}
