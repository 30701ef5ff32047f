import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { Plugin } from 'vite';
import { lessonSlugs } from './src/lessons/slugs';

/**
 * Deep links on any static host: every lesson URL gets its own copy of index.html
 * (dist/lessons/<slug>/index.html), and 404.html serves the app for anything else.
 */
function deepLinkPages(): Plugin {
  return {
    name: 'logit-lab-deep-links',
    apply: 'build',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      for (const slug of lessonSlugs) {
        this.emitFile({ type: 'asset', fileName: `lessons/${slug}/index.html`, source: index.source });
      }
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}

// Lesson prose is MDX: remark-math + rehype-katex render the math at build time from the
// local katex package (no CDN, no KaTeX JS shipped for prose). MDX must run before React.
export default defineConfig({
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { trust: false, strict: 'ignore' }]] }) },
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    deepLinkPages(),
  ],
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'd3', 'i18next', 'react-i18next', 'zustand', 'katex', 'comlink', 'react/jsx-runtime'],
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { target: 'es2022', manifest: true, chunkSizeWarningLimit: 600 },
});
