/**
 * Export helpers for plots: the SVG as drawn (with the theme's colours resolved, so the file
 * looks the same outside the page), a PNG rendered from it, and the data as CSV.
 */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies computed styles that matter for SVG into attributes, so CSS variables resolve. */
function inlineStyles(src: SVGElement, dst: SVGElement): void {
  const cs = window.getComputedStyle(src);
  for (const prop of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'font-size', 'font-family', 'opacity']) {
    const v = cs.getPropertyValue(prop);
    if (v) dst.setAttribute(prop, v);
  }
  const a = src.children;
  const b = dst.children;
  for (let i = 0; i < a.length; i++) inlineStyles(a[i] as SVGElement, b[i] as SVGElement);
}

export function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const bg = window.getComputedStyle(document.body).backgroundColor;
  clone.setAttribute('style', `background:${bg}`);
  return new XMLSerializer().serializeToString(clone);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, name: string, scale = 2): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not render the plot to PNG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available');
    ctx.fillStyle = window.getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (blob) download(blob, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Text (a CSV) as a download. */
export function downloadText(text: string, type: string, filename: string): void {
  download(new Blob([text], { type }), filename);
}

/**
 * A file name for a plot without one: its widget's id, numbered when the widget shows several
 * plots (in page order, read when the button is pressed, so it never depends on render order).
 */
export function exportStem(svg: SVGSVGElement): string {
  const widget = svg.closest('[data-widget]');
  const id = widget?.getAttribute('data-widget') ?? 'plot';
  const figures = widget ? Array.from(widget.querySelectorAll('figure.plot')) : [];
  const k = figures.indexOf(svg.closest('figure.plot') as Element);
  return figures.length > 1 && k >= 0 ? `${id}-${k + 1}` : id;
}
