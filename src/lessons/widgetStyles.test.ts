/**
 * An embed (/embed/<id> or <logit-lab-widget>) loads one widget module, never the lesson's
 * Lesson.tsx: a stylesheet imported only there would leave the embedded widget unstyled
 * (seen once as unreadable dark-theme buttons). Every widget module a lesson registers must
 * import each stylesheet its Lesson.tsx imports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const lessons = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/widgets.ts`, dir)) && existsSync(new URL(`${d.name}/Lesson.tsx`, dir)))
  .map((d) => d.name);

describe('embedded widgets carry their lesson styles', () => {
  it('finds lessons with widgets', () => expect(lessons.length).toBeGreaterThan(5));
  for (const slug of lessons) {
    it(slug, () => {
      const read = (f: string) => readFileSync(new URL(`${slug}/${f}`, dir), 'utf8');
      const sheets = [...read('Lesson.tsx').matchAll(/^import '(\.\/[^']+\.css)';$/gm)].map((m) => m[1]);
      const modules = [...read('widgets.ts').matchAll(/import\('(\.\/[^']+)'\)/g)].map((m) => m[1]);
      const missing = modules.flatMap((m) => sheets.filter((css) => !read(`${m.slice(2)}.tsx`).includes(`import '${css}';`)).map((css) => `${m} lacks ${css}`));
      expect(missing).toEqual([]);
    });
  }
});
