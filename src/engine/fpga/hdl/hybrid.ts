/**
 * SONF + differential table in hardware (approx/hybrid.ts): the SONF datapath, and beside
 * it a correction ROM indexed by bit slices of |x| — the integer bits pick the unit region
 * r (an 8-entry offset table), the top m_r fraction bits the segment — then one add (x ≥ 0)
 * or subtract (x < 0). |x| ≥ 8 takes SONF alone.
 */
import { hybridLayout } from '../approx/hybrid';
import { sonfWith } from '../approx/sonf';
import { sigmoidExact } from '../exact';
import type { FixedFormat } from '../fixed/format';
import { quantize, quantizeRaw } from '../fixed/quantize';
import { emit, table, ufix, type HlsCtx } from './hls';
import type { Rtl, Sig } from './rtl';
import { sonfHlsCore, sonfRtl } from './sonf';

const REGIONS = 8;
const SAMPLES_PER_SEGMENT = 64;
const identity = (v: number): number => v;

/** min and max of σ − SONF over [lo, hi], sampled exactly as approx/hybrid.ts samples it. */
function span(lo: number, hi: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let s = 0; s <= SAMPLES_PER_SEGMENT; s++) {
    const a = lo + ((hi - lo) * s) / SAMPLES_PER_SEGMENT;
    const c = sigmoidExact(a) - sonfWith(a, identity);
    if (c < min) min = c;
    if (c > max) max = c;
  }
  return { min, max };
}

/** The correction ROM as approx/hybrid.ts builds it (mid-range of each segment, stored). */
export function hybridTable(entries: number, fmt: FixedFormat): number[] {
  const out: number[] = [];
  hybridLayout(entries).segments.forEach((n, r) => {
    for (let j = 0; j < n; j++) {
      const { min, max } = span(r + j / n, r + (j + 1) / n);
      out.push(quantize((min + max) / 2, fmt));
    }
  });
  return out;
}

export function hybridRtl(b: Rtl, xq: Sig, cfg: Record<string, number>): Sig {
  const { y: s, a } = sonfRtl(b, xq);
  const { segments, offsets } = hybridLayout(cfg.entries);
  const words = hybridTable(cfg.entries, b.fmt).map((v) => quantizeRaw(v, b.fmt));
  const rom = b.rom('corr_rom', words);
  b.note(`correction index: region r = ⌊|x|⌋ (0…7), then the top log2(segments) fraction bits; segments per region: ${segments.join(', ')}`);
  const r = b.align('r', b.floorTo('r_f', a, 0), 0);
  const fr = b.fraction('a_frac', a);
  const items = segments.map((n, k) => {
    const bits = Math.log2(n);
    const j = bits === 0 ? b.konst(0n, 0) : b.align(`j${k}`, b.floorTo(`j${k}_f`, b.scale(fr, -bits), 0), 0);
    return b.add(`idx${k}`, b.konst(BigInt(offsets[k]), 0), j);
  });
  const idx = b.select('idx', r, 3, items);
  const c = b.read('c', rom, idx, words);
  const yp = b.quant('y_add', b.add('y_add_s', s, c));
  const yn = b.quant('y_sub', b.sub('y_sub_s', s, c));
  const y = b.mux('y_corr', b.cmp(xq, '>=', 0), yp, yn);
  return b.mux('y_q', b.cmp(a, '>=', REGIONS), s, y);
}

export function hybridHls(h: HlsCtx, cfg: Record<string, number>): void {
  const { segments, offsets } = hybridLayout(cfg.entries);
  const values = hybridTable(cfg.entries, h.fmt);
  const fw = Math.max(h.F + 2, 0) + REGIONS;
  sonfHlsCore(h, 's');
  emit(h, '');
  table(h, 'corr', 'data_t', values, 'σ − SONF, one constant per segment (mid-range), stored as data_t');
  emit(h,
    `static const unsigned short first[${REGIONS}] = {${offsets.join(', ')}};  // first entry of each unit region`,
    `static const unsigned char seg_bits[${REGIONS}] = {${segments.map((n) => Math.log2(n)).join(', ')}};  // log2(segments) per region`,
    `typedef ${ufix(fw, REGIONS)} frac_t;  // the fraction of |x|, with room to shift up to ${REGIONS} bits left`,
    '',
    'data_t y = s;',
    `if (a < ${REGIONS}) {`,
    '  unsigned r = a.to_uint();  // unit region: the integer bits of |x|',
    '  frac_t f = a - r;',
    '  unsigned j = (f << seg_bits[r]).to_uint();  // segment: the top fraction bits',
    '  data_t c = corr[first[r] + j];',
    '  y = x >= 0 ? data_t(s + c) : data_t(s - c);',
    '}',
    'return y;',
  );
}
