import type { PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeKatex from 'rehype-katex';
import { contentSecurityPolicy, deepLinkPages, embedRoutes, lessonLoaders, offlineServiceWorker, widgetIndex } from './sitePlugins.ts';
import { shadowRootPlugins } from './shadowRoot.ts';
import { remarkDeferWidgets } from './remarkDeferWidgets.ts';
import { buildTimeFigures } from './buildTimeFigures.ts';

/**
 * The three builds (site, iframe embeds, script-tag embed) are assembled from these named
 * groups; none takes another's list and filters it by plugin name.
 */

/** What lesson and widget code needs to compile: MDX prose (maths typeset at build time by
 * remark-math + rehype-katex from the local katex package; MDX runs before React), React,
 * the lesson and widget indexes, and widgets that mount as the reader approaches them
 * (remarkDeferWidgets); in a production build the figures the words quote are computed once,
 * at build time (buildTimeFigures). */
export function contentPlugins(): PluginOption[] {
  return [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkGfm, remarkMath, remarkDeferWidgets], rehypePlugins: [[rehypeKatex, { trust: false, strict: 'ignore' }]] }) },
    buildTimeFigures(),
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    lessonLoaders(),
    widgetIndex(),
  ];
}

/** An HTML page of ours: /embed/<id> served in dev and preview, the CSP meta tag, and a copy
 * of the page for every deep link it answers. */
export function pagePlugins(page: 'index.html' | 'embed.html'): PluginOption[] {
  return [embedRoutes(), contentSecurityPolicy(), deepLinkPages(page)];
}

export const sitePlugins = (): PluginOption[] => [...contentPlugins(), ...pagePlugins('index.html')];

/** The iframe pages are built last of the pages, so they also write the service worker (it
 * lists the files both page builds left on disk). */
export const iframePlugins = (): PluginOption[] => [...contentPlugins(), ...pagePlugins('embed.html'), offlineServiceWorker()];

/** The script-tag embed: widget code in shadow roots, no pages of its own. */
export const elementPlugins = (): PluginOption[] => [...shadowRootPlugins(), ...contentPlugins()];

/**
 * Build options every build shares. The engine is pure (no module does anything on load) and
 * lessons import it through its barrel (src/engine/index.ts): declaring that lets the bundler
 * take only the engine modules a chunk uses, instead of every one for every widget.
 */
export const shared = {
  target: 'es2022',
  treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]engine[\\/]/.test(id) },
  optimizeDeps: ['react', 'react-dom', 'react-dom/client', 'd3', 'i18next', 'react-i18next', 'zustand', 'katex', 'comlink', 'react/jsx-runtime'],
};
