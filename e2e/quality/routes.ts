/**
 * Route discovery for the quality sweeps (not a spec): the lessons and widgets the build made,
 * from the same modules the app uses — src/lessons/slugs.ts and src/lessons/widgetCatalog.ts
 * (every widget value, with its schema). LESSONS_ONLY (set by scripts/e2e.mjs for a partial
 * build) limits both to the lessons built.
 */
import { lessonSlugs } from '../../src/lessons/slugs';
import { widgetCatalog } from '../../src/lessons/widgetCatalog';

const only = process.env.LESSONS_ONLY?.split(',').filter(Boolean);

export const builtLessons: string[] = lessonSlugs.filter((s) => !only || only.includes(s));

export interface EmbedInfo {
  id: string;
  slug: string;
  /** The widget's parameters with their kind, from its schema. */
  params: { key: string; kind: string }[];
}

export const embeds: EmbedInfo[] = widgetCatalog
  .filter((w) => builtLessons.includes(w.lesson))
  .map((w) => ({ id: w.id, slug: w.lesson, params: Object.entries(w.schema).map(([key, spec]) => ({ key, kind: spec.kind })) }));
