/**
 * Style sheets for every `<logit-lab-widget>` shadow root. The app's stylesheet, the
 * element's own rules and each widget's CSS (rewritten by vite.embed.config.ts into
 * `adoptCss(…)` calls) are registered here once and shared by all elements on the page:
 * constructable sheets (adoptedStyleSheets) where supported — parsed once, and allowed by
 * a host page's strict style-src CSP — else a <style> per shadow root.
 */
const constructable =
  typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype && typeof ShadowRoot !== 'undefined' && 'adoptedStyleSheets' in ShadowRoot.prototype;

interface Entry {
  text: string;
  sheet: CSSStyleSheet | null;
}

const entries: Entry[] = [];
const roots = new Set<ShadowRoot>();

/**
 * `:root` → `:host`: the theme variables live on the element, not on the host page's
 * <html>. `:root[data-theme='dark']` becomes `:host([theme='dark'])`, so the element's own
 * `theme` attribute picks the theme and the host page's attributes play no part.
 */
export function toShadowCss(css: string): string {
  return css
    .replace(/:root((?::not\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])+)/g, (_m, sel: string) => `:host(${sel.replace(/\[data-theme\b/g, '[theme')})`)
    .replace(/:root\b/g, ':host');
}

function apply(root: ShadowRoot): void {
  if (constructable) {
    root.adoptedStyleSheets = entries.map((e) => e.sheet).filter((s): s is CSSStyleSheet => s !== null);
    return;
  }
  root.querySelectorAll('style[data-logit-lab]').forEach((s) => s.remove());
  root.prepend(
    ...entries.map((e) => {
      const style = document.createElement('style');
      style.dataset.logitLab = '';
      style.textContent = e.text;
      return style;
    }),
  );
}

/** Adds CSS to every shadow root, present and future. `first` puts it before the rest (library CSS the app overrides). */
export function adoptCss(css: string, { first = false }: { first?: boolean } = {}): void {
  const text = toShadowCss(css);
  if (entries.some((e) => e.text === text)) return;
  let sheet: CSSStyleSheet | null = null;
  if (constructable) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
  }
  if (first) entries.unshift({ text, sheet });
  else entries.push({ text, sheet });
  roots.forEach(apply);
}

export function attachStyles(root: ShadowRoot): void {
  roots.add(root);
  apply(root);
}

export function detachStyles(root: ShadowRoot): void {
  roots.delete(root);
}

export interface KatexFont {
  family: string;
  style: string;
  weight: string;
  url: string;
}

/**
 * @font-face does nothing inside a shadow root, so KaTeX's fonts are registered with the
 * document's FontFaceSet instead (no <style> in the host page, nothing for its CSP to block).
 * The families are renamed (LogitLabKaTeX_*) so a host page's own KaTeX is left alone;
 * fonts are fetched only when a formula uses them, from URLs next to the script.
 */
export function addDocumentFonts(fonts: readonly KatexFont[]): void {
  if (typeof FontFace === 'undefined' || typeof document === 'undefined') return;
  for (const f of fonts) {
    document.fonts.add(new FontFace(f.family, `url(${JSON.stringify(f.url)}) format("woff2")`, { style: f.style, weight: f.weight, display: 'block' }));
  }
}
