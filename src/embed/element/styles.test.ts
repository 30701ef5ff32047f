import { describe, expect, it } from 'vitest';
import { toShadowCss } from './styles';

describe('toShadowCss', () => {
  it('moves the theme variables from :root to :host, keyed on the element’s theme attribute', () => {
    expect(toShadowCss(':root{--bg:#fff}')).toBe(':host{--bg:#fff}');
    expect(toShadowCss(":root[data-theme='dark']{--bg:#000}")).toBe(":host([theme='dark']){--bg:#000}");
    expect(toShadowCss(':root:not([data-theme=light]){--bg:#000}')).toBe(':host(:not([theme=light])){--bg:#000}');
    expect(toShadowCss('@media (prefers-color-scheme:dark){:root:not([data-theme="light"]){x:1}}')).toBe('@media (prefers-color-scheme:dark){:host(:not([theme="light"])){x:1}}');
  });
  it('leaves everything else alone', () => {
    const css = '.widget h2{color:var(--text)}.rooted{a:b}';
    expect(toShadowCss(css)).toBe(css);
  });
});
