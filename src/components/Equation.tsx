import { startTransition, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { katexNow, katexReady, type Katex } from '#katex-runtime';

/**
 * KaTeX from the local package. `trust: false` keeps \href and friends off; the source is
 * always engine- or lesson-authored, never taken from the URL.
 */
export function Equation({ latex: current, display = false, label }: { latex: string; display?: boolean; label?: string }) {
  const latex = useAfterNextFrame(current);
  const katex = useKatex();
  const html = useMemo(
    () =>
      katex && katex !== 'failed'
        ? katex.renderToString(latex, { displayMode: display, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml' })
        : null,
    [katex, latex, display],
  );
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
}

/** While a slider moves, a formula retypesets at most this often (~12 times a second). */
const MIN_TYPESET_INTERVAL_MS = 80;

/**
 * value, at least one frame late. Typesetting is the costly part of a slider step (KaTeX,
 * then a fresh DOM to parse and lay out): the slider, plots and readouts repaint in the
 * frame after the input, and the formula follows in a transition (time-sliced; a further
 * step cancels it). useDeferredValue alone was not enough: its render often ran before that
 * frame and delayed it (softmax-temperature p95 23 → 15–17 ms in the bench).
 */
function useAfterNextFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(0);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      const wait = Math.max(0, lastShown.current + MIN_TYPESET_INTERVAL_MS - performance.now());
      timer = window.setTimeout(() => {
        lastShown.current = performance.now();
        startTransition(() => setShown(value));
      }, wait);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

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
function useScrollableFocus(ref: RefObject<HTMLElement | null>, display: boolean, html: string | null): void {
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
