import { defaultClientConditions, type AliasOptions } from 'vite';

/**
 * What the embed builds swap in. Embeds (the /embed/<id> iframe pages and the
 * <logit-lab-widget> script) run on preact/compat instead of React + ReactDOM: the same
 * components, ~11 kB of runtime instead of ~60 kB, so one widget on a blog post stays
 * within its 100 kB budget. The site keeps
 * React: its concurrent rendering (useDeferredValue, transitions) keeps slider steps and
 * training snapshots off long tasks on lesson pages, where many widgets share one thread.
 * In preact/compat those APIs run synchronously — fine for one widget alone.
 */
export const embedAliases: AliasOptions = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  // compat's own JSX runtime, so compat's prop handling (className, onChange on inputs…)
  // is loaded before the first element is created.
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

/**
 * Resolve conditions of the embed builds. `logit-lab-embed` picks the embed side of
 * package.json's subpath imports: `#katex-runtime` is then katexRuntime.lazy.ts, so KaTeX
 * (75 kB gzip) loads after the widget instead of before it (see katexRuntime.ts).
 */
export const embedConditions = ['logit-lab-embed', ...defaultClientConditions];
