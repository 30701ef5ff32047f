import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import base from './vite.config.ts';
import { iframePlugins } from './build/pluginGroups.ts';
import { embedAliases, embedConditions } from './build/embedAliases.ts';

/**
 * The iframe embeds: `vite build -c vite.iframe.config.ts`, after the main build, into the
 * same outDir → embed.html, its chunks, dist/embed/<id>/index.html copies and sw.js (written
 * last, so it lists the site's files and these). A build of its own because embeds run on
 * preact/compat (build/embedAliases.ts) while the site runs React.
 */
export default defineConfig({
  ...base,
  plugins: iframePlugins(),
  resolve: { alias: embedAliases, conditions: embedConditions },
  build: {
    ...base.build,
    emptyOutDir: false,
    // A manifest of its own, next to the site's (scripts/check-size.mjs reads both).
    manifest: '.vite/manifest-embed.json',
    rolldownOptions: {
      ...base.build?.rolldownOptions,
      input: { embed: fileURLToPath(new URL('./embed.html', import.meta.url)) },
    },
  },
});
