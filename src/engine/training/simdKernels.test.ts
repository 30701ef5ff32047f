/**
 * The WebAssembly SIMD kernel itself (simd/kernels.wat): the committed bytes are what the .wat
 * compiles to, the kernel's every output is bit-identical to a scalar float32 reference doing
 * the same operations in the same order (Math.fround after each multiply and add — f32x4
 * lanes are IEEE float32, so nothing less than equality is right), on shapes that are and are
 * not multiples of the 4×2 tile, and the trainer falls back to 'blocked32' without SIMD.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import wabtInit from 'wabt';
import { createRng } from '../random';
import { makeKernel } from './activationKernels';
import { createBlocked32Stepper } from './blockedStep32';
import { createNet, initNet } from './network';
import { compileSimdKernels, decodeBase64, instantiateSimdKernels, KERNEL_BYTES, simdKernelsAvailable, simdKernelsModule } from './simd/kernels';
import { KERNELS_WASM_BASE64 } from './simd/kernelsWasm';
import { createSimd32Stepper } from './simdStep32';

describe('simd kernels: source and bytes', () => {
  it('kernelsWasm.ts holds exactly what kernels.wat compiles to (run scripts/build-wasm-kernels.mjs after editing the .wat)', async () => {
    const wat = readFileSync(new URL('./simd/kernels.wat', import.meta.url), 'utf8');
    const wabt = await wabtInit();
    const mod = wabt.parseWat('kernels.wat', wat, { simd: true });
    const bytes = new Uint8Array(mod.toBinary({}).buffer);
    mod.destroy();
    expect(Buffer.from(KERNEL_BYTES).toString('base64')).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('decodes base64 like Node does', () => {
    expect(Array.from(decodeBase64(KERNELS_WASM_BASE64))).toEqual(Array.from(Buffer.from(KERNELS_WASM_BASE64, 'base64')));
    for (const s of ['', 'QQ==', 'QUI=', 'QUJD', 'AAEC/f7/']) expect(Array.from(decodeBase64(s))).toEqual(Array.from(Buffer.from(s, 'base64')));
    expect(() => decodeBase64('QU*D')).toThrow(/bad base64 character "\*" at 2/);
  });

  it('runs here: Node 20 has WebAssembly SIMD', () => {
    expect(simdKernelsAvailable()).toBe(true);
  });
});

/** C = bias + X·Y in float32, k in order, rounding after every operation as one f32x4 lane does. */
function reference(X: Float32Array, sxm: number, sxk: number, Y: Float32Array, ld: number, b: Float32Array | null, M: number, K: number, N: number): Float32Array {
  const C = new Float32Array(M * ld);
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let s = b ? b[n] : 0;
      for (let k = 0; k < K; k++) s = Math.fround(s + Math.fround(X[m * sxm + k * sxk] * Y[k * ld + n]));
      C[m * ld + n] = s;
    }
  }
  return C;
}

describe('simd kernels: gemm', () => {
  const shapes: [number, number, number][] = [
    [1, 1, 1], [4, 1, 8], [64, 784, 50], [63, 13, 7], [5, 3, 9], [7, 64, 17], [50, 64, 784], [3, 1, 4], [8, 5, 1], [1, 9, 12],
  ];
  it.each(shapes)('M=%i K=%i N=%i, row- and column-strided X, with and without bias: bit-identical to the float32 reference', (M, K, N) => {
    const ld = (N + 3) & ~3;
    const rng = createRng(M * 1000 + K * 10 + N);
    const k = instantiateSimdKernels(simdKernelsModule()!, 4 * (16 + 2 * M * K + K * ld + ld + M * ld) + 64)!;
    const mem = new Float32Array(k.memory.buffer);
    const xo = 16, yo = xo + M * K, bo = yo + K * ld, co = bo + ld;
    const fill = (o: number, n: number) => { for (let i = 0; i < n; i++) mem[o + i] = rng.next() * 2 - 1; };
    fill(xo, M * K);
    fill(yo, K * ld);
    fill(bo, ld);
    const X = mem.slice(xo, xo + M * K);
    const Y = mem.slice(yo, yo + K * ld);
    const b = mem.slice(bo, bo + ld);
    for (const [sxm, sxk] of [[K, 1], [1, M]]) {
      for (const bias of [true, false]) {
        k.gemm(4 * xo, sxm, sxk, 4 * yo, 4 * co, bias ? 4 * bo : 0, M, K, ld >> 2);
        const want = reference(X, sxm, sxk, Y, ld, bias ? b : null, M, K, ld);
        expect(mem.slice(co, co + M * ld)).toEqual(want);
      }
    }
  });
});

describe("kernels 'simd32' without WebAssembly SIMD: the 'blocked32' path", () => {
  afterEach(() => vi.restoreAllMocks());

  it('compileSimdKernels is null for bytes this engine rejects, and when WebAssembly.validate says no', () => {
    expect(compileSimdKernels(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99]))).toBeNull();
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    expect(compileSimdKernels()).toBeNull();
  });

  it('with no module the stepper is blocked32, bit for bit', () => {
    const layers = [13, 9, 7, 3];
    const B = 7;
    const n = 12;
    const rng = createRng(5);
    const x = new Float64Array(n * layers[0]).map(() => rng.next());
    const y = new Float64Array(n).map((_, i) => i % 3);
    const net = createNet(layers, makeKernel('tanh'));
    initNet(net, 'xavier', 1, 0.01, createRng(6));
    const order = Uint32Array.from({ length: n }, (_, i) => (i * 5) % n);
    createBlocked32Stepper(net, B, 'crossEntropy', x).gradient(x, y, order, 0, B, 1 / B);
    const want = net.grads.slice();
    net.grads.fill(0);
    createSimd32Stepper(net, B, 'crossEntropy', x, null).gradient(x, y, order, 0, B, 1 / B);
    expect(net.grads).toEqual(want);
  });
});
