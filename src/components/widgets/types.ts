import type { ComponentType } from 'react';

/**
 * One entry of the widget registry. Each lesson lists its widgets in `widgets.ts`; the
 * build indexes them (virtual:widget-index) so `/embed/<id>` can load one widget alone.
 * The widget's parameter schema lives with its component (useWidgetState), so the URL
 * that drives a widget in a lesson drives it identically in an embed.
 */
export interface WidgetEntry {
  /** Globally unique; the same id as the widget's WidgetFrame and useWidgetState. */
  id: string;
  lesson: string;
  load: () => Promise<ComponentType>;
}
