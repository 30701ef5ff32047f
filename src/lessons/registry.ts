import type { ComponentType } from 'react';
import { loaders } from 'virtual:lesson-loaders';
import { lessonSlugs, type LessonSlug } from './slugs';

/**
 * The lessons in teaching order. A lesson is built when its folder has a `Lesson.tsx`
 * (listed by the `virtual:lesson-loaders` module of vite.config.ts, so adding a lesson
 * touches no shared file); each loads as its own chunk. Lessons without one are listed as "coming soon", never as a dead link.
 */
export interface LessonEntry {
  slug: LessonSlug;
  /** Loads the lesson page (prose + widgets); undefined while the lesson is not built. */
  load?: () => Promise<{ default: ComponentType }>;
}

const modules = loaders as Partial<Record<string, () => Promise<{ default: ComponentType }>>>;

export const lessons: readonly LessonEntry[] = lessonSlugs.map((slug) => ({ slug, load: modules[slug] }));

export function findLesson(slug: string): LessonEntry | undefined {
  return lessons.find((l) => l.slug === slug);
}
