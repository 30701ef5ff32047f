import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin } from 'vite';

/** A lesson's figures module: the numbers its words quote (src/lessons/<slug>/figures.ts). */
const FIGURES = /[\\/]src[\\/]lessons[\\/][a-z0-9-]+[\\/]figures\.ts$/;

/**
 * In a production build, each lesson's figures.ts becomes the values it exports, computed by the
 * engine here, at build time, exactly as the page would compute them — the same module run by
 * Vite's module runner. A phone then does not redo the lesson's sweeps and fits while the page
 * loads: why-nonlinear's and activation-gallery's took 100–150 ms of a 4× slowed CPU
 * (Lighthouse's mobile run), in one task. Dev, the tests and the prerender keep running the
 * module itself. Only a module whose every export is data that JSON keeps unchanged (strings,
 * numbers, plain objects and arrays) is replaced; one that also exports a function (several
 * share a helper with their claims tests) runs in the page as before — move the helper out to
 * have its numbers precomputed (imbalanced-losses/numbers.ts did).
 */
export function buildTimeFigures(): Plugin {
  return {
    name: 'logit-lab:build-time-figures',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0];
      if (!FIGURES.test(file) || this.environment.config.consumer !== 'client') return null;
      const { module: mod } = await runnerImport<Record<string, unknown>>(file, { configFile: false, logLevel: 'error' });
      const lines = [`// The values ${file.replace(/^.*[\\/]src[\\/]/, 'src/')} exported when the site was built (build/buildTimeFigures.ts).`];
      for (const [name, value] of Object.entries(mod)) {
        const json = JSON.stringify(value);
        if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) return null;
        lines.push(`export const ${name} = ${json};`);
      }
      return lines.join('\n');
    },
  };
}
