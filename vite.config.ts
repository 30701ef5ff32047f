import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeKatex from 'rehype-katex';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, deepLinkPages, embedRoutes, lessonLoaders, widgetIndex } from './build/sitePlugins.ts';

// Lesson prose is MDX: remark-math + rehype-katex render the math at build time from the
// local katex package (no CDN, no KaTeX JS shipped for prose). MDX must run before React.
export default defineConfig({
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkGfm, remarkMath], rehypePlugins: [[rehypeKatex, { trust: false, strict: 'ignore' }]] }) },
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    lessonLoaders(),
    widgetIndex(),
    embedRoutes(),
    contentSecurityPolicy(),
    deepLinkPages('index.html'),
  ],
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'd3', 'i18next', 'react-i18next', 'zustand', 'katex', 'comlink', 'react/jsx-runtime'],
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The engine is pure (no module does anything on load), and every lesson imports it
      // through its barrel (src/engine/index.ts). Declaring that lets the bundler take only
      // the modules a chunk uses, instead of every engine module for every widget.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]engine[\\/]/.test(id) },
      // The site only: /embed/<id> pages are the iframe build (vite.iframe.config.ts), run after.
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)) },
      output: {
        // KaTeX's runtime (formulas with live numbers) is shared by many lessons: one cached
        // chunk, budgeted on its own, instead of a copy counted against every lesson.
        codeSplitting: { groups: [{ name: 'katex', test: /node_modules[\\/]katex[\\/].*\.m?js$/ }] },
      },
    },
  },
});
