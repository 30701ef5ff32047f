/**
 * Tells the page that embeds us how tall the widget is, so the iframe never scrolls inside:
 *   window.parent.postMessage({ type: 'logit-lab:height', id, height }, '*')
 * The parent listens and sets the iframe's height (snippet in EmbedButton / README).
 * Only a number and our widget id are sent, so '*' as target origin leaks nothing.
 */
export function reportHeight(id: string): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'logit-lab:height', id, height }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  window.addEventListener('load', send);
  send();
}
