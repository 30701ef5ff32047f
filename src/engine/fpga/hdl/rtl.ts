/**
 * A small builder for combinational Verilog over exact fixed-point values. Every signal is
 * a signed wire holding an integer whose value is int · 2^−frac, with known integer bounds:
 * widths come from the bounds (exact, never truncating), arithmetic is exact (as ap_fixed
 * expressions are), and only quant() rounds and handles overflow — the points where the
 * emulator calls q(). Multiplying by 2^−k is free: it only changes frac (a shift is wiring).
 *
 * Every operand is kept signed on purpose: Verilog makes a whole expression unsigned (and
 * zero-extends its operands) as soon as one operand is unsigned.
 */
import { fracBits, type FixedFormat } from '../fixed/format';
import { quantizeRaw } from '../fixed/quantize';
import { quantPlan, quantFunction } from './quantRtl';
import { bitsFor, ubitsFor, vlit } from './words';

export interface Sig {
  /** Wire name, or a literal. */
  ref: string;
  width: number;
  frac: number;
  lo: bigint;
  hi: bigint;
  /** Set for constants: the integer itself. */
  lit?: bigint;
}

/** x as m · 2^e with m an integer (exact for every finite double). */
export function dyadic(x: number): { m: bigint; e: number } {
  if (x === 0) return { m: 0n, e: 0 };
  let e = 0;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    e--;
  }
  return { m: BigInt(v), e };
}

/** ⌈m · 2^k⌉ or ⌊m · 2^k⌋ for integer m. */
function scaleInt(m: bigint, k: number, up: boolean): bigint {
  if (k >= 0) return m << BigInt(k);
  const fl = m >> BigInt(-k);
  return up && fl << BigInt(-k) !== m ? fl + 1n : fl;
}

export class Rtl {
  readonly body: string[] = [];
  private readonly funcs = new Map<string, string>();
  private readonly used = new Set<string>(['x', 'y']);

  constructor(readonly fmt: FixedFormat) {}

  fresh(name: string): string {
    let n = name;
    for (let k = 2; this.used.has(n); k++) n = `${name}_${k}`;
    this.used.add(n);
    return n;
  }

  note(text: string): void {
    this.body.push(`  // ${text}`);
  }

  /** Declares a function once (by name). */
  func(name: string, text: string): void {
    if (!this.funcs.has(name)) this.funcs.set(name, text);
  }

  functions(): string[] {
    return [...this.funcs.values()];
  }

  wire(name: string, expr: string, frac: number, lo: bigint, hi: bigint): Sig {
    const n = this.fresh(name);
    const w = bitsFor(lo, hi);
    this.body.push(`  wire signed [${w - 1}:0] ${n} = ${expr};`);
    return { ref: n, width: w, frac, lo, hi };
  }

  flag(name: string, expr: string): string {
    const n = this.fresh(name);
    this.body.push(`  wire ${n} = ${expr};`);
    return n;
  }

  konst(v: bigint, frac: number): Sig {
    return { ref: vlit(v), width: bitsFor(v, v), frac, lo: v, hi: v, lit: v };
  }

  /** The format's stored word for a real constant (the emulator's q(c)). */
  constQ(c: number, fmt: FixedFormat = this.fmt): Sig {
    return this.konst(quantizeRaw(c, fmt), fracBits(fmt));
  }

  /** An exact constant (the emulator's unquantized literals, e.g. the 1 in 1 − y). */
  constExact(c: number): Sig {
    const { m, e } = dyadic(c);
    return this.konst(m, -e);
  }

  /** a's integer at frac f ≥ a.frac (a left shift). */
  private at(a: Sig, f: number): string {
    const k = f - a.frac;
    if (k === 0) return a.lit !== undefined && a.lit < 0n ? `(${a.ref})` : a.ref;
    if (a.lit !== undefined) return `(${vlit(a.lit << BigInt(k))})`;
    return `$signed({${a.ref}, ${k}'b0})`;
  }

  private bounds(a: Sig, f: number): [bigint, bigint] {
    const k = BigInt(f - a.frac);
    return [a.lo << k, a.hi << k];
  }

  add(name: string, a: Sig, b: Sig): Sig {
    if (b.lit === 0n) return a;
    if (a.lit === 0n) return b;
    const f = Math.max(a.frac, b.frac);
    const [al, ah] = this.bounds(a, f);
    const [bl, bh] = this.bounds(b, f);
    return this.wire(name, `${this.at(a, f)} + ${this.at(b, f)}`, f, al + bl, ah + bh);
  }

