import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { katexNow } from '#katex-runtime';
import { Equation, useScrollableFocus } from '../../components/Equation';

/**
 * A display formula whose numbers change on every slider step, patched in place instead of
 * replaced. Equation sets innerHTML: every KaTeX node of the line is new, so the browser
 * styles and lays out all of them again (traced on the temperature widget: 670 dirty layout
 * objects and 428 restyled elements per logit step, three lines of ~130 spans each; issue 20).
 * Here the new typeset is parsed into a template and only the nodes that differ — mostly the
 * text of the numbers — are changed, so the rest of the line keeps its style and layout.
 * The result is the same DOM as a fresh typeset (morphChildren makes the trees equal).
 * Until KaTeX is loaded (embeds load it late) this is a plain Equation.
 */
export const LiveEquation = memo(function LiveEquation({ latex }: { latex: string }) {
  const katex = katexNow();
  // Same options as Equation: trust off (no \href), never throws (errors render in red).
  const html = useMemo(() => (katex ? katex.renderToString(latex, { displayMode: true, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml' }) : null), [katex, latex]);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || html === null) return;
    if (!el.firstChild) el.innerHTML = html;
    else {
      const t = document.createElement('template');
      t.innerHTML = html;
      morphChildren(el, t.content);
    }
  }, [html]);
  // A line wider than its column is a tab stop while it overflows, as in Equation. The
  // .katex-display node is kept across steps, so one observer follows it (a constant key).
  useScrollableFocus(ref, html !== null, html === null ? null : 'patched');
  if (html === null) return <Equation latex={latex} display />;
  return <div ref={ref} className="equation" />;
});

/** Makes `into`'s children equal to `from`'s, reusing the nodes that match in place and kind. */
export function morphChildren(into: Node, from: Node): void {
  let a = into.firstChild;
  let b = from.firstChild;
  while (b) {
    const nextB = b.nextSibling;
    if (!a) {
      into.appendChild(b);
    } else {
      const nextA: ChildNode | null = a.nextSibling;
      if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName || (a as Element).namespaceURI !== (b as Element).namespaceURI) {
        into.replaceChild(b, a);
      } else if (a.nodeType === Node.ELEMENT_NODE) {
        syncAttributes(a as Element, b as Element);
        morphChildren(a, b);
      } else if (a.nodeValue !== b.nodeValue) {
        a.nodeValue = b.nodeValue;
      }
      a = nextA;
    }
    b = nextB;
  }
  while (a) {
    const next: ChildNode | null = a.nextSibling;
    into.removeChild(a);
    a = next;
  }
}

function syncAttributes(a: Element, b: Element): void {
  // Fast path: the same parser on a same-shaped formula gives the attributes in the same order,
  // and most nodes' attributes (class, style) did not change. Indexing the maps is far cheaper
  // than listing them (this ran 2.5 ms a step with Array.from).
  const am = a.attributes;
  const bm = b.attributes;
  let same = am.length === bm.length;
  for (let i = 0; same && i < bm.length; i++) {
    const x = am[i];
    const y = bm[i];
    same = x.name === y.name && x.value === y.value;
  }
  if (same) return;
  for (let i = 0; i < bm.length; i++) {
    const y = bm[i];
    if (a.getAttribute(y.name) !== y.value) a.setAttribute(y.name, y.value);
  }
  for (let i = am.length - 1; i >= 0; i--) if (!b.hasAttribute(am[i].name)) a.removeAttribute(am[i].name);
}
