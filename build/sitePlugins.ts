import { runnerImport, type Plugin } from 'vite';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessonSlugs } from '../src/lessons/slugs.ts';
import { serviceWorkerSource, shouldPrecache } from '../src/app/offline/serviceWorkerSource.ts';

// The site's own Vite plugins, shared by vite.config.ts (the site), vite.iframe.config.ts
// (/embed/<id> pages) and vite.embed.config.ts (the <logit-lab-widget> script).

/**
 * `virtual:lesson-loaders`: one dynamic import per lesson folder that has a Lesson.tsx, so
 * adding a lesson touches no shared file. LESSONS_ONLY=slug,slug limits the build to those
 * lessons (scripts/e2e.mjs sets it from the spec files it runs), so a half-written lesson
 * elsewhere in the tree cannot break someone else's journey.
 */
export function lessonLoaders(): Plugin {
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

const lessonFile = (slug: string, file: string) => fileURLToPath(new URL(`../src/lessons/${slug}/${file}`, import.meta.url));
const buildLessons = () => {
  const only = process.env.LESSONS_ONLY?.split(',').filter(Boolean);
  return lessonSlugs.filter((slug) => !only?.length || only.includes(slug));
};

/**
 * The widgets of the built lessons, in lesson order: src/lessons/widgetCatalog.ts imported
 * once per build through Vite's module runner (the same module the tests import; no source
 * read as text). Its widgets.ts files hold only schemas and lazy loaders, so this is quick.
 */
let catalog: Promise<{ id: string; slug: string; file: string }[]> | undefined;
export function widgetIds(): Promise<{ id: string; slug: string; file: string }[]> {
  catalog ??= runnerImport<{ widgetCatalog: readonly { id: string; lesson: string }[] }>(fileURLToPath(new URL('../src/lessons/widgetCatalog.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'error',
  }).then(({ module }) => {
    const built = new Set<string>(buildLessons());
    return module.widgetCatalog.filter((w) => built.has(w.lesson)).map((w) => ({ id: w.id, slug: w.lesson, file: lessonFile(w.lesson, 'widgets.ts') }));
  });
  return catalog;
}

/**
 * `virtual:widget-index`: widget id → lesson and loader, from the widget catalog at build
 * time, so /embed/<id> loads only that widget's lesson's widgets.ts and its component.
 */
export function widgetIndex(): Plugin {
  const id = 'virtual:widget-index';
  return {
    name: 'logit-lab-widget-index',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const rows = (await widgetIds()).map(
        (w) => `  ${JSON.stringify(w.id)}: { lesson: ${JSON.stringify(w.slug)}, load: () => import(${JSON.stringify(w.file)}).then((m) => pick(m, ${JSON.stringify(w.id)})) },`,
      );
      // A lesson's widgets.ts exports each widget as a value: the one with this id.
      const pick = `const pick = (m, id) => Object.values(m).find((w) => w && w.id === id);`;
      return `${pick}\nexport const widgetIndex = {\n${rows.join('\n')}\n};\n`;
    },
  };
}

/** /embed/<id> is served by embed.html in dev and preview, like the static copies in dist. */
export function embedRoutes(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    if (req.url && /^\/embed\/[a-z0-9-]+\/?(\?|$)/.test(req.url)) req.url = '/embed.html' + (req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
    next();
  };
  // A built lesson page has its own HTML (prerendered words, scripts/prerender.mjs): preview
  // serves /lessons/<slug> from lessons/<slug>/index.html as a static host does, not from the
  // SPA fallback. Dev has no such files (there the app renders every page).
  const lessonPage = (req: { url?: string }, _res: unknown, next: () => void) => {
    const m = req.url ? /^\/lessons\/([a-z0-9-]+)\/?(\?.*)?$/.exec(req.url) : null;
    if (m) req.url = `/lessons/${m[1]}/index.html${m[2] ?? ''}`;
    next();
  };
  return {
    name: 'logit-lab-embed-routes',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => {
      server.middlewares.use(rewrite);
      server.middlewares.use(lessonPage);
    },
  };
}

/**
 * Deep links on any static host: each URL that the app answers gets its own copy of the page
 * that serves it — dist/lessons/<slug>/index.html and 404.html are index.html (main build),
 * dist/embed/<id>/index.html is embed.html (iframe build, vite.iframe.config.ts).
 */
export function deepLinkPages(page: 'index.html' | 'embed.html'): Plugin {
  return {
    name: 'logit-lab-deep-links',
    apply: 'build',
    // After Vite's HTML plugin, which adds the .html assets in its own generateBundle.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle[page];
      // Fail the build rather than ship a site whose deep links 404 on static hosts.
      if (!html || html.type !== 'asset') this.error(`${page} is not in the bundle: run this plugin after vite:build-html`);
      const copies =
        page === 'index.html' ? [...lessonSlugs.map((slug) => `lessons/${slug}/index.html`), '404.html'] : (await widgetIds()).map((w) => `embed/${w.id}/index.html`);
      for (const fileName of copies) this.emitFile({ type: 'asset', fileName, source: html.source });
    },
  };
}

/**
 * Writes sw.js listing every built file worth precaching, versioned by their hashed names.
 * It runs in the iframe build, the last one that writes pages: it lists what is on disk in
 * outDir then (the main build's files and its own), not only its own bundle.
 */
export function offlineServiceWorker(): Plugin {
  return {
    name: 'logit-lab-offline',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) this.error('the service worker needs build.outDir');
      // public/ files (favicon, manifest) are on disk too. No duplicates: Cache.addAll
      // rejects a list with the same request twice, and the worker would never install.
      const files = [...new Set(listFiles(dir).filter(shouldPrecache).map((f) => `/${f}`))].sort();
      if (!files.includes('/index.html')) this.error(`${dir}/index.html missing: run the main build (vite build) before the iframe build`);
      let h = 0;
      for (const f of files) for (let i = 0; i < f.length; i++) h = (Math.imul(h, 31) + f.charCodeAt(i)) | 0;
      writeFileSync(join(dir, 'sw.js'), serviceWorkerSource((h >>> 0).toString(36), files));
    },
  };
}

/** Every file under dir, as a path relative to it with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/**
 * Content-Security-Policy for the built site: scripts only from our own origin (no inline
 * scripts, no eval). 'wasm-unsafe-eval' lets the page compile WebAssembly (Yosys in the
 * sigmoid-in-hardware lesson) and nothing else: JavaScript eval stays blocked. Styles allow inline attributes because KaTeX and d3-positioned SVG use
 * style attributes. Build-only: the dev server injects an inline HMR preamble.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'logit-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

