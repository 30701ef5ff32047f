/**
 * Route discovery for the quality sweeps (not a spec). Mirrors vite.config.ts: a lesson is
 * built when src/lessons/<slug>/Lesson.tsx exists and LESSONS_ONLY (if set) names it; embed
 * ids come from the built lessons' widgets.ts (`id: '…'`). Each embed id is mapped to the
 * keys and kinds of its widget's schema by reading the source (no engine import in Node).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lessonSlugs } from '../../src/lessons/slugs';

const root = new URL('../../src/lessons/', import.meta.url);
const only = process.env.LESSONS_ONLY?.split(',').filter(Boolean);
const file = (slug: string, name: string) => new URL(`${slug}/${name}`, root);

export const builtLessons: string[] = lessonSlugs.filter((s) => (!only || only.includes(s)) && existsSync(file(s, 'Lesson.tsx')));

export interface EmbedInfo {
  id: string;
  slug: string;
  /** Schema keys with their kind; empty when the schema could not be found in the source. */
  params: { key: string; kind: string }[];
}

/** The object literal `name = { … }` in a source text, as text (brace-matched). */
function objectLiteral(src: string, name: string): string | null {
  const m = new RegExp(`\\b(?:const|let)\\s+${name}\\s*(?::[^=]+)?=\\s*\\{`).exec(src);
  if (!m) return null;
  let depth = 0;
  for (let i = m.index + m[0].length - 1; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(m.index + m[0].length - 1, i + 1);
  }
  return null;
}

function schemaParams(slug: string, id: string): EmbedInfo['params'] {
  const dir = new URL(`${slug}/`, root);
  const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const name = sources.map((s) => new RegExp(`useWidgetState\\(\\s*'${id}'\\s*,\\s*(\\w+)`).exec(s)?.[1]).find(Boolean);
  if (!name) return [];
  const src = sources.find((s) => objectLiteral(s, name) !== null);
  const literal = src === undefined ? null : objectLiteral(src, name);
  if (src === undefined || !literal) return [];
  // Top-level `key: value` entries; a value may be an inline spec or a helper call such as
  // `dist([…])`, whose kind is read from the helper's definition in the same file.
  const out: EmbedInfo['params'] = [];
  let depth = 0;
  let start = 1;
  const body = literal.slice(0, -1);
  for (let i = 1; i <= body.length; i++) {
    const c = body[i] ?? ',';
    if ('{[('.includes(c)) depth++;
    else if ('}])'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      const entry = /^\s*(\w+)\s*:\s*([\s\S]*)$/.exec(body.slice(start, i));
      start = i + 1;
      if (!entry) continue;
      const inline = /kind:\s*'(\w+)'/.exec(entry[2])?.[1];
      const helper = /^(\w+)\(/.exec(entry[2].trim())?.[1];
      const viaHelper = helper ? new RegExp(`\\b${helper}\\s*=[^;]*?kind:\\s*'(\\w+)'`).exec(src)?.[1] : undefined;
      const kind = inline ?? viaHelper;
      if (kind) out.push({ key: entry[1], kind });
    }
  }
  return out;
}

export const embeds: EmbedInfo[] = builtLessons.flatMap((slug) => {
  const f = file(slug, 'widgets.ts');
  if (!existsSync(f)) return [];
  return [...readFileSync(f, 'utf8').matchAll(/\bid:\s*'([a-z0-9-]+)'/g)].map((m) => ({ id: m[1], slug, params: schemaParams(slug, m[1]) }));
});
