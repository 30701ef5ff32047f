/**
 * Tells the page that embeds us how tall the widget is, so the iframe never scrolls inside:
 *   window.parent.postMessage({ type: 'logit-lab:height', id, height }, target)
 * The parent listens and sets the iframe's height (snippet in EmbedButton / README). `target`
 * is '*' unless the embed was given `?parent=<origin>`; only a number and our widget id are
 * sent, so '*' leaks nothing.
 *
 * The height is the document's own (the root element's box, rounded up), not
 * `documentElement.scrollHeight`: scrollHeight is never less than the iframe's viewport, so a
 * widget that got shorter never said so and left a blank band under it. Rounded up, because an
 * iframe a fraction of a pixel too short can scroll, and an iframe that can scroll takes the
 * mouse wheel from the page around it.
 */
export function reportHeight(id: string, target = '*'): void {
  if (window.parent === window) return;
  let last = -1;
  const root = document.documentElement;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'logit-lab:height', id, height }, target);
  };
  new ResizeObserver(send).observe(root);
  window.addEventListener('load', send);
  send();
}