  sub(name: string, a: Sig, b: Sig): Sig {
    if (b.lit === 0n) return a;
    const f = Math.max(a.frac, b.frac);
    const [al, ah] = this.bounds(a, f);
    const [bl, bh] = this.bounds(b, f);
    return this.wire(name, `${this.at(a, f)} - ${this.at(b, f)}`, f, al - bh, ah - bl);
  }

  /** plus ? a + b : a − b (one adder with a mode bit, as CORDIC uses it). */
  addsub(name: string, plus: string, a: Sig, b: Sig): Sig {
    if (b.lit === 0n) return a;
    if (a.lit === 0n && b.lit !== undefined) return this.mux(name, plus, b, this.konst(-b.lit, b.frac));
    const f = Math.max(a.frac, b.frac);
    const [al, ah] = this.bounds(a, f);
    const [bl, bh] = this.bounds(b, f);
    const lo = al - bh < al + bl ? al - bh : al + bl;
    const hi = ah - bl > ah + bh ? ah - bl : ah + bh;
    const A = this.at(a, f);
    const B = this.at(b, f);
    return this.wire(name, `${plus} ? ${A} + ${B} : ${A} - ${B}`, f, lo, hi);
  }

  /** a's value at frac f ≥ a.frac, as its own wire (integer parts of values with frac ≤ 0). */
  align(name: string, a: Sig, f: number): Sig {
    if (a.frac === f) return a;
    if (a.lit !== undefined) return this.konst(a.lit << BigInt(f - a.frac), f);
    return this.wire(name, this.at(a, f), f, ...this.bounds(a, f));
  }

  /** a − ⌊a⌋ for a ≥ 0 (the fraction bits, a slice), or 0 when a has none. */
  fraction(name: string, a: Sig): Sig {
    if (a.frac <= 0) return this.konst(0n, 0);
    const max = (1n << BigInt(a.frac)) - 1n;
    return this.wire(name, `$signed({1'b0, ${a.ref}[${a.frac - 1}:0]})`, a.frac, 0n, a.hi < max ? a.hi : max);
  }

  /** a · 2^sh for a variable shift sh ≥ 0 (a barrel shifter), at a's frac. */
  shlVar(name: string, a: Sig, sh: Sig): Sig {
    const c = [a.lo << sh.lo, a.lo << sh.hi, a.hi << sh.lo, a.hi << sh.hi];
    const lo = c.reduce((m, v) => (v < m ? v : m));
    const hi = c.reduce((m, v) => (v > m ? v : m));
    return this.wire(name, `${a.ref} <<< ${sh.ref}`, a.frac, lo, hi);
  }

  /** items[sel] for a small selector (a case statement; the last item is the default). */
  select(name: string, sel: Sig, bits: number, items: readonly Sig[]): Sig {
    const f = Math.max(...items.map((s) => s.frac));
    const lo = items.map((s) => this.bounds(s, f)[0]).reduce((m, v) => (v < m ? v : m));
    const hi = items.map((s) => this.bounds(s, f)[1]).reduce((m, v) => (v > m ? v : m));
    const n = this.fresh(name);
    const w = bitsFor(lo, hi);
    // A selector narrower than `bits` is used whole (its values are small and non-negative).
    const s = sel.width > bits ? `${sel.ref}[${bits - 1}:0]` : sel.ref;
    this.body.push(`  reg signed [${w - 1}:0] ${n};`, `  always @* begin`, `    case (${s})`);
    items.forEach((s, k) => {
      const label = k === items.length - 1 ? 'default' : `${bits}'d${k}`;
      this.body.push(`      ${label}: ${n} = ${this.at(s, f)};`);
    });
    this.body.push(`    endcase`, `  end`);
    return { ref: n, width: w, frac: f, lo, hi };
  }

  mul(name: string, a: Sig, b: Sig): Sig {
    const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
    const lo = p.reduce((m, v) => (v < m ? v : m));
    const hi = p.reduce((m, v) => (v > m ? v : m));
    return this.wire(name, `${this.at(a, a.frac)} * ${this.at(b, b.frac)}`, a.frac + b.frac, lo, hi);
  }

  neg(name: string, a: Sig): Sig {
    return this.wire(name, `-${this.at(a, a.frac)}`, a.frac, -a.hi, -a.lo);
  }

