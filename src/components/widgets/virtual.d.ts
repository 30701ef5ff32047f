declare module 'virtual:widget-index' {
  import type { Widget } from './widget';
  /** Widget id → its lesson and a loader of its widget value (widgetIndex in build/sitePlugins.ts). */
  export const widgetIndex: Record<string, { lesson: string; load: () => Promise<Widget | undefined> }>;
}
