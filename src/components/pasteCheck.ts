import { parseNumbers, type ParseError } from '../format/parseNumbers';

/**
 * What the "Paste numbers" control (PasteNumbers.tsx) accepts for one widget parameter: the
 * parser's verdict plus the widget's own limits (how many values, which range), each failure a
 * message key under `paste.` with the cell it is about. Pure, so it is fuzzed on its own.
 */
export interface PasteLimits {
  minLength: number;
  maxLength: number;
  /** Smallest and largest value the widget's schema allows. */
  min: number;
  max: number;
}

export type PasteVerdict =
  | { ok: true; values: number[]; rows: number; cols: number }
  | { ok: false; key: `paste.${string}`; params: Record<string, string | number> };

/** Values beyond which the parser stops reading: a paste of a whole data set is refused quickly. */
export const PASTE_MAX_VALUES = 5000;

function fromParse(e: ParseError, limits: PasteLimits): PasteVerdict {
  if ((e.code === 'tooFew' || e.code === 'tooMany') && limits.minLength === limits.maxLength) {
    return { ok: false, key: 'paste.exactly', params: { n: limits.maxLength, count: e.count } };
  }
  const { code, ...rest } = e;
  return { ok: false, key: `paste.${code}`, params: rest };
}

export function checkPaste(text: string, limits: PasteLimits): PasteVerdict {
  const parsed = parseNumbers(text, { minValues: limits.minLength, maxValues: Math.min(limits.maxLength, PASTE_MAX_VALUES) });
  if (!parsed.ok) return fromParse(parsed.error, limits);
  const { values, rows, cols, header } = parsed;
  // The parser lets through up to maxLength + 1 before stopping; a widget of fixed length
  // says how many it wants.
  if (limits.minLength === limits.maxLength && values.length !== limits.maxLength) {
    return { ok: false, key: 'paste.exactly', params: { n: limits.maxLength, count: values.length } };
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < limits.min || v > limits.max) {
      return {
        ok: false,
        key: 'paste.outside',
        params: { row: Math.floor(i / cols) + 1 + (header ? 1 : 0), col: (i % cols) + 1, cell: String(v), min: limits.min, max: limits.max },
      };
    }
  }
  return { ok: true, values, rows, cols };
}

/** The limits of a schema's `numbers` parameter, so a paste control and the URL agree. */
export function pasteLimits(spec: { minLength: number; maxLength: number; min: number; max: number }): PasteLimits {
  return { minLength: spec.minLength, maxLength: spec.maxLength, min: spec.min, max: spec.max };
}
