/**
 * Widget ids share one flat namespace: each is the prefix of its URL parameters
 * (`temperature.t=0.1`) and its embed path (/embed/temperature). Two widgets with one id would
 * read each other's links, so ids must be unique across the site; each widget is declared by
 * the lesson folder it lives in.
 */
import { describe, expect, it } from 'vitest';
import { lessonSlugs } from './slugs';
import { widgetCatalog } from './widgetCatalog';

function idClashes(widgets: readonly { id: string; lesson: string }[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const w of widgets) {
    const other = seen.get(w.id);
    if (other) clashes.push(`${w.id}: ${other} and ${w.lesson}`);
    seen.set(w.id, w.lesson);
  }
  return clashes;
}

describe('the widget catalog', () => {
  it('has every lesson’s widgets (forty when this test was written)', () => {
    expect(widgetCatalog.length).toBeGreaterThanOrEqual(40);
    for (const slug of lessonSlugs) expect(widgetCatalog.some((w) => w.lesson === slug), `${slug} has no widget`).toBe(true);
  });
  it('has unique ids', () => {
    expect(idClashes(widgetCatalog)).toEqual([]);
    // …and the check sees a clash when there is one.
    expect(idClashes([...widgetCatalog, { ...widgetCatalog[0], lesson: 'overflow' }])).toEqual([`${widgetCatalog[0].id}: ${widgetCatalog[0].lesson} and overflow`]);
  });
  it('declares every widget with a schema, in URL-safe ids', () => {
    for (const w of widgetCatalog) {
      expect(w.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(w.schema, `${w.id} has no schema`).toBeDefined();
    }
  });
});
