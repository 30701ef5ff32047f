/**
 * Makes an SVG element a tab stop in both UI runtimes. React writes the `tabIndex` prop as the
 * `tabindex` attribute; preact/compat (the embeds' runtime) writes it literally as `tabIndex`,
 * which SVG ignores because SVG attribute names are case-sensitive, so an embedded bar chart's
 * bars could not take focus. Setting the attribute from a ref is the same in both.
 */
export function svgTabStop(el: SVGElement | null): void {
  if (el && el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
}
