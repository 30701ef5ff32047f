/**
 * Helpers for the HLS C++ generators: ap_fixed type spellings, constant tables, and the
 * exactly rounded divide. Conventions of the generated code: `data_t` is the configured
 * format; every assignment to it rounds (AP_Q) and overflows (AP_O) as the emulator's q()
 * does, and every expression in between is exact (ap_fixed arithmetic widens, it never
 * rounds), so the C++ stores the same words as the emulator.
 */
import { fracBits, type FixedFormat } from '../fixed/format';
import { quantize } from '../fixed/quantize';
import { cppDouble } from './words';

export interface HlsCtx {
  fmt: FixedFormat;
  W: number;
  I: number;
  F: number;
  /** ap_fixed or ap_ufixed, the format's signedness. */
  kind: string;
  lines: string[];
}

export function hlsCtx(fmt: FixedFormat): HlsCtx {
  return { fmt, W: fmt.width, I: fmt.intBits, F: fracBits(fmt), kind: fmt.signed ? 'ap_fixed' : 'ap_ufixed', lines: [] };
}

export function ufix(w: number, i: number): string {
  return `ap_ufixed<${w}, ${i}>`;
}

export function sfix(w: number, i: number): string {
  return `ap_fixed<${w}, ${i}>`;
}

/** Appends indented lines (two spaces per level, one level inside the function). */
export function emit(h: HlsCtx, ...lines: string[]): void {
  for (const l of lines) h.lines.push(l === '' ? '' : `  ${l}`);
}

/** A static const table of stored words (literals of values the format holds exactly). */
export function table(h: HlsCtx, name: string, type: string, values: readonly number[], comment: string): void {
  emit(h, `// ${comment}`, `static const ${type} ${name}[${values.length}] = {`);
  for (let i = 0; i < values.length; i += 6) {
    emit(h, `  ${values.slice(i, i + 6).map(cppDouble).join(', ')}${i + 6 < values.length ? ',' : ''}`);
  }
  emit(h, '};');
}

/**
 * `dst = num / den` rounded exactly per the format. num and den are variables of type
 * numType / denType with iNum / iDen integer bits and fNum / fDen fraction bits (fDen ≥ 0).
 * The quotient is taken with two guard bits beyond the format's and a nonzero remainder
 * sets its last bit (sticky): that keeps it in the same open interval between rounding
 * points as the true quotient, so the assignment to data_t rounds as the emulator's float
 * quotient does. `signs`: the operands may be negative or den zero (only after a wrap).
 */
export function jamDivide(
  h: HlsCtx, dst: string, num: string, den: string,
  o: { iNum: number; fNum: number; iDen: number; fDen: number; signs: boolean; indent?: string },
): void {
  const p = o.indent ?? '';
  const fq = Math.max(h.F + 2, o.fNum);
  const nm = ufix(o.iNum + fq, o.iNum);
  const dm = ufix(o.iDen + o.fDen, o.iDen);
  const quo = ufix(o.iNum + fq + o.fDen, o.iNum + o.fDen); // ap_fixed's own quotient type
  if (!o.signs) {
    emit(h, `${p}${nm} n_g = ${num};  // ${fq - h.F} guard bits`, `${p}${quo} qm = n_g / ${den};  // truncated`,
      `${p}if (qm * ${den} != n_g) qm[0] = 1;  // sticky: the remainder is not zero`, `${p}${dst} = qm;`);
    return;
  }
  const posInf = cppDouble(quantize(Infinity, h.fmt));
  const negInf = cppDouble(quantize(-Infinity, h.fmt));
  emit(h,
    `${p}if (${den} == 0) {  // 1/0 = +inf in float: the overflow word (reachable only after a wrap)`,
    `${p}  ${dst} = ${num} < 0 ? data_t(${negInf}) : data_t(${posInf});`,
    `${p}} else {`,
    `${p}  ${nm} n_g = ${num} < 0 ? ${nm}(-${num}) : ${nm}(${num});  // |num|, ${fq - h.F} guard bits`,
    `${p}  ${dm} d_m = ${den} < 0 ? ${dm}(-${den}) : ${dm}(${den});`,
    `${p}  ${quo} qm = n_g / d_m;  // truncated`,
    `${p}  if (qm * d_m != n_g) qm[0] = 1;  // sticky: the remainder is not zero`,
    `${p}  ${dst} = (${num} < 0) != (${den} < 0) ? data_t(-qm) : data_t(qm);`,
    `${p}}`,
  );
}
