/**
 * A tiny side-by-side benchmark harness: every candidate of a group runs in the same
 * process, interleaved round by round, so machine noise hits all of them alike.
 * Figures are printed as median and min–max over the rounds, plus ratios to a baseline.
 */
export interface Candidate {
  name: string;
  /** Runs the workload once; returns a value that is kept so the JIT cannot drop the work. */
  run: () => unknown;
  /** Units of work per run (e.g. elements, steps), for the per-second figure. */
  units?: number;
}

export interface BenchResult {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  perSecond: number;
}

let sink: unknown;
export function consume(): unknown {
  return sink;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function benchGroup(title: string, candidates: Candidate[], rounds = 9, warmup = 2): BenchResult[] {
  const times: number[][] = candidates.map(() => []);
  for (let r = 0; r < rounds + warmup; r++) {
    candidates.forEach((c, i) => {
      const t0 = performance.now();
      sink = c.run();
      const dt = performance.now() - t0;
      if (r >= warmup) times[i].push(dt);
    });
  }
  const results = candidates.map((c, i) => {
    const med = median(times[i]);
    return {
      name: c.name,
      medianMs: med,
      minMs: Math.min(...times[i]),
      maxMs: Math.max(...times[i]),
      perSecond: ((c.units ?? 1) * 1000) / med,
    };
  });
  printGroup(title, results);
  return results;
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

export function printGroup(title: string, results: BenchResult[]): void {
  const lines = [`\n## ${title}`];
  for (const r of results) {
    lines.push(
      `  ${r.name.padEnd(34)} median ${fmt(r.medianMs).padStart(8)} ms  (min ${fmt(r.minMs)} – max ${fmt(r.maxMs)})  ${fmt(r.perSecond)} /s`,
    );
  }
  console.log(lines.join('\n'));
}

/** Prints and returns a/b of two results' medians, e.g. "engine is 0.98× the plain loop". */
export function ratio(label: string, a: BenchResult, b: BenchResult): number {
  const x = a.medianMs / b.medianMs;
  console.log(`  ratio ${label}: ${x.toFixed(3)}× (${a.name} time / ${b.name} time)`);
  return x;
}
