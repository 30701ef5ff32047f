import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { backStepTex } from './backTex';
import { backwardRun, defaultBackward } from './model';
import { BP_ACTS, BP_STEP_COUNT } from './schema';

describe('backprop: every step’s equation is valid KaTeX', () => {
  it.each(BP_ACTS)('%s', (act) => {
    const d = defaultBackward();
    const { trainer, trace } = backwardRun({ ...d.setup, act }, d.x, 1);
    for (let s = 0; s <= BP_STEP_COUNT; s++) expect(() => katex.renderToString(backStepTex(trainer, trace, s, 1), { throwOnError: true, displayMode: true })).not.toThrow();
  });
});
