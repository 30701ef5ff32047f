/**
 * Predict, then see: every lesson places each of its exercises exactly once, one by one
 * (`<XxxExercises only={['id']} />` right before the widget that answers it), in both
 * languages — no block of questions at the end. That each comes *before* its widget is checked
 * in the browser, on the rendered page (e2e/quality/page.spec.ts); this checks none is lost or
 * shown twice.
 */
import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ExerciseDef } from '../components/exercise/types';
import { lessonSlugs } from './slugs';

type Module = Record<string, unknown>;
const modules = import.meta.glob<Module>('./*/exercises.ts', { eager: true });
const t = ((key: string) => key) as unknown as TFunction;

/** The lesson's exercises: its exported `…Exercises(t)` function, called with a stub t. */
function exercisesOf(slug: string): ExerciseDef[] {
  const mod = modules[`./${slug}/exercises.ts`];
  const make = Object.entries(mod ?? {}).find(([name, v]) => name.endsWith('Exercises') && typeof v === 'function')?.[1] as ((t: TFunction) => ExerciseDef[]) | undefined;
  if (!make) throw new Error(`${slug}/exercises.ts exports no …Exercises(t) function`);
  return make(t);
}

/** Ids placed in an MDX file, in order, from every `only={[…]}` list. */
export function placedIds(mdx: string): string[] {
  return [...mdx.matchAll(/\bonly=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((q) => q[1]));
}

describe.each(lessonSlugs)('%s', (slug) => {
  const ids = exercisesOf(slug).map((d) => d.id);
  it.each(['en', 'zh'])('%s: every exercise placed once, one by one', (lang) => {
    const mdx = readFileSync(new URL(`./${slug}/content.${lang}.mdx`, import.meta.url), 'utf8');
    expect([...placedIds(mdx)].sort()).toEqual([...ids].sort());
    expect(mdx, 'an exercise list without `only` shows them all in one block').not.toMatch(/<\w+Exercises\s*\/>/);
  });
});

describe('the placement reader', () => {
  it('reads ids from several lists, and a missing or doubled one shows', () => {
    const mdx = "<AExercises only={['a', 'b']} />\n\ntext\n\n<AExercises only={['c']} />";
    expect(placedIds(mdx)).toEqual(['a', 'b', 'c']);
    expect(placedIds(mdx.replace("'c'", "'a'")).sort()).not.toEqual(['a', 'b', 'c']);
  });
});
