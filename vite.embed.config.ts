import { defineConfig, type Plugin, type PluginOption } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import base from './vite.config.ts';
import { embedAliases } from './build/embedAliases.ts';

/**
 * The script-tag build: `vite build -c vite.embed.config.ts` → dist/embed/logit-lab.js (the
 * `<logit-lab-widget>` custom element, src/embed/element.tsx) plus lazily loaded chunks and
 * font files next to it. Run after the main build (emptyOutDir: false, it shares dist/).
 * `base: './'` makes every chunk and asset URL relative to the importing module
 * (import.meta.url), so the script works from a page on any other origin.
 */

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const STYLE_REGISTRY = here('./src/embed/element/styles.ts');
const KATEX_CSS = here('./node_modules/katex/dist/katex.min.css');
const KATEX_JS = /node_modules[\\/]katex[\\/]dist[\\/]katex\.mjs$/;
const FONT_PREFIX = 'LogitLab';

// From vite.config.ts: only the plugins that widget code needs (MDX, React, the widget and
// lesson indexes); not its HTML, CSP, deep-link or service-worker plugins.
const HTML_ONLY = new Set(['logit-lab-embed-routes', 'logit-lab-csp', 'logit-lab-deep-links']);
function withoutHtmlPlugins(options: PluginOption[] | undefined): PluginOption[] {
  return (options ?? []).map((p): PluginOption => {
    if (Array.isArray(p)) return withoutHtmlPlugins(p);
    if (p && typeof p === 'object' && 'name' in p && HTML_ONLY.has(p.name)) return false;
    return p;
  });
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
      const imports = faces.map((f, i) => `import u${i} from ${JSON.stringify(`${here('./node_modules/katex/dist/')}${f.file}?url`)};`);
      const rows = faces.map((f, i) => `  { family: ${JSON.stringify(FONT_PREFIX + f.family)}, style: ${JSON.stringify(f.style)}, weight: ${JSON.stringify(f.weight)}, url: u${i} },`);
      return `${imports.join('\n')}\nimport { addDocumentFonts } from ${JSON.stringify(STYLE_REGISTRY)};\naddDocumentFonts([\n${rows.join('\n')}\n]);\nexport default true;\n`;
    },
    transform(code, id) {
      if (!KATEX_JS.test(id)) return null;
      return { code: `${code}\nimport 'katex/dist/katex.min.css';\nimport ${JSON.stringify(fontsId)};\n`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [katexInShadowRoots(), cssIntoShadowRoots(), ...withoutHtmlPlugins(base.plugins)],
  worker: base.worker,
  // Like the iframe embeds, on preact/compat (see build/embedAliases.ts).
  resolve: { alias: embedAliases },
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: false,
    copyPublicDir: false,
    manifest: false,
    // Fonts stay files (fetched only when a formula needs them), never base64 in the JS.
    assetsInlineLimit: 0,
    // No <link rel=modulepreload> tags added to the host page (chunks load by import()).
    modulePreload: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: base.build?.rolldownOptions?.treeshake,
      input: { 'logit-lab': here('./src/embed/element.tsx') },
      output: {
        entryFileNames: 'logit-lab.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        // Vite's dynamic-import helper gets a chunk of its own; otherwise it lands in
        // logit-lab.js and every chunk imports it back from there (a second copy of the entry
        // if a page loads the script with a ?query). No KaTeX group (unlike vite.config.ts):
        // a group also captures its dependencies, which pulled the style registry, and with
        // it the React chunk, into KaTeX's chunk.
        codeSplitting: { groups: [{ name: 'loader', test: /preload-helper/ }] },
      },
    },
  },
});
