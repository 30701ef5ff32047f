import type { ComponentType } from 'react';
import { loaders } from 'virtual:lesson-loaders';
import { lessonSlugs, type LessonSlug } from './slugs';

/**
 * The lessons of this build in teaching order, each loading as its own chunk
 * (`virtual:lesson-loaders`, build/sitePlugins.ts). The site builds them all; a partial
 * build for a quick e2e run (LESSONS_ONLY) simply has fewer — nothing is ever listed that
 * cannot be opened.
 */
export interface LessonEntry {
  slug: LessonSlug;
  /** Loads the lesson page (prose + widgets). */
  load: () => Promise<{ default: ComponentType }>;
}

const modules = loaders as Partial<Record<string, () => Promise<{ default: ComponentType }>>>;

export const lessons: readonly LessonEntry[] = lessonSlugs.flatMap((slug) => {
  const load = modules[slug];
  return load ? [{ slug, load }] : [];
});

export function findLesson(slug: string): LessonEntry | undefined {
  return lessons.find((l) => l.slug === slug);
}
