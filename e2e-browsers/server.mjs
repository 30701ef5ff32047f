// The production build served by `vite preview` (its own process, started and stopped here),
// and, for WebKit, a small proxy in front of it that injects the console hook into HTML pages.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOOK_PATH = '/__smoke/console-hook.js';
const HOOK_TAG = `<script src="${HOOK_PATH}"></script>`;

/** A free TCP port on loopback (the OS picks it; closed again right away). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms, child) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (code ${child.exitCode})`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms / 1000}s`);
}

/** Starts `vite preview --outDir <dist>` on 127.0.0.1; resolves to { origin, stop }. */
export async function startPreview(distDir, port) {
  const dist = resolve(distDir);
  if (!existsSync(`${dist}/index.html`)) throw new Error(`no production build in ${dist}/ (run \`node scripts/build.mjs ${dist}\` first, or set BROWSERS_DIST)`);
  // vite's bin is not in its package exports: resolve the package, then its bin next to it.
  const vite = new URL('bin/vite.js', pathToFileURL(createRequire(import.meta.url).resolve('vite/package.json'))).pathname;
  const args = [vite, 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--logLevel', 'warn'];
  // From the repo root, so vite reads vite.config.ts (its plugin serves /embed/<id>).
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop); // also when the runner is interrupted
  try {
    await waitForHttp(origin, 30_000, child);
  } catch (e) {
    stop();
    throw e;
  }
  return { origin, stop };
}

/**
 * A proxy to `target` that inserts the console hook before the first <script> of every HTML
 * response (so it runs before the app's module scripts) and serves the hook itself. It also
 * records every response with status ≥ 400 (what Chromium would print as "Failed to load
 * resource"); `drainFailures()` returns and clears them.
 */
export async function startHookProxy(target, port) {
  const hook = readFileSync(new URL('./console-hook.js', import.meta.url));
  const { hostname, port: targetPort } = new URL(target);
  let failures = [];
  const server = createServer((req, res) => {
    if (req.url === HOOK_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(hook);
      return;
    }
    const headers = { ...req.headers, host: `${hostname}:${targetPort}` };
    delete headers['accept-encoding']; // keep HTML uncompressed so it can be rewritten
    delete headers['if-none-match']; // always a full body: a 304 would skip the rewrite
    delete headers['if-modified-since'];
    const up = request({ hostname, port: targetPort, path: req.url, method: req.method, headers }, (upRes) => {
      if ((upRes.statusCode ?? 0) >= 400) failures.push(`HTTP ${upRes.statusCode} ${req.method} ${req.url}`);
      const type = String(upRes.headers['content-type'] ?? '');
      if (!type.startsWith('text/html')) {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
        return;
      }
      const chunks = [];
      upRes.on('data', (c) => chunks.push(c));
      upRes.on('end', () => {
        let html = Buffer.concat(chunks).toString('utf8');
        const at = html.indexOf('<script');
        html = at >= 0 ? html.slice(0, at) + HOOK_TAG + html.slice(at) : html.replace('</head>', `${HOOK_TAG}</head>`);
        const out = { ...upRes.headers, 'content-length': Buffer.byteLength(html) };
        delete out.etag;
        delete out['transfer-encoding'];
        res.writeHead(upRes.statusCode ?? 200, out).end(html);
      });
    });
    up.on('error', (e) => {
      failures.push(`proxy error ${req.url}: ${e.message}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    drainFailures: () => {
      const f = failures;
      failures = [];
      return f;
    },
    stop: () => new Promise((r) => server.close(r)),
  };
}
