import type { ComponentType } from 'react';
import type { LessonSlug } from '../../lessons/slugs';
import type { Schema, StateOf } from '../state/schema';

/**
 * A widget is a value, declared once in its lesson's widgets.ts: its globally unique id (the
 * prefix of its URL parameters and its embed path), its lesson, its parameter schema and a
 * loader for its component. Presenter steps, exercise reveals, the embed index and the tests
 * all import this value, so a patch is checked against the schema by the compiler:
 * `temperature.patch({ t: 0.1 })` compiles, `temperature.patch({ temp: 0.1 })` does not.
 */
export interface Widget<S extends Schema = Schema> {
  readonly id: string;
  readonly lesson: LessonSlug;
  readonly schema: S;
  readonly load: () => Promise<ComponentType>;
  /** A typed partial state for this widget, for a presenter step or an exercise reveal. */
  patch(values: PatchOf<S>): WidgetPatch;
}

/** Part of a widget's state as code writes it (constant arrays may be readonly: they are copied). */
export type PatchOf<S extends Schema> = { [K in keyof StateOf<S>]?: StateOf<S>[K] extends (infer E)[] ? readonly E[] : StateOf<S>[K] };

/** Part of one widget's state, with the widget it belongs to. */
export interface WidgetPatch {
  readonly widget: Widget;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Declares a widget. Ids use lowercase letters, digits and hyphens (they appear in URLs). */
export function widget<const S extends Schema>(lesson: LessonSlug, id: string, schema: S, load: () => Promise<ComponentType>): Widget<S> {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`widget id “${id}”: use lowercase letters, digits and hyphens`);
  const self: Widget<S> = {
    id,
    lesson,
    schema,
    load,
    patch: (values) => ({ widget: self as unknown as Widget, values }),
  };
  return self;
}
