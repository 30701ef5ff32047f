import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { elementPlugins, shared } from './build/pluginGroups.ts';
import { embedAliases, embedConditions } from './build/embedAliases.ts';

/**
 * The script-tag build: `vite build -c vite.embed.config.ts` → dist/embed/logit-lab.js (the
 * `<logit-lab-widget>` custom element, src/embed/element.tsx) plus lazily loaded chunks and
 * font files next to it. Run after the main build (emptyOutDir: false, it shares dist/).
 * `base: './'` makes every chunk and asset URL relative to the importing module
 * (import.meta.url), so the script works from a page on any other origin. Its plugins (widget
 * code, plus CSS and KaTeX into shadow roots) are in build/pluginGroups.ts.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: elementPlugins(),
  worker: { format: 'es' },
  // Like the iframe embeds, on preact/compat (see build/embedAliases.ts).
  resolve: { alias: embedAliases, conditions: embedConditions },
  build: {
    target: shared.target,
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
      treeshake: shared.treeshake,
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
