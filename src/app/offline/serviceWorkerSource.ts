/**
 * The service worker's source, generated at build time with the list of files to precache
 * (offlineServiceWorker in build/sitePlugins.ts). Cache-first for hashed assets; network-first for
 * pages with the cached app shell as the offline fallback — a classroom with bad Wi-Fi
 * keeps working after one visit.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Logit Lab service worker, build ${version}. Generated; do not edit.
const CACHE = 'logit-lab-${version}';
const PRECACHE = ${JSON.stringify([...new Set(['/', ...files])])};
// A cached redirect (some servers send /index.html → /) cannot answer a navigation: copy it.
const clean = (res) => (res && res.redirected ? res.blob().then((b) => new Response(b, { headers: res.headers, status: 200 })) : res);
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('logit-lab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    const shell = new URL(req.url).pathname.startsWith('/embed/') ? '/embed.html' : '/';
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
          return res;
        })
        .catch(() => caches.match(req, { ignoreVary: true }).then((hit) => hit || caches.match(shell, { ignoreVary: true })).then(clean)),
    );
    return;
  }
  // ignoreVary: servers add 'Vary: Origin', and module scripts carry an Origin header that the
  // install-time requests did not.
  event.respondWith(caches.match(req, { ignoreVary: true }).then((hit) => hit || fetch(req)));
});
`;
}

/** Which built files are worth precaching: code, styles, the woff2 fonts, icons, pages. */
export function shouldPrecache(fileName: string): boolean {
  if (fileName.endsWith('.map') || fileName.startsWith('.vite/')) return false;
  if (/\.(ttf|woff)$/.test(fileName)) return false; // browsers that run service workers use woff2
  // Deep-link copies of index.html / embed.html: offline navigations fall back to the shell.
  if (/^(lessons|embed)\/[^/]+\/index\.html$|^404\.html$/.test(fileName)) return false;
  // Yosys (sigmoid-in-hardware's "Synthesize"): ~34 MB fetched only when a reader asks for it,
  // so never precached — its worker, the package's code and resource chunks, its wasm.
  if (/(^|\/)assets\/(yosys[.-]|resources-yosys-|yowasp-)/.test(fileName)) return false;
  return /\.(js|css|html|woff2|svg|webmanifest|json)$/.test(fileName);
}
