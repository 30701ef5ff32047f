import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTimeFigures } from './buildTimeFigures.ts';
import * as whyNonlinear from '../src/lessons/why-nonlinear/figures';

const lesson = (slug: string) => fileURLToPath(new URL(`../src/lessons/${slug}/figures.ts`, import.meta.url));
type Load = (this: unknown, id: string) => Promise<string | null>;
const load = (consumer: 'client' | 'server', id: string) =>
  (buildTimeFigures().load as unknown as Load).call({ environment: { config: { consumer } }, error: (m: string) => { throw new Error(m); } }, id);

/** Evaluates the module text the build would ship (plain `export const` lines). */
function exportsOf(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of code.matchAll(/^export const (\w+) = (.*);$/gm)) out[m[1]] = JSON.parse(m[2]);
  return out;
}

describe('buildTimeFigures', () => {
  it('replaces a data-only figures module with the values the module itself computes', async () => {
    const code = await load('client', lesson('why-nonlinear'));
    expect(code).not.toBeNull();
    expect(code).not.toMatch(/import/);
    expect(exportsOf(code as string)).toEqual({ ...whyNonlinear });
  }, 60_000);

  it('leaves a figures module that also exports a function to run in the page', async () => {
    // forward-pass/figures.ts shares a helper (a function) with its claims test.
    expect(await load('client', lesson('forward-pass'))).toBeNull();
  }, 60_000);

  it('touches neither other modules nor server builds', async () => {
    expect(await load('client', lesson('why-nonlinear').replace('figures.ts', 'approx.ts'))).toBeNull();
    expect(await load('server', lesson('why-nonlinear'))).toBeNull();
  });
});
