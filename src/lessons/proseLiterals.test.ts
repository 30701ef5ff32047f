/**
 * Every sentence true, part 1: no hand-typed result figures. For each lesson, both locales, the
 * MDX prose (maths included) and the string tables (widget labels, exercises, presenter notes)
 * may contain only the number literals on that lesson's allow-list (literals.ts), and the
 * allow-list holds nothing the words no longer use. A figure that is a result comes from the
 * lesson's figures.ts (an engine call, formatted by src/format/number.ts).
 *
 * Part 2: a `{/* claim: … *\/}` marker after a sentence names the case in the lesson's
 * claims.test.ts that runs the scenario the sentence describes; the case must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSlugs } from './slugs';
import { claimMarkers, mdxWords, numberTokens, stringTableWords, unlistedLiterals, type LiteralAllowList } from './proseLiterals';

const allowLists = import.meta.glob<{ proseLiterals: LiteralAllowList }>('./*/literals.ts', { eager: true });
const here = (rel: string) => new URL(rel, import.meta.url);
const read = (rel: string) => readFileSync(here(rel), 'utf8');

/** All the words of one lesson, both locales. */
function lessonWords(slug: string): string {
  const parts: string[] = [];
  for (const lang of ['en', 'zh']) {
    parts.push(mdxWords(read(`./${slug}/content.${lang}.mdx`)));
    if (existsSync(here(`./${slug}/strings.${lang}.json`))) parts.push(stringTableWords(JSON.parse(read(`./${slug}/strings.${lang}.json`))));
  }
  return parts.join('\n');
}

describe('the scanner', () => {
  it('finds result figures and skips names, single digits and JSX', () => {
    const mdx = "import { W } from './W';\n\nexp overflows float16 above 11.09, float32 above 88.72; x_1, \\log_2, 2 layers.\n<W ids={['a-10']} />\n{F.x16}";
    expect(numberTokens(mdxWords(mdx))).toEqual(['11.09', '88.72']);
    expect(numberTokens('10,000 points; ap_fixed<16,6>; 共有16个')).toEqual(['10,000', '16']);
  });
  it('a wrong figure typed into a lesson fails the check (the overflow slip this test exists for)', () => {
    const slug = 'overflow';
    const allow = allowLists[`./${slug}/literals.ts`].proseLiterals;
    expect(unlistedLiterals(lessonWords(slug), allow)).toEqual([]);
    const slipped = `${lessonWords(slug)}\nx_overflow ≈ bias · ln 2 = 10.40 for float16`;
    expect(unlistedLiterals(slipped, allow)).toContain('10.40');
  });
  it('reads claim markers', () => {
    expect(claimMarkers('Units die. {/* claim: first-layer units never revive */}')).toEqual(['first-layer units never revive']);
  });
});

describe.each(lessonSlugs)('%s', (slug) => {
  const file = `./${slug}/literals.ts`;
  it('has an allow-list of typed literals, each with a reason', () => {
    expect(allowLists[file], `${slug}/literals.ts is missing`).toBeDefined();
    for (const [lit, why] of Object.entries(allowLists[file].proseLiterals)) expect(why.trim(), `reason for ${lit}`).not.toBe('');
  });
  it('types no number that is not on its allow-list, and lists none it no longer types', () => {
    const allow = allowLists[file]?.proseLiterals ?? {};
    const words = lessonWords(slug);
    expect(unlistedLiterals(words, allow), `hand-typed figures in ${slug}: compute them in figures.ts or list them with a reason`).toEqual([]);
    const used = new Set(numberTokens(words));
    expect(Object.keys(allow).filter((k) => !used.has(k)), `stale entries in ${slug}/literals.ts`).toEqual([]);
  });
  it('names an existing claims test for every claim marker', () => {
    const markers = ['en', 'zh'].flatMap((lang) => claimMarkers(read(`./${slug}/content.${lang}.mdx`)));
    if (markers.length === 0) return;
    const claims = read(`./${slug}/claims.test.ts`);
    for (const m of markers) expect(claims, `claim “${m}” has no case in ${slug}/claims.test.ts`).toContain(`it('${m}'`);
  });
});
