declare module 'virtual:widget-index' {
  import type { WidgetEntry } from './types';
  /** Widget id → its lesson and a loader of its component (see widgetIndex in vite.config.ts). */
  export const widgetIndex: Record<string, { lesson: string; load: () => Promise<WidgetEntry | undefined> }>;
}
