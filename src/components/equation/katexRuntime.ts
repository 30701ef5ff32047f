import katex from 'katex';

/**
 * KaTeX for formulas with live numbers. On the site it is part of the lesson's code, there
 * at first render: Equation typesets synchronously and nothing shifts. Embed builds swap
 * this module for katexRuntime.lazy.ts (build/embedAliases.ts), where KaTeX follows the
 * widget instead of holding it up.
 */
export type Katex = typeof katex;

/** KaTeX if it is loaded now, else null (never null here). */
export const katexNow = (): Katex | null => katex;

/** Resolves once KaTeX is loaded. */
export const katexReady = (): Promise<Katex> => Promise.resolve(katex);
