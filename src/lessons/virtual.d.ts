declare module 'virtual:lesson-loaders' {
  import type { ComponentType } from 'react';
  /** Lesson slug → dynamic import of its Lesson.tsx (lessonLoaders in build/sitePlugins.ts). */
  export const loaders: Record<string, () => Promise<{ default: ComponentType }>>;
  /** Lesson slug → its presenter steps (steps.ts), for lessons that define them. */
  export const stepLoaders: Record<string, () => Promise<readonly import('../components/presenter/types').PresenterStep[]>>;
}
