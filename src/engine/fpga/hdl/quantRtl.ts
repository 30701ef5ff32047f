/**
 * The Verilog for ap_fixed assignment (round per AP_Q, then overflow per AP_O) and for the
 * divider, as functions: one per source shape, emitted once per module. quantPlan decides
 * statically what a given assignment needs, from the source's integer bounds, so that
 * assignments that cannot overflow carry no saturation logic and exact ones no hardware.
 */
import { fracBits, type FixedFormat } from '../fixed/format';
import { bitsFor, rawRange, roundShift, symLow, vlit } from './words';

export interface QuantPlan {
  kind: 'identity' | 'shift' | 'function';
  /** Source width and fraction bits. */
  ws: number;
  fs: number;
  /** Bits dropped (negative: the source has fewer fraction bits than the format). */
  d: number;
  /** Whether the rounded value can leave the format's range (else no overflow logic). */
  over: boolean;
  /** Bounds of the stored integer after the assignment. */
  lo: bigint;
  hi: bigint;
}

export function quantPlan(a: { frac: number; lo: bigint; hi: bigint }, fmt: FixedFormat): QuantPlan {
  const d = a.frac - fracBits(fmt);
  const nlo = d > 0 ? roundShift(a.lo, d, fmt.quantization) : a.lo << BigInt(-d);
  const nhi = d > 0 ? roundShift(a.hi, d, fmt.quantization) : a.hi << BigInt(-d);
  const { lo, hi } = rawRange(fmt);
  // SAT_SYM (signed) also rewrites an in-range minimum, as ap_fixed does.
  const symClash = fmt.overflow === 'SAT_SYM' && fmt.signed && nlo <= lo && symLow(fmt) !== lo;
  const over = nlo < lo || nhi > hi || symClash;
  const ws = Math.max(bitsFor(a.lo, a.hi), d + 2);
  const kind = over || d > 0 ? (!over && fmt.quantization === 'TRN' ? 'shift' : 'function') : 'identity';
  if (!over) return { kind, ws, fs: a.frac, d, over, lo: nlo, hi: nhi };
  return { kind, ws, fs: a.frac, d, over, lo: fmt.overflow === 'SAT_SYM' ? symLow(fmt) : lo, hi };
}

const tag = (n: number): string => (n < 0 ? `m${-n}` : String(n));

function upExpr(fmt: FixedFormat, ws: number, d: number): string | undefined {
  const round = `v[${d - 1}]`;
  const sticky = d >= 2 ? `(|v[${d - 2}:0])` : `1'b0`;
  const neg = `v[${ws - 1}]`;
  switch (fmt.quantization) {
    case 'TRN': return undefined;
    case 'TRN_ZERO': return `${neg} & (${round} | ${sticky})`;
    case 'RND': return round;
    case 'RND_ZERO': return `${round} & (${sticky} | ${neg})`;
    case 'RND_MIN_INF': return `${round} & ${sticky}`;
    case 'RND_INF': return `${round} & (${sticky} | ~${neg})`;
    case 'RND_CONV': return `${round} & (${sticky} | v[${d}])`;
  }
}

const ROUNDING: Record<FixedFormat['quantization'], string> = {
  TRN: 'floor', TRN_ZERO: 'toward zero', RND: 'to nearest, ties up', RND_ZERO: 'to nearest, ties toward zero',
  RND_MIN_INF: 'to nearest, ties down', RND_INF: 'to nearest, ties away from zero', RND_CONV: 'to nearest, ties to even',
};