  /** |a| (one bit wider, so |min| is exact). */
  abs(name: string, a: Sig): Sig {
    if (a.lit !== undefined) return this.konst(a.lit < 0n ? -a.lit : a.lit, a.frac);
    if (a.lo >= 0n) return a;
    const lo = a.hi <= 0n ? -a.hi : 0n;
    const hi = -a.lo > a.hi ? -a.lo : a.hi;
    return this.wire(name, `${a.ref}[${a.width - 1}] ? -${a.ref} : ${a.ref}`, a.frac, lo, hi);
  }

  /** a · 2^−k: no hardware, the binary point moves. */
  scale(a: Sig, k: number): Sig {
    return { ...a, frac: a.frac + k };
  }

  /** ⌊a⌋ at frac f < a.frac: an arithmetic right shift. */
  floorTo(name: string, a: Sig, f: number): Sig {
    if (f >= a.frac) return a;
    const d = a.frac - f;
    const s = BigInt(d);
    return this.wire(name, `${a.ref} >>> ${d}`, f, a.lo >> s, a.hi >> s);
  }

  mux(name: string, cond: string, a: Sig, b: Sig): Sig {
    const f = Math.max(a.frac, b.frac);
    const [al, ah] = this.bounds(a, f);
    const [bl, bh] = this.bounds(b, f);
    return this.wire(name, `${cond} ? ${this.at(a, f)} : ${this.at(b, f)}`, f, al < bl ? al : bl, ah > bh ? ah : bh);
  }

  /** a op c, compared exactly (as HLS compares against a literal: no rounding). */
  cmp(a: Sig, op: '>=' | '<=' | '<' | '>', c: number): string {
    const { m, e } = dyadic(c);
    const k = e + a.frac;
    // a.int ≥ c·2^frac  ⇔  a.int ≥ ⌈c·2^frac⌉, and so on.
    const t = op === '>=' || op === '<' ? scaleInt(m, k, true) : scaleInt(m, k, false);
    return `${a.ref} ${op} ${vlit(t)}`;
  }

  /** The emulator's q(a): round to fmt's step, then handle overflow, as an ap_fixed assignment. */
  quant(name: string, a: Sig, fmt: FixedFormat = this.fmt): Sig {
    if (a.lit !== undefined) return this.konst(quantizeRaw(Number(a.lit) * 2 ** -a.frac, fmt), fracBits(fmt));
    const plan = quantPlan(a, fmt);
    if (plan.kind === 'identity') return a;
    if (plan.kind === 'shift') return this.floorTo(name, a, fracBits(fmt));
    const fn = quantFunction(plan, fmt, fmt === this.fmt ? 'q' : 'q_out');
    this.func(fn.name, fn.text);
    return this.wire(name, `${fn.name}(${a.ref})`, fracBits(fmt), plan.lo, plan.hi);
  }

  /** A ROM as a function with a case statement (read it twice for two ports). */
  rom(fnName: string, words: readonly bigint[], fmt: FixedFormat = this.fmt): string {
    const name = this.fresh(fnName);
    const iw = ubitsFor(BigInt(Math.max(1, words.length - 1)));
    const w = fmt.width + 1;
    const lines = words.map((v, i) => `      ${i}: ${name} = ${vlit(v)};`);
    this.func(name, [
      `  // ${words.length} words of ${fmt.width} bits: a case over constants, which synthesis maps to ROM.`,
      `  function signed [${w - 1}:0] ${name};`,
      `    input [${iw - 1}:0] i;`,
      `    begin`,
      `      case (i)`,
      ...lines,
      `      default: ${name} = 0;`,
      `      endcase`,
      `    end`,
      `  endfunction`,
    ].join('\n'));
    return name;
  }

  /** Reads a ROM declared with rom() at an index signal known to be in range. */
  read(name: string, rom: string, index: Sig, words: readonly bigint[]): Sig {
    const lo = words.reduce((m, v) => (v < m ? v : m));
    const hi = words.reduce((m, v) => (v > m ? v : m));
    const iw = ubitsFor(BigInt(Math.max(1, words.length - 1)));
    const idx = index.width > iw ? `${index.ref}[${iw - 1}:0]` : index.ref;
    return this.wire(name, `${rom}(${idx})`, fracBits(this.fmt), lo, hi);
  }
}
