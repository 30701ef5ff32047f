/**
 * Loading the f32x4 kernels of kernels.wat (bytes committed in kernelsWasm.ts): decoded and
 * compiled synchronously, once per realm — the module is ~1 kB, so `new WebAssembly.Module`
 * on the training worker's (or Node's) thread costs well under a millisecond and the engine
 * stays free of async set-up. Where WebAssembly or its SIMD proposal is missing (old engines,
 * a CSP without 'wasm-unsafe-eval'), compileSimdKernels returns null and the trainer's
 * 'simd32' kernels fall back to 'blocked32' (simdKernelsAvailable() says which one runs).
 */
import { KERNELS_WASM_BASE64 } from './kernelsWasm';

/** The module's exports (kernels.wat). Byte addresses, strides and counts in floats. */
export interface SimdKernelExports {
  memory: WebAssembly.Memory;
  /** C[m][n] = (b ? b[n] : 0) + Σ_k X(m,k)·Y[k][n]; X(m,k) at x + 4(m·sxm + k·sxk); Y, C, b rows of 4·n4 floats. */
  gemm(x: number, sxm: number, sxk: number, y: number, c: number, b: number, M: number, K: number, n4: number): void;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Plain base64 decoding: the engine runs where atob may be typed differently (worker, Node). */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]);
    if (v < 0) throw new Error(`bad base64 character ${JSON.stringify(clean[i])} at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export const KERNEL_BYTES: Uint8Array<ArrayBuffer> = decodeBase64(KERNELS_WASM_BASE64);

/** The compiled module, or null where this engine cannot run it (no WebAssembly, no SIMD). */
export function compileSimdKernels(bytes: Uint8Array<ArrayBuffer> = KERNEL_BYTES): WebAssembly.Module | null {
  try {
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(bytes)) return null;
    return new WebAssembly.Module(bytes);
  } catch {
    // e.g. a CSP that forbids compiling WebAssembly: the float32 JS kernels take over.
    return null;
  }
}

let cached: WebAssembly.Module | null | undefined;

/** The module for this realm, compiled on first use. */
export function simdKernelsModule(): WebAssembly.Module | null {
  if (cached === undefined) cached = compileSimdKernels();
  return cached;
}

/** Whether kernels 'simd32' really run the WebAssembly SIMD kernels here (else they fall back to 'blocked32'). */
export function simdKernelsAvailable(): boolean {
  return simdKernelsModule() !== null;
}

/** A fresh instance with its own memory of at least `bytes` bytes, or null if it cannot be had. */
export function instantiateSimdKernels(module: WebAssembly.Module, bytes: number): SimdKernelExports | null {
  try {
    const inst = new WebAssembly.Instance(module, {});
    const k = inst.exports as unknown as SimdKernelExports;
    const have = k.memory.buffer.byteLength;
    if (bytes > have) k.memory.grow(Math.ceil((bytes - have) / 65536));
    return k;
  } catch {
    // Memory.grow throws a RangeError past the engine's limit (batch × widths too large).
    return null;
  }
}
