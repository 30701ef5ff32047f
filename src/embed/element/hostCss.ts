/**
 * The element's own rules, after the app's stylesheet. `all: initial` stops the host page's
 * inherited styles (font, colour, line height…) at the boundary; the app's `body` rule,
 * which matches nothing in a shadow root, is restated for :host.
 * (The frame leaves out Copy link and Embed here by itself: see components/widgets/host.ts.)
 */
export const hostCss = `
:host { all: initial; display: block; color: var(--text); font: 17px/1.6 var(--font); text-align: start; }
:host([hidden]) { display: none; }
.ll-root { padding: 4px 0; }
.ll-root .widget { margin: 0; }
.ll-message { border-left: 4px solid var(--danger); padding: 8px 12px; background: var(--surface-2); border-radius: 6px; margin: 0; }
`;
