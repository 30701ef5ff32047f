/**
 * The self-checking testbench: the input words it drives (all of them up to 16 bits, a
 * stated sample above) and the Verilog that drives them, prints "x y" per line and checks
 * every y against the engine's word embedded beside it.
 */
import type { FixedFormat } from '../fixed/format';
import { wordHex } from './words';

/** Widths up to this are driven exhaustively. */
export const EXHAUSTIVE_BITS = 16;

/** 64-bit golden-ratio multiplier for the sample's low bits (Fibonacci hashing). */
const HASH = 0x9e3779b97f4a7c15n;

/**
 * Input words as unsigned W-bit patterns. W ≤ 16: every word, in order. Wider: every value
 * of the top 16 bits, each with low bits from a multiplicative hash of its index, plus the
 * words 1, max, min, min + 1 and all-ones (0 is index 0).
 */
export function inputWords(fmt: FixedFormat): bigint[] {
  const W = fmt.width;
  if (W <= EXHAUSTIVE_BITS) return Array.from({ length: 2 ** W }, (_, i) => BigInt(i));
  const low = BigInt(W - EXHAUSTIVE_BITS);
  const out: bigint[] = [];
  for (let i = 0n; i < 1n << BigInt(EXHAUSTIVE_BITS); i++) {
    out.push((i << low) | (BigInt.asUintN(64, i * HASH) >> (64n - low)));
  }
  const half = 1n << BigInt(W - 1);
  const seen = new Set(out);
  for (const w of [1n, half - 1n, half, half + 1n, (1n << BigInt(W)) - 1n]) if (!seen.has(w)) out.push(w);
  return out;
}

export function sampleNote(fmt: FixedFormat, n: number): string {
  return fmt.width <= EXHAUSTIVE_BITS
    ? `every one of the ${n} input words`
    : `a sample of ${n} input words: each of the 65536 values of the top 16 bits with hashed low bits, plus 1, max, min, min + 1 and all-ones`;
}

function memInit(name: string, values: readonly bigint[], width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += 8) {
    const row = values.slice(i, i + 8).map((v, k) => `${name}[${i + k}] = ${width}'h${wordHex(v, width)};`);
    lines.push(`    ${row.join(' ')}`);
  }
  return lines;
}

export function testbenchText(
  name: string, inFmt: FixedFormat, outFmt: FixedFormat, words: readonly bigint[], golden: readonly bigint[], source: string,
): string {
  const W = inFmt.width;
  const Wo = outFmt.width;
  const n = words.length;
  const all = W <= EXHAUSTIVE_BITS;
  return [
    `// Self-checking testbench for ${name}: drives ${sampleNote(inFmt, n)},`,
    `// prints "x y" (hex words) per line, compares each y with the word the engine's emulator`,
    `// stores (${source}), then prints "# PASS n words" or "# FAIL m of n words" and finishes.`,
    `// Run: iverilog -o tb ${name}.v ${name}_tb.v && vvp -n tb`,
    `module ${name}_tb;`,
    `  reg  [${W - 1}:0] x;`,
    `  wire [${Wo - 1}:0] y;`,
    `  reg  [${Wo - 1}:0] want [0:${n - 1}];`,
    ...(all ? [] : [`  reg  [${W - 1}:0] xin [0:${n - 1}];`]),
    `  integer i, errors;`,
    '',
    `  ${name} dut (.x(x), .y(y));`,
    '',
    `  initial begin`,
    ...(all ? [] : memInit('xin', words, W)),
    ...memInit('want', golden, Wo),
    `    errors = 0;`,
    `    for (i = 0; i < ${n}; i = i + 1) begin`,
    `      x = ${all ? 'i' : 'xin[i]'};`,
    `      #1;`,
    `      $display("%h %h", x, y);`,
    `      if (y !== want[i]) errors = errors + 1;`,
    `    end`,
    `    if (errors == 0) $display("# PASS %0d words", ${n});`,
    `    else $display("# FAIL %0d of %0d words", errors, ${n});`,
    `    $finish;`,
    `  end`,
    `endmodule`,
    '',
  ].join('\n');
}
