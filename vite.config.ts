import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeKatex from 'rehype-katex';
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonSlugs } from './src/lessons/slugs.ts';
import { serviceWorkerSource, shouldPrecache } from './src/app/offline/serviceWorkerSource.ts';

/**
 * `virtual:lesson-loaders`: one dynamic import per lesson folder that has a Lesson.tsx, so
 * adding a lesson touches no shared file. LESSONS_ONLY=slug,slug limits the build to those
 * lessons (scripts/e2e.mjs sets it from the spec files it runs), so a half-written lesson
 * elsewhere in the tree cannot break someone else's journey.
 */
function lessonLoaders(): Plugin {
  const id = 'virtual:lesson-loaders';
  return {
    name: 'logit-lab-lesson-loaders',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const rows = (file: string, name: string) =>
        buildLessons()
          .map((slug) => ({ slug, path: lessonFile(slug, file) }))
          .filter(({ path }) => existsSync(path))
          .map(({ slug, path }) => `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(path)})${name ? `.then((m) => m.${name})` : ''},`)
          .join('\n');
      // Lesson pages, and their presenter steps (steps.ts) loaded only when presenting.
      return `export const loaders = {\n${rows('Lesson.tsx', '')}\n};\nexport const stepLoaders = {\n${rows('steps.ts', 'steps')}\n};\n`;
    },
  };
}

const lessonFile = (slug: string, file: string) => fileURLToPath(new URL(`./src/lessons/${slug}/${file}`, import.meta.url));
const buildLessons = () => {
  const only = process.env.LESSONS_ONLY?.split(',').filter(Boolean);
  return lessonSlugs.filter((slug) => !only?.length || only.includes(slug));
};

/** Widget ids declared in each built lesson's widgets.ts (`id: '…'`), in lesson order. */
function widgetIds(): { id: string; slug: string; file: string }[] {
  return buildLessons().flatMap((slug) => {
    const file = lessonFile(slug, 'widgets.ts');
    if (!existsSync(file)) return [];
    return [...readFileSync(file, 'utf8').matchAll(/\bid:\s*'([a-z0-9-]+)'/g)].map((m) => ({ id: m[1], slug, file }));
  });
}

/**
 * `virtual:widget-index`: widget id → lesson and loader, read from each lesson's widgets.ts
 * at build time, so /embed/<id> loads only that widget's code.
 */
function widgetIndex(): Plugin {
  const id = 'virtual:widget-index';
  return {
    name: 'logit-lab-widget-index',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const rows = widgetIds().map(
        (w) => `  ${JSON.stringify(w.id)}: { lesson: ${JSON.stringify(w.slug)}, load: () => import(${JSON.stringify(w.file)}).then((m) => m.widgets.find((x) => x.id === ${JSON.stringify(w.id)})) },`,
      );
      return `export const widgetIndex = {\n${rows.join('\n')}\n};\n`;
    },
  };
}

/** /embed/<id> is served by embed.html in dev and preview, like the static copies in dist. */
function embedRoutes(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    if (req.url && /^\/embed\/[a-z0-9-]+\/?(\?|$)/.test(req.url)) req.url = '/embed.html' + (req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
    next();
  };
  return {
    name: 'logit-lab-embed-routes',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
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
    // After Vite's HTML plugin, which adds the .html assets in its own generateBundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      // Fail the build rather than ship a site whose deep links 404 on static hosts.
      if (!index || index.type !== 'asset') this.error('index.html is not in the bundle: run this plugin after vite:build-html');
      for (const slug of lessonSlugs) {
        this.emitFile({ type: 'asset', fileName: `lessons/${slug}/index.html`, source: index.source });
      }
      const embed = bundle['embed.html'];
      if (embed && embed.type === 'asset') {
        for (const w of widgetIds()) this.emitFile({ type: 'asset', fileName: `embed/${w.id}/index.html`, source: embed.source });
      }
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}

// Lesson prose is MDX: remark-math + rehype-katex render the math at build time from the
// local katex package (no CDN, no KaTeX JS shipped for prose). MDX must run before React.
/** Emits sw.js with every built file worth precaching, versioned by their hashed names. */
function offlineServiceWorker(): Plugin {
  return {
    name: 'logit-lab-offline',
    apply: 'build',
    // After Vite's HTML plugin, so index.html and the deep-link pages are precached too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter(shouldPrecache).map((f) => `/${f}`);
      files.push('/favicon.svg', '/manifest.webmanifest');
      let h = 0;
      for (const f of files.sort()) for (let i = 0; i < f.length; i++) h = (Math.imul(h, 31) + f.charCodeAt(i)) | 0;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource((h >>> 0).toString(36), files) });
    },
  };
}

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
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkGfm, remarkMath], rehypePlugins: [[rehypeKatex, { trust: false, strict: 'ignore' }]] }) },
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    lessonLoaders(),
    widgetIndex(),
    embedRoutes(),
    contentSecurityPolicy(),
    deepLinkPages(),
    offlineServiceWorker(),
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
      input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), embed: fileURLToPath(new URL('./embed.html', import.meta.url)) },
      output: {
        // KaTeX's runtime (formulas with live numbers) is shared by many lessons: one cached
        // chunk, budgeted on its own, instead of a copy counted against every lesson.
        codeSplitting: { groups: [{ name: 'katex', test: /node_modules[\\/]katex[\\/].*\.m?js$/ }] },
      },
    },
  },
});
