import { useMemo } from 'react';
import katex from 'katex';

/**
 * KaTeX from the local package. `trust: false` keeps \href and friends off; the source is
 * always engine- or lesson-authored, never taken from the URL.
 */
export function Equation({ latex, display = false, label }: { latex: string; display?: boolean; label?: string }) {
  const html = useMemo(
    () => katex.renderToString(latex, { displayMode: display, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml' }),
    [latex, display],
  );
  const Tag = display ? 'div' : 'span';
  // aria-label needs a role to be allowed on a div/span; "math" is what this is.
  return <Tag className="equation" role={label ? 'math' : undefined} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
