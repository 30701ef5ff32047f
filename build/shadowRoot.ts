import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What the `<logit-lab-widget>` script build needs so widgets render inside shadow roots:
 * CSS imported by widget code is adopted by every element's shadow root instead of landing
 * in the host page's <head>, and KaTeX's CSS and fonts are made to work there.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const STYLE_REGISTRY = here('../src/embed/element/styles.ts');
const KATEX_CSS = here('../node_modules/katex/dist/katex.min.css');
const KATEX_JS = /node_modules[\\/]katex[\\/]dist[\\/]katex\.mjs$/;
const FONT_PREFIX = 'LogitLab';

export function shadowRootPlugins(): Plugin[] {
  return [katexInShadowRoots(), cssIntoShadowRoots()];
}

/**
 * CSS imported by widget code (`import './lesson.css'`) would land in the host page's
 * <head>, where it cannot reach a shadow root (and could restyle the host). Here every such
 * import becomes `adoptCss(<the CSS as a string>)`, adopted by every element's shadow root.
 */
function cssIntoShadowRoots(): Plugin {
  const prefix = '\0logit-lab-shadow-css:';
  const suffix = '.adopt.js';
  return {
    name: 'logit-lab-shadow-css',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || source.includes('?') || !/\.css$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || resolved.external) return null;
      // Not ending in .css, or Vite's own CSS plugins would take the module for CSS.
      return `${prefix}${resolved.id}${suffix}`;
    },
    load(id) {
      if (!id.startsWith(prefix) || !id.endsWith(suffix)) return null;
      const file = id.slice(prefix.length, -suffix.length);
      const registry = `import { adoptCss } from ${JSON.stringify(STYLE_REGISTRY)};`;
      // KaTeX's CSS (already minified, no url() left once its fonts are removed) goes in
      // as is, first, so the app's rules override it.
      if (file === KATEX_CSS) return `${registry}\nadoptCss(${JSON.stringify(katexShadowCss())}, { first: true });\n`;
      return `import css from ${JSON.stringify(`${file}?inline`)};\n${registry}\nadoptCss(css);\n`;
    },
  };
}

/** katex.min.css for a shadow root: no @font-face (see addDocumentFonts), renamed families. */
function katexShadowCss(): string {
  return readFileSync(KATEX_CSS, 'utf8')
    .replace(/@font-face\s*\{[^}]*\}/g, '')
    .replace(/\bKaTeX_/g, `${FONT_PREFIX}KaTeX_`);
}

/** KaTeX's @font-face rules, as [family, style, weight, woff2 file]. */
function katexFontFaces(): { family: string; style: string; weight: string; file: string }[] {
  const css = readFileSync(KATEX_CSS, 'utf8');
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].flatMap((m) => {
    const get = (prop: string) => new RegExp(`${prop}:([^;}]+)`).exec(m[1])?.[1].trim();
    const family = get('font-family');
    const file = /url\(([^)]+\.woff2)\)/.exec(m[1])?.[1];
    return family && file ? [{ family, style: get('font-style') ?? 'normal', weight: get('font-weight') ?? '400', file }] : [];
  });
}

/**
 * KaTeX in a shadow root: the widget chunks that use KaTeX (and only those) get its CSS —
 * @font-face rules removed (they do nothing inside a shadow root) and font families renamed
 * LogitLabKaTeX_* — and register the woff2 fonts with the document (styles.ts,
 * addDocumentFonts). The font files are emitted next to the script and fetched on demand.
 */
function katexInShadowRoots(): Plugin {
  const fontsId = 'virtual:logit-lab-katex-fonts';
  return {
    name: 'logit-lab-katex-shadow',
    enforce: 'pre',
    resolveId: (source) => (source === fontsId ? `\0${fontsId}` : null),
    load(id) {
      if (id !== `\0${fontsId}`) return null;
      const faces = katexFontFaces();
      const imports = faces.map((f, i) => `import u${i} from ${JSON.stringify(`${here('../node_modules/katex/dist/')}${f.file}?url`)};`);
      const rows = faces.map((f, i) => `  { family: ${JSON.stringify(FONT_PREFIX + f.family)}, style: ${JSON.stringify(f.style)}, weight: ${JSON.stringify(f.weight)}, url: u${i} },`);
      return `${imports.join('\n')}\nimport { addDocumentFonts } from ${JSON.stringify(STYLE_REGISTRY)};\naddDocumentFonts([\n${rows.join('\n')}\n]);\nexport default true;\n`;
    },
    transform(code, id) {
      if (!KATEX_JS.test(id)) return null;
      return { code: `${code}\nimport 'katex/dist/katex.min.css';\nimport ${JSON.stringify(fontsId)};\n`, map: null };
    },
  };
}
