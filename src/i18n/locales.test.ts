import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Flattens nested string tables to dotted keys, so two locales can be compared key by key. */
function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const read = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

const tables: [string, string, string][] = [
  ['app', 'src/i18n/locales/en.json', 'src/i18n/locales/zh.json'],
  ['paste', 'src/i18n/locales/paste.en.json', 'src/i18n/locales/paste.zh.json'],
];
for (const slug of readdirSync('src/lessons')) {
  const en = join('src/lessons', slug, 'strings.en.json');
  if (existsSync(en)) tables.push([slug, en, join('src/lessons', slug, 'strings.zh.json')]);
}

describe('every UI string exists in English and Simplified Chinese', () => {
  it.each(tables)('%s: zh has exactly the en keys', (_name, enPath, zhPath) => {
    expect(existsSync(zhPath), `${zhPath} missing`).toBe(true);
    // Plural forms differ by language (English has _one/_other, Chinese only _other):
    // compare the base keys.
    const base = (ks: string[]) => [...new Set(ks.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
    const en = base(keys(read(enPath)));
    const zh = base(keys(read(zhPath)));
    expect(zh.filter((k) => !en.includes(k)), 'keys only in zh').toEqual([]);
    expect(en.filter((k) => !zh.includes(k)), 'keys missing in zh').toEqual([]);
  });

  it.each(tables)('%s: no empty translations, and placeholders match', (_name, enPath, zhPath) => {
    const flat = (o: unknown, p = ''): [string, string][] =>
      typeof o === 'string' ? [[p, o]] : Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => flat(v, p ? `${p}.${k}` : k));
    const zh = new Map(flat(read(zhPath)));
    for (const [k, v] of flat(read(enPath))) {
      const z = zh.get(k);
      if (z === undefined) continue;
      expect(z.trim(), `${k} is empty in zh`).not.toBe('');
      const ph = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((x) => x.replace(/\s/g, '')).sort();
      expect(ph(z), `${k} placeholders`).toEqual(ph(v));
    }
  });

  it('every lesson with prose has both locales', () => {
    for (const slug of readdirSync('src/lessons')) {
      if (!existsSync(join('src/lessons', slug, 'Lesson.tsx'))) continue;
      expect(existsSync(join('src/lessons', slug, 'content.en.mdx')), `${slug} en`).toBe(true);
      expect(existsSync(join('src/lessons', slug, 'content.zh.mdx')), `${slug} zh`).toBe(true);
    }
  });
});