function overflowLines(name: string, fmt: FixedFormat, over: boolean): string[] {
  const W = fmt.width;
  if (!over) return [`      ${name} = n;`];
  const { lo, hi } = rawRange(fmt);
  const HI = vlit(hi);
  const LO = vlit(lo);
  switch (fmt.overflow) {
    case 'WRAP':
      return [fmt.signed ? `      ${name} = $signed(n[${W - 1}:0]);` : `      ${name} = $signed({1'b0, n[${W - 1}:0]});`];
    case 'SAT':
      return [`      if (n > ${HI}) ${name} = ${HI};`, `      else if (n < ${LO}) ${name} = ${LO};`, `      else ${name} = n;`];
    case 'SAT_ZERO':
      return [`      if (n > ${HI} || n < ${LO}) ${name} = 0;`, `      else ${name} = n;`];
    case 'SAT_SYM':
      return fmt.signed
        ? [`      if (n > ${HI}) ${name} = ${HI};`, `      else if (n <= ${LO}) ${name} = ${vlit(symLow(fmt))};`, `      else ${name} = n;`]
        : [`      if (n > ${HI}) ${name} = ${HI};`, `      else if (n < 0) ${name} = 0;`, `      else ${name} = n;`];
  }
}

/** The function performing one kind of assignment: returns the stored word, sign-extended to W + 1 bits. */
export function quantFunction(p: QuantPlan, fmt: FixedFormat, prefix: string): { name: string; text: string } {
  const W = fmt.width;
  const name = `${prefix}_w${p.ws}_f${tag(p.fs)}${p.over ? '' : '_r'}`;
  const nw = Math.max(p.d > 0 ? p.ws - p.d + 1 : p.ws - p.d, W + 1);
  const up = p.d > 0 ? upExpr(fmt, p.ws, p.d) : undefined;
  const step =
    p.d > 0 ? `drop ${p.d} fraction bits rounding ${ROUNDING[fmt.quantization]} (AP_${fmt.quantization})`
    : p.d < 0 ? `append ${-p.d} zero fraction bits` : 'same step';
  const ovf = p.over ? `, then AP_${fmt.overflow}` : ' (cannot overflow here)';
  const shift = p.d > 0 ? `(v >>> ${p.d})${up ? ` + $signed({1'b0, ${up}})` : ''}` : p.d < 0 ? `v <<< ${-p.d}` : 'v';
  const text = [
    `  // Assignment to ${fmt.signed ? 'ap_fixed' : 'ap_ufixed'}<${W},${fmt.intBits}> from ${p.ws} bits with ${p.fs} fraction bits: ${step}${ovf}.`,
    `  function signed [${W}:0] ${name};`,
    `    input signed [${p.ws - 1}:0] v;`,
    `    reg signed [${nw - 1}:0] n;`,
    `    begin`,
    `      n = ${shift};`,
    ...overflowLines(name, fmt, p.over),
    `    end`,
    `  endfunction`,
  ].join('\n');
  return { name, text };
}

/** Unsigned restoring divider returning {quotient, remainder}. */
export function divFunction(nw: number, dw: number): { name: string; text: string } {
  const name = `udiv_${nw}_${dw}`;
  const text = [
    `  // Restoring division, one compare-and-subtract stage per quotient bit (combinational`,
    `  // array): returns {quotient, remainder} of n / d. d = 0 is handled by the caller.`,
    `  function [${nw + dw - 1}:0] ${name};`,
    `    input [${nw - 1}:0] n;`,
    `    input [${dw - 1}:0] d;`,
    `    reg [${dw}:0] r;`,
    `    reg [${nw - 1}:0] q;`,
    `    integer i;`,
    `    begin`,
    `      r = 0;`,
    `      for (i = ${nw - 1}; i >= 0; i = i - 1) begin`,
    `        r = {r[${dw - 1}:0], n[i]};`,
    `        if (r >= {1'b0, d}) begin`,
    `          r = r - {1'b0, d};`,
    `          q[i] = 1'b1;`,
    `        end else begin`,
    `          q[i] = 1'b0;`,
    `        end`,
    `      end`,
    `      ${name} = {q, r[${dw - 1}:0]};`,
    `    end`,
    `  endfunction`,
  ].join('\n');
  return { name, text };
}
