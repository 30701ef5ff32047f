import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { shared, sitePlugins } from './build/pluginGroups.ts';

// The site: index.html, a copy per lesson deep link and 404.html. The /embed/<id> pages
// (vite.iframe.config.ts) and the <logit-lab-widget> script (vite.embed.config.ts) are built
// after it by scripts/build.mjs; all three take their plugins from build/pluginGroups.ts.
export default defineConfig({
  plugins: sitePlugins(),
  // @yowasp/yosys stays unbundled in dev: it finds its wasm files next to itself (import.meta.url).
  optimizeDeps: { include: shared.optimizeDeps, exclude: ['@yowasp/yosys'] },
  worker: {
    format: 'es',
    // @yowasp/yosys's chunks (its code, its resource bundle) get a recognisable name, which
    // the offline precache (shouldPrecache) and the size report (scripts/check-size.mjs) use.
    rolldownOptions: {
      output: { chunkFileNames: (c) => (c.moduleIds.some((id) => id.includes('@yowasp')) ? 'assets/yowasp-[name]-[hash].js' : 'assets/[name]-[hash].js') },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: shared.target,
    manifest: true,
    chunkSizeWarningLimit: 600,
    // WebAssembly is never inlined as a data: URL (Yosys's smallest wasm is 599 bytes): the CSP's connect-src is 'self'.
    assetsInlineLimit: (file: string) => (file.endsWith('.wasm') ? false : undefined),
    rolldownOptions: {
      treeshake: shared.treeshake,
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)) },
      output: {
        // KaTeX's runtime (formulas with live numbers) is shared by many lessons: one cached
        // chunk, budgeted on its own, instead of a copy counted against every lesson.
        codeSplitting: { groups: [{ name: 'katex', test: /node_modules[\\/]katex[\\/].*\.m?js$/ }] },
      },
    },
  },
});
