import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { widgetIndex } from 'virtual:widget-index';

/**
 * One lazy component per registered widget, for the iframe page and the custom element.
 * Made up front (a component made during render would remount every time); lazy() loads
 * nothing until rendered, so an embed downloads only its own widget's chunks.
 */
export const lazyWidgets = new Map<string, LazyExoticComponent<ComponentType>>(
  Object.entries(widgetIndex).map(([id, entry]) => [
    id,
    lazy(async () => {
      const w = await entry.load();
      if (!w) throw new Error(`Widget “${id}” is not registered.`);
      return { default: await w.load() };
    }),
  ]),
);
