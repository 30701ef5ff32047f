/**
 * Evaluations per second of each hardware sigmoid, float64 formula vs the bit-accurate
 * ap_fixed<16,6> datapath. Run: npx vitest run --config bench/vitest.config.ts bench/fpga.bench-run.ts
 */
import { expect, test } from 'vitest';
import { benchGroup, ratio, type Candidate } from './harness';
import { APPROX_NAMES, apFixed, quantize, sigmoidApprox, softmaxFixed } from '../src/engine/fpga';

const N = 20_000;
const xs = Array.from({ length: N }, (_, i) => -8 + (16 * i) / N);
const fmt = apFixed(16, 6);

function sweep(f: (x: number) => number): () => number {
  return () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += f(xs[i]);
    return s;
  };
}

test('fpga sigmoid emulators: evaluations per second', () => {
  const float: Candidate[] = APPROX_NAMES.map((name) => ({
    name: `${name} float64`, units: N, run: sweep((x) => sigmoidApprox[name].evaluate(x)),
  }));
  const fixed: Candidate[] = APPROX_NAMES.map((name) => ({
    name: `${name} ap_fixed<16,6>`, units: N, run: sweep((x) => sigmoidApprox[name].evaluate(x, undefined, fmt)),
  }));
  const baseline: Candidate = { name: 'Math.exp sigmoid', units: N, run: sweep((x) => 1 / (1 + Math.exp(-x))) };
  const rf = benchGroup('sigmoid approximations, float64', [baseline, ...float]);
  const rx = benchGroup('sigmoid approximations, ap_fixed<16,6>', fixed);
  APPROX_NAMES.forEach((name, i) => ratio(`${name} fixed/float`, rx[i], rf[i + 1]));

  const rq = benchGroup('quantize', [
    { name: 'quantize ap_fixed<16,6>', units: N, run: sweep((x) => quantize(x, fmt)) },
    { name: 'quantize ap_fixed<64,32> (BigInt)', units: N, run: sweep((x) => quantize(x, apFixed(64, 32))) },
  ]);
  benchGroup('softmaxFixed (4 logits)', [
    { name: 'stable', units: 1000, run: () => { let s = 0; for (let i = 0; i < 1000; i++) s += softmaxFixed([1, 2, 3, i / 1000])[0]; return s; } },
  ]);
  expect(rf.every((r) => r.perSecond > 0) && rx.every((r) => r.perSecond > 0) && rq[0].perSecond > 0).toBe(true);
});
