import { memo, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { katexNow, katexReady, type Katex } from '#katex-runtime';

/**
 * Typeset HTML by source, most recently used last. KaTeX is deterministic, so a formula seen
 * before (a slider stepped back, an exercise revealing a state shown earlier, the same bound
 * in two places) costs a lookup instead of a typeset (1–4 ms each on the 2-core VM).
 */
const typesetCache = new Map<string, string>();
// A typeset line is 3–20 kB of HTML: 150 of them stay within a few MB.
const TYPESET_CACHE_SIZE = 150;

function typeset(katex: Katex, latex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${latex}`;
  const hit = typesetCache.get(key);
  if (hit !== undefined) {
    typesetCache.delete(key);
    typesetCache.set(key, hit);
    return hit;
  }
  const html = katex.renderToString(latex, { displayMode: display, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml' });
  typesetCache.set(key, html);
  if (typesetCache.size > TYPESET_CACHE_SIZE) typesetCache.delete(typesetCache.keys().next().value as string);
  return html;
}

/**
 * KaTeX from the local package, typeset in the render that changes the formula. It used to
 * follow a frame later in a transition, which kept the slider's own frame short but cost a
 * second frame (style, layout, paint and commit of the whole page) for every step; measured as
 * the total work per key press (bench/sliders, issue 20) typesetting at once is cheaper:
 * softmax-temperature's T slider p50 15–23 → 9 ms on the loaded VM. Memoised: a widget's
 * render leaves its unchanged formulas alone. `trust: false` keeps \href and friends off; the
 * source is always engine- or lesson-authored, never taken from the URL.
 */
export const Equation = memo(function Equation({ latex, display = false, label }: { latex: string; display?: boolean; label?: string }) {
  const katex = useKatex();
  const html = useMemo(() => (katex && katex !== 'failed' ? typeset(katex, latex, display) : null), [katex, latex, display]);
  const ref = useRef<HTMLElement>(null);
  useScrollableFocus(ref, display, html);
  const Tag = display ? 'div' : 'span';
  const role = label ? 'math' : undefined;
  if (html === null) {
    // Embeds only (katexRuntime.lazy.ts): room for the formula while KaTeX loads; its source
    // as text if KaTeX cannot load (offline), so the numbers are still there to read.
    if (katex === 'failed') return <Tag className="equation equation-source">{latex}</Tag>;
    return <Tag className={`equation equation-pending${display ? ' display' : ''}`} role={role} aria-label={label} aria-busy="true" />;
  }
  // aria-label needs a role to be allowed on a div/span; "math" is what this is.
  return <Tag ref={ref as RefObject<HTMLDivElement>} className="equation" role={role} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
});

/** KaTeX, once loaded (at once on the site; embeds load it after the widget). */
function useKatex(): Katex | 'failed' | null {
  const [katex, setKatex] = useState<Katex | 'failed' | null>(katexNow);
  useEffect(() => {
    if (katex) return;
    let live = true;
    katexReady().then(
      (k) => {
        if (live) setKatex(() => k);
      },
      () => {
        if (live) setKatex('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
}

/**
 * A display equation wider than its column scrolls sideways (.katex-display has
 * overflow-x: auto). Keyboard users must be able to scroll it too, so while it overflows it
 * becomes a tab stop (arrow keys then scroll it); when it fits, it is not one.
 */
export function useScrollableFocus(ref: RefObject<HTMLElement | null>, display: boolean, html: string | null): void {
  useEffect(() => {
    const box = ref.current?.querySelector<HTMLElement>('.katex-display');
    if (!display || !box || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    };
    // No update() here: reading scrollWidth now would force a synchronous layout on every
    // slider step (7 ms a formula in profiles). The observer's first callback comes after
    // the next layout, where the read is free.
    const ro = new ResizeObserver(update);
    ro.observe(box);
    return () => ro.disconnect();
  }, [ref, display, html]);
}
