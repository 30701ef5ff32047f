import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { findLesson, lessons } from '../lessons/registry';

/**
 * Lesson page components. Each is lazy (its chunk loads when the lesson is first shown),
 * made once at start-up so revisiting a lesson does not reload it. A lesson loaded ahead
 * (`preloadLesson`: the page being opened, before the first render, and the build-time
 * render) renders without suspending: a page that hydrates its prerendered HTML, or replaces
 * it, never shows the "Loading" fallback in between.
 */
const lazyBodies = new Map<string, LazyExoticComponent<ComponentType>>(lessons.map((l) => [l.slug, lazy(l.load)] as const));
const loaded = new Map<string, ComponentType>();

export function lessonBody(slug: string): ComponentType | undefined {
  return loaded.get(slug) ?? lazyBodies.get(slug);
}

/** Loads a lesson's chunk now; resolves (never rejects: a failed load is left to the lazy path and its error UI). */
export async function preloadLesson(slug: string): Promise<void> {
  const entry = findLesson(slug);
  if (!entry || loaded.has(slug)) return;
  try {
    loaded.set(slug, (await entry.load()).default);
  } catch {
    // the lazy component retries and reports it
  }
}
