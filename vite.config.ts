import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { shared, sitePlugins } from './build/pluginGroups.ts';

// The site: index.html, a copy per lesson deep link and 404.html. The /embed/<id> pages
// (vite.iframe.config.ts) and the <logit-lab-widget> script (vite.embed.config.ts) are built
// after it by scripts/build.mjs; all three take their plugins from build/pluginGroups.ts.
export default defineConfig({
  plugins: sitePlugins(),
  optimizeDeps: { include: shared.optimizeDeps },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: shared.target,
    manifest: true,
    chunkSizeWarningLimit: 600,
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
