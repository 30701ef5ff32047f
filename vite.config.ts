import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonSlugs } from './src/lessons/slugs.ts';

/**
 * `virtual:lesson-loaders`: one dynamic import per lesson folder that has a Lesson.tsx, so
 * adding a lesson touches no shared file. LESSONS_ONLY=slug,slug limits the build to those
 * lessons (scripts/e2e.mjs sets it from the spec files it runs), so a half-written lesson
 * elsewhere in the tree cannot break someone else's journey.
 */
function lessonLoaders(): Plugin {
  const id = 'virtual:lesson-loaders';
  const only = process.env.LESSONS_ONLY?.split(',').filter(Boolean);
  return {
    name: 'logit-lab-lesson-loaders',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const entries = lessonSlugs
        .filter((slug) => !only || only.includes(slug))
        .map((slug) => ({ slug, file: fileURLToPath(new URL(`./src/lessons/${slug}/Lesson.tsx`, import.meta.url)) }))
        .filter(({ file }) => existsSync(file))
        .map(({ slug, file }) => `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(file)}),`);
      return `export const loaders = {\n${entries.join('\n')}\n};\n`;
    },
  };
}

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
/**
 * Content-Security-Policy for the built site: scripts only from our own origin (no inline
 * scripts, no eval). Styles allow inline attributes because KaTeX and d3-positioned SVG use
 * style attributes. Build-only: the dev server injects an inline HMR preamble.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'logit-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { trust: false, strict: 'ignore' }]] }) },
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    lessonLoaders(),
    contentSecurityPolicy(),
    deepLinkPages(),
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
      output: {
        // KaTeX's runtime (formulas with live numbers) is shared by many lessons: one cached
        // chunk, budgeted on its own, instead of a copy counted against every lesson.
        codeSplitting: { groups: [{ name: 'katex', test: /node_modules[\\/]katex[\\/].*\.m?js$/ }] },
      },
    },
  },
});
