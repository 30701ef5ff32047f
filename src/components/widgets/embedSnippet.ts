/**
 * The HTML a blogger pastes: an iframe of /embed/<id> with the widget's current parameters,
 * and a listener that sizes it from the 'logit-lab:height' messages the embed posts.
 */
export function embedUrl(origin: string, widgetId: string, search: string): string {
  const all = new URLSearchParams(search);
  const own = new URLSearchParams();
  for (const [k, v] of all) if (k.startsWith(`${widgetId}.`) || k === 'lang') own.set(k, v);
  const q = own.toString();
  return `${origin}/embed/${widgetId}${q ? `?${q}` : ''}`;
}

export function iframeSnippet(src: string, title: string): string {
  const safeTitle = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  return [
    `<iframe src="${src.replace(/"/g, '&quot;')}" title="${safeTitle} — Logit Lab" style="width:100%;border:0" height="640" loading="lazy"></iframe>`,
    '<script>',
    "addEventListener('message', function (e) {",
    "  if (!e.data || e.data.type !== 'logit-lab:height') return;",
    "  document.querySelectorAll('iframe').forEach(function (f) {",
    "    if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
