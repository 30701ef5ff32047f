/// <reference lib="webworker" />
/**
 * Yosys (WebAssembly, @yowasp/yosys) off the main thread. The package is imported only when
 * the first design arrives, so nothing of its ~34 MB is fetched before the reader presses
 * "Synthesize"; its wasm and resource files are separate assets that Vite emits beside this
 * worker (the package finds them with new URL(…, import.meta.url)).
 */
import { generateVerilog, synthReport, synthScript, yosysPass } from '../../engine';
import type { FromYosys, ToYosys } from './yosysProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let yosys: Promise<typeof import('@yowasp/yosys')> | null = null;
const post = (m: FromYosys) => scope.postMessage(m);

/** Turns Yosys's byte stream into lines, reporting each pass it starts (at most every 100 ms). */
function logWatcher(id: number, tail: string[]) {
  const decoder = new TextDecoder();
  let partial = '';
  let last = 0;
  return (bytes: Uint8Array | null) => {
    if (!bytes) return;
    const lines = (partial + decoder.decode(bytes, { stream: true })).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      // Kept for the error message: Yosys prints "ERROR: …" as one of its last lines.
      tail.push(line);
      if (tail.length > 20) tail.shift();
      const pass = yosysPass(line);
      const now = performance.now();
      if (pass && now - last > 100) {
        last = now;
        post({ id, kind: 'progress', stage: 'run', pass });
      }
    }
  };
}

scope.addEventListener('message', async (e: MessageEvent<ToYosys>) => {
  const { id, params } = e.data;
  const t0 = performance.now();
  const tail: string[] = [];
  try {
    post({ id, kind: 'progress', stage: 'generate', pass: null });
    const design = generateVerilog(params.method, params.config, params.format);
    post({ id, kind: 'progress', stage: 'load', pass: null });
    yosys ??= import('@yowasp/yosys');
    const { runYosys } = await yosys;
    const watch = logWatcher(id, tail);
    const files = await runYosys(['-p', synthScript(design.name)], { 'top.v': design.module }, { stdout: watch, stderr: watch });
    const text: Record<string, string> = {};
    for (const [name, v] of Object.entries(files ?? {})) {
      if (typeof v === 'string') text[name] = v;
      else if (v instanceof Uint8Array) text[name] = new TextDecoder().decode(v);
    }
    post({ id, kind: 'done', report: synthReport(design.name, text), seconds: (performance.now() - t0) / 1000 });
  } catch (err) {
    // A failed download leaves a rejected promise: try again next time.
    if (!(err instanceof Error && 'code' in err)) yosys = null;
    const yosysError = tail.filter((l) => /ERROR/.test(l)).join(' ');
    post({ id, kind: 'error', message: [err instanceof Error ? err.message : String(err), yosysError].filter(Boolean).join(' — ') });
  }
});
