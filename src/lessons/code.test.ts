import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CodeCheck } from '../components/code/types';

/**
 * Runs every lesson's "show the code" NumPy snippet with python3 + numpy and compares its
 * `result` with the engine's numbers. All snippets go to one python3 process (fast); each
 * runs in its own namespace.
 */
// code.ts holds a lesson's panels and their checks; codeChecks.ts, where present, more checks
// whose code the widgets must not import.
const modules = import.meta.glob<{ codeChecks: () => CodeCheck[] }>(['./*/code.ts', './*/codeChecks.ts'], { eager: true });
const checks: CodeCheck[] = Object.values(modules).flatMap((m) => m.codeChecks());

function runAll(snippets: readonly string[]): (number[] | string)[] {
  const program = [
    'import json, sys, io, contextlib',
    'import numpy as np',
    'snippets = json.loads(sys.stdin.read())',
    'out = []',
    'for src in snippets:',
    '    ns = {}',
    '    try:',
    '        with contextlib.redirect_stdout(io.StringIO()):',
    '            exec(src, ns)',
    "        out.append(np.asarray(ns['result'], dtype=float).ravel().tolist())",
    '    except Exception as e:',
    "        out.append('error: ' + repr(e))",
    'print(json.dumps(out))',
  ].join('\n');
  const stdout = execFileSync('python3', ['-c', program], { input: JSON.stringify(snippets), encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as (number[] | string)[];
}

describe('show-the-code snippets agree with the engine', () => {
  const results = checks.length ? runAll(checks.map((c) => c.numpy)) : [];
  it('found snippets to check', () => expect(checks.length).toBeGreaterThan(0));
  it.each(checks.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const got = results[i];
    const c = checks[i];
    expect(typeof got, String(got)).toBe('object');
    const arr = got as number[];
    expect(arr.length).toBe(c.expected.length);
    const rtol = c.rtol ?? 1e-9;
    // Absolute slack relative to the curve's scale: a textbook NumPy formula may cancel a
    // far tail to 0 where the engine keeps it (e.g. tanh-GELU at x = −8 is −3e−21).
    const atol = 1e-12 * Math.max(...c.expected.map(Math.abs));
    arr.forEach((v, j) => {
      const e = c.expected[j];
      const tol = rtol * Math.abs(e) + atol;
      expect(Math.abs(v - e), `${c.name}[${j}]: numpy ${v} vs engine ${e}`).toBeLessThanOrEqual(tol);
    });
  });
});
