#!/usr/bin/env node
// Finds a Chromium for the e2e journeys, in this order:
//   1. $PLAYWRIGHT_CHROMIUM_EXECUTABLE
//   2. /usr/bin/chromium (Debian's package)
//   3. apt-get install -y chromium, when running as root (CI, fresh machines)
//   4. Playwright's own downloaded browser, if one is installed
//   5. otherwise a clear message saying what to run
// Prints the path on stdout (CLI) or returns it (import).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const DEBIAN = '/usr/bin/chromium';

function log(msg) {
  process.stderr.write(`[find-chromium] ${msg}\n`);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function tryApt() {
  if (!isRoot()) return false;
  try {
    log('Chromium not found; installing Debian\'s chromium with apt-get (one time)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    return existsSync(DEBIAN);
  } catch (e) {
    log(`apt-get failed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export async function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    log(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist; looking elsewhere.`);
  }
  if (existsSync(DEBIAN)) return DEBIAN;
  if (tryApt()) return DEBIAN;
  const own = await playwrightOwn();
  if (own) return own;
  throw new Error(
    'No Chromium found for the e2e tests. Install one, then run npm test again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  or set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome\n' +
      '  or, where downloads are allowed: npx playwright install chromium',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  findChromium().then(
    (p) => console.log(p),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
