// WebKit (Safari's engine): Debian's webkit2gtk-driver, i.e. WebKitWebDriver driving WebKitGTK's
// MiniBrowser, with plain W3C WebDriver HTTP calls (webdriverio would pull in driver downloaders).
// MiniBrowser cannot run headless here, so it gets its own Xvfb display. WebDriver has no log
// API in WebKitGTK: console errors come from the hook the proxy injects (console-hook.js).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { freePort } from './server.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver';
const KEYS = { ArrowRight: '\uE014', ArrowUp: '\uE013', Enter: '\uE007' };

/** WebKitGTK's MiniBrowser, wherever the multiarch library directory puts it. */
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER_BIN) return process.env.WEBKIT_BROWSER_BIN;
  for (const dir of ['/usr/lib', ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => `/usr/lib/${d}`) : [])]) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const p = `${dir}/${api}/MiniBrowser`;
      if (existsSync(p)) return p;
    }
  }
  return null;
}

function which(cmd) {
  for (const d of (process.env.PATH ?? '').split(':')) if (d && existsSync(`${d}/${cmd}`)) return `${d}/${cmd}`;
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An Xvfb display of our own (-displayfd: the server picks a free display number). */
async function startXvfb() {
  const xvfb = which('Xvfb');
  if (!xvfb) throw new Error('Xvfb not found (Debian: apt-get install xvfb xauth)');
  const child = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10s')), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (code ${code})`)));
  });
  const stop = () => child.exitCode === null && child.kill('SIGTERM');
  process.once('exit', stop);
  const exited = () => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r)));
  return { display, stop, exited };
}

export async function launchWebKit(proxy) {
  if (!existsSync(DRIVER)) throw new Error(`WebKitWebDriver not found at ${DRIVER} (Debian: apt-get install webkit2gtk-driver xvfb xauth)`);
  const binary = miniBrowser();
  if (!binary) throw new Error('WebKitGTK MiniBrowser not found (it ships in libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver; or set WEBKIT_BROWSER_BIN)');
  const x = await startXvfb();
  const port = await freePort();
  const env = { ...process.env, DISPLAY: x.display, WEBKIT_DISABLE_COMPOSITING_MODE: '1', WEBKIT_DISABLE_DMABUF_RENDERER: '1' };
  delete env.WAYLAND_DISPLAY;
  const driver = spawn(DRIVER, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let driverErr = '';
  driver.stderr.on('data', (d) => (driverErr = (driverErr + d).slice(-2000)));
  const base = `http://127.0.0.1:${port}`;
  const stopAll = () => {
    if (driver.exitCode === null) driver.kill('SIGTERM'); // MiniBrowser goes with it
    x.stop();
  };
  process.once('exit', stopAll);

  async function wd(method, path, body) {
    const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json; charset=utf-8' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${j.value?.error ?? r.status} ${j.value?.message ?? ''}`.trim());
    return j.value;
  }

  // Wait for the driver to listen, then open sessions on demand (one MiniBrowser each).
  const until = Date.now() + 15_000;
  for (;;) {
    try {
      await wd('GET', '/status');
      break;
    } catch (e) {
      if (driver.exitCode !== null || Date.now() > until) {
        stopAll();
        throw new Error(`WebKitWebDriver did not start: ${e.message} ${driverErr}`);
      }
      await sleep(100);
    }
  }

  async function newSession() {
    const s = await wd('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
    });
    await wd('POST', `/session/${s.sessionId}/timeouts`, { script: 60_000, pageLoad: 30_000, implicit: 0 });
    await wd('POST', `/session/${s.sessionId}/window/rect`, { width: 1280, height: 800 }).catch(() => {});
    return { id: s.sessionId, version: `${s.capabilities.browserName} ${s.capabilities.browserVersion}` };
  }

  // The first session tells us the version and proves the engine launches at all.
  let first = await newSession().catch((e) => {
    stopAll();
    throw new Error(`WebKit could not start a browser: ${e.message} ${driverErr}`);
  });

  return {
    name: 'webkit',
    version: first.version,
    oneSessionAtATime: true,
    async newPage() {
      // WebKitWebDriver serves one session at a time, so pages are sequential (close one
      // before asking for the next). The first page takes the session opened at launch.
      const { id } = first ?? (await newSession());
      first = null;
      const s = `/session/${id}`;
      const exec = async (fn, args) => {
        // Async wrapper: the in-page function may return a promise; errors come back as data.
        const script = `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
            .then((v) => done({ v: v === undefined ? null : v }), (e) => done({ e: e instanceof Error ? e.name + ': ' + e.message + ' | ' + e.stack : String(e) }));`;
        const r = await wd('POST', `${s}/execute/async`, { script, args }).catch((e) => {
          throw new Error(`in-page ${fn.name}: ${e.message}`);
        });
        if (r && r.e) throw new Error(`in-page ${fn.name}: ${r.e}`);
        return r ? r.v : null;
      };
      let hookSeen = true;
      const drainPage = async () => {
        const got = await wd('POST', `${s}/execute/sync`, { script: 'return Array.isArray(window.__smokeLog) ? window.__smokeLog.splice(0) : null', args: [] }).catch((e) => [`could not read the console hook: ${e.message}`]);
        if (got === null) {
          hookSeen = false;
          return [];
        }
        return got;
      };
      let pending = [];
      return {
        async goto(url) {
          // Keep what the previous page logged before it goes away.
          pending.push(...(await drainPage()), ...proxy.drainFailures());
          hookSeen = true;
          await wd('POST', `${s}/url`, { url });
        },
        run: (fn, ...args) => exec(fn, args),
        async press(key) {
          const value = KEYS[key];
          if (!value) throw new Error(`no WebDriver key code for ${key}`);
          await wd('POST', `${s}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
        },
        async errors() {
          const out = [...pending, ...(await drainPage()), ...proxy.drainFailures()];
          pending = [];
          if (!hookSeen) out.push('the console hook was not on the page (was the HTML served through the proxy?)');
          return out;
        },
        close: () => wd('DELETE', s).catch(() => {}),
      };
    },
    async close() {
      const gone = (c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)));
      const waits = [gone(driver), x.exited()].filter(Boolean);
      stopAll();
      await Promise.race([Promise.all(waits), sleep(5000)]); // reaped, not left as zombies
    },
  };
}
