import type { TemperatureTerms } from '../../engine';
import { texNum } from './format';

const word = (w: string) => `\\text{${w}}`;

/**
 * The softmax-with-temperature formula for one candidate: symbolic, the shift m, with the
 * logits substituted, and with the engine's terms e^{(z_j − m)/T} evaluated. The max is
 * subtracted in the printed formula too, because that is how it is (and must be) computed.
 */
export function temperatureFormula(words: readonly string[], logits: readonly number[], T: number, focus: number, terms: TemperatureTerms, p: number): string[] {
  const m = texNum(terms.max, 6);
  const t = texNum(T, 3);
  // A negative max is bracketed so "z − m" never prints as "z − −2".
  const mm = terms.max < 0 ? `(${m})` : m;
  const sub = (z: number) => `e^{(${texNum(z, 6)}-${mm})/${t}}`;
  const symbolic = `p_{${word(words[focus])}} = \\frac{e^{(z_{${word(words[focus])}}-m)/T}}{\\sum_j e^{(z_j-m)/T}}`;
  const shift = `m = \\max_j z_j = ${m}, \\qquad T = ${t}`;
  const substituted = `p_{${word(words[focus])}} = \\frac{${sub(logits[focus])}}{${logits.map(sub).join(' + ')}}`;
  // The result comes first so it stays in view when a narrow screen scrolls the long sum.
  const evaluated = `p_{${word(words[focus])}} = ${texNum(p, 6)} = \\frac{${texNum(terms.terms[focus])}}{${texNum(terms.sum, 6)}} = \\frac{${texNum(terms.terms[focus])}}{${Array.from(terms.terms, (v) => texNum(v)).join(' + ')}}`;
  return [symbolic, shift, substituted, evaluated];
}
