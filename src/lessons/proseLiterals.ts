/**
 * Finds the numbers typed by hand into a lesson's words (MDX prose and maths, and the string
 * tables behind widgets, exercises and presenter notes). A result figure belongs in a lesson's
 * figures.ts, computed by the engine; what may stay typed is a definition, a default, a year or a
 * citation, and each such literal is listed with its reason in the lesson's literals.ts.
 */

/** Literals allowed in one lesson's words, each with why it may be typed by hand. */
export type LiteralAllowList = Readonly<Record<string, string>>;

/**
 * A number token: thousands-grouped (10,000) or plain with decimals (88.72). Not a token when
 * glued to a Latin letter, an underscore or a backslash (float16, x_1, \log_2): those are names.
 */
const NUMBER = /(?<![A-Za-z_\\\d.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)/g;

/** Single digits stand for structure (two layers, x², step 3 of 5), not results. */
const trivial = (tok: string) => /^\d$/.test(tok);

/** The words of an MDX file: no import/export lines, no JSX tags or their props, no comments. */
export function mdxWords(src: string): string {
  return src
    .split('\n')
    .filter((l) => !/^\s*(import|export)\s/.test(l))
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*?)?\/?>/g, ' ')
    .replace(/\{[A-Za-z_][\w.]*(?:\([^)]*\))?\}/g, ' ');
}

/** Every string value of a (nested) string table, one per line. */
export function stringTableWords(table: unknown): string {
  if (typeof table === 'string') return table;
  if (table && typeof table === 'object') return Object.values(table).map(stringTableWords).join('\n');
  return '';
}

/** The distinct non-trivial number tokens in a text, in order of first appearance. */
export function numberTokens(text: string): string[] {
  return [...new Set([...text.matchAll(NUMBER)].map((m) => m[0]).filter((t) => !trivial(t)))];
}

/** Tokens in `text` that the allow-list does not cover. */
export function unlistedLiterals(text: string, allow: LiteralAllowList): string[] {
  return numberTokens(text).filter((t) => !(t in allow));
}

/** `{/* claim: title *\/}` markers in MDX: each names the claims.test.ts case that checks the sentence before it. */
export function claimMarkers(src: string): string[] {
  return [...src.matchAll(/\{\/\*\s*claim:\s*([\s\S]*?)\s*\*\/\}/g)].map((m) => m[1]);
}
