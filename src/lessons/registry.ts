import type { ComponentType } from 'react';
import { lessonSlugs, type LessonSlug } from './slugs';

/**
 * The lessons in teaching order. `load` is a dynamic import so each lesson ships as its
 * own chunk; lessons without one are listed as "coming soon", never as a dead link.
 */
export interface LessonEntry {
  slug: LessonSlug;
  /** Loads the lesson page (prose + widgets); undefined while the lesson is not built. */
  load?: () => Promise<{ default: ComponentType }>;
}

const loaders: Partial<Record<LessonSlug, () => Promise<{ default: ComponentType }>>> = {
  'activation-gallery': () => import('./activation-gallery/Lesson'),
};

export const lessons: readonly LessonEntry[] = lessonSlugs.map((slug) => ({ slug, load: loaders[slug] }));

export function findLesson(slug: string): LessonEntry | undefined {
  return lessons.find((l) => l.slug === slug);
}
