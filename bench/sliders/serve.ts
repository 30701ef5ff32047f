/**
 * The production build for the slider bench, served by `vite preview`.
 * BENCH_DIST names the folder; otherwise dist/ when it is built, else a private folder
 * (/tmp/dist-bench) built with scripts/build.mjs. BENCH_PROFILE needs source maps for
 * readable hotspots: when the folder has none, a mapped copy is built next to it
 * (the same three builds as scripts/build.mjs, with --sourcemap; maps do not change the code).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chooseDist(): { dir: string; build: boolean } {
  if (process.env.BENCH_DIST) return { dir: process.env.BENCH_DIST, build: !existsSync(`${process.env.BENCH_DIST}/index.html`) };
  if (existsSync('dist/index.html')) return { dir: 'dist', build: false };
  const dir = join(tmpdir(), 'dist-bench');
  return { dir, build: !existsSync(`${dir}/index.html`) };
}

export function build(dir: string): void {
  console.log(`building the site into ${dir} (scripts/build.mjs)…`);
  const r = spawnSync('node', ['scripts/build.mjs', dir], { stdio: 'inherit', env: { ...process.env, E2E_OUT: dir, LOG_LEVEL: 'warn' } });
  if (r.status !== 0) throw new Error('build failed');
}

export function hasSourceMaps(dir: string): boolean {
  return existsSync(`${dir}/assets`) && readdirSync(`${dir}/assets`).some((f) => f.endsWith('.js.map'));
}

/** scripts/build.mjs's three builds with --sourcemap (keep the two lists in step). */
export function buildWithSourceMaps(dir: string): void {
  console.log(`building a source-mapped copy of the site into ${dir} for the profiles…`);
  const steps: string[][] = [
    ['--outDir', dir, '--emptyOutDir'],
    ['-c', 'vite.iframe.config.ts', '--outDir', dir],
    ['-c', 'vite.embed.config.ts', '--outDir', `${dir}/embed`],
  ];
  for (const args of steps) {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--sourcemap', ...args], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('source-mapped build failed');
  }
}

/** When the build was made, and how many source files changed since (a stale build measures old code). */
export function buildAge(dir: string): string {
  const built = statSync(`${dir}/index.html`).mtimeMs;
  let newer = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (statSync(p).mtimeMs > built) newer++;
    }
  };
  walk('src');
  return `built ${new Date(built).toISOString()}${newer ? `; ${newer} file(s) in src/ changed since` : ''}`;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Server {
  base: string;
  stop(): void;
}

/** `vite preview` of dir on BENCH_PORT (default 4221; another free port if that one is taken). */
export async function serve(dir: string): Promise<Server> {
  const wanted = Number(process.env.BENCH_PORT ?? 4221);
  const port = (await portFree(wanted)) ? wanted : await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dir], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  throw new Error(`vite preview did not answer at ${base}`);
}
